package dev.lede.http;

import dev.lede.Lede;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import dev.lede.chat.FrontEnd;
import dev.lede.chat.Health;
import dev.lede.config.HttpConfig;
import io.javalin.Javalin;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lede over HTTP: {@code /api/ask}, {@code /api/search}, {@code /health} and {@code /metrics},
 * on Javalin (Jetty). Questions go through a {@link Chat} of its own, so the cache, statistics,
 * rate limits (per client address) and refusals are those of the chat bots.
 */
public final class HttpFrontEnd implements FrontEnd {
  public static final String NAME = "http";
  private static final Logger log = LoggerFactory.getLogger(HttpFrontEnd.class);
  /** How long close() waits for requests in flight. */
  private static final long STOP_MILLIS = 10_000;

  private final HttpConfig settings;
  private final Api api;
  private final Health health;
  private Javalin server;

  public HttpFrontEnd(HttpConfig settings, Lede lede, Health health, Metrics metrics) {
    this.settings = settings;
    this.health = health;
    ChatPolicy policy = new ChatPolicy(settings.maxQuestionChars(), settings.perClientPerMinute(), 0, Set.of());
    Chat chat = lede.chat(policy).observedBy(metrics);
    this.api = new Api(chat, lede, health, metrics);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public synchronized void start() {
    if (server != null) throw new IllegalStateException("the HTTP front end is started already");
    health.report(NAME, Health.State.STARTING);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.modifyServer(s -> s.setStopTimeout(STOP_MILLIS));
      api.routes(config.routes);
    });
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      health.report(NAME, Health.State.FAILED, e.getMessage());
      app.stop();
      throw new IllegalStateException("cannot serve HTTP on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e), e);
    }
    server = app;
    health.report(NAME, Health.State.RUNNING);
    log.info("HTTP API on http://{}:{}/ (/api/ask, /api/search, /health, /metrics)", settings.host(), port());
  }

  /** The port bound; the one picked when the settings said 0. */
  public synchronized int port() {
    if (server == null) throw new IllegalStateException("the HTTP front end is not running");
    return server.port();
  }

  /** Stops taking connections, lets requests in flight finish (up to 10 s), then stops. */
  @Override
  public synchronized void close() {
    if (server == null) return;
    try {
      server.stop();
    } finally {
      server = null;
      health.report(NAME, Health.State.STOPPED);
    }
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) e = e.getCause();
    return e.getMessage();
  }
}

package dev.lede.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The local HTTP server Telegram's webhook calls reach (through the operator's HTTPS proxy). It only
 * checks and reads: a POST to the path with the right secret header and an update as JSON is handed
 * on and answered 200 at once; the reply is written later on the worker pool. When there is no room
 * (or Lede is stopping) it answers 503, and Telegram delivers the update again later.
 */
final class WebhookReceiver implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  /** Updates are a few kilobytes; anything this large is not one. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  // Telegram adds fields to updates all the time; a field Lede does not know must not lose the update.
  private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final HttpServer server;
  private final ExecutorService threads;
  private final String path;
  private final WebhookSecret secret;
  private final Predicate<Update> take;
  private final BooleanSupplier closing;

  private WebhookReceiver(HttpServer server, ExecutorService threads, String path, WebhookSecret secret,
      Predicate<Update> take, BooleanSupplier closing) {
    this.server = server;
    this.threads = threads;
    this.path = path;
    this.secret = secret;
    this.take = take;
    this.closing = closing;
  }

  /**
   * Binds {@code settings.listen()} and starts serving.
   *
   * @param take hands an update on; false when there is no room for it now
   * @param closing true once Lede is stopping: new updates are turned back
   * @throws IOException when the address cannot be bound
   */
  static WebhookReceiver start(WebhookSettings settings, WebhookSecret secret, Predicate<Update> take, BooleanSupplier closing)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(settings.listenHost(), settings.listenPort()), 64);
    AtomicInteger n = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "telegram-webhook-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    WebhookReceiver receiver = new WebhookReceiver(server, threads, settings.path(), secret, take, closing);
    server.setExecutor(threads);
    server.createContext("/", receiver::serve);
    server.start();
    return receiver;
  }

  /** Where the server listens (the real port when {@code listen} asked for port 0). */
  InetSocketAddress address() {
    return server.getAddress();
  }

  private void serve(HttpExchange exchange) {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      if (!exchange.getRequestURI().getPath().equals(path)) {
        respond(exchange, 404, "Not Found");
      } else if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        respond(exchange, 405, "Method Not Allowed: POST updates here");
      } else if (!secret.matches(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
        log.debug("Telegram webhook: request from {} without the right {} header, refused",
            exchange.getRemoteAddress(), SECRET_HEADER);
        respond(exchange, 403, "Forbidden");
      } else if (closing.getAsBoolean()) {
        respond(exchange, 503, "Stopping: deliver again later");
      } else {
        receive(exchange);
      }
    } catch (IOException e) {
      log.debug("Telegram webhook: answering {} failed: {}", exchange.getRemoteAddress(), e.toString());
    } catch (RuntimeException e) { // never let one request take the server thread down quietly
      log.error("Telegram webhook: request failed: {}", e.toString(), e);
      try {
        respond(exchange, 500, "Internal Server Error");
      } catch (IOException | RuntimeException ignored) {
        // the connection is gone already
      }
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      log.warn("Telegram webhook: a body over {} bytes is not an update, refused", MAX_BODY_BYTES);
      respond(exchange, 413, "Too Large");
      return;
    }
    Update update;
    try {
      update = json.readValue(body, Update.class);
    } catch (JacksonException e) {
      log.warn("Telegram webhook: body is not an update, refused (400): {}", firstLine(e.getOriginalMessage()));
      respond(exchange, 400, "Bad Request: not an update");
      return;
    }
    if (update == null || update.getUpdateId() == null) {
      log.warn("Telegram webhook: body has no update_id, refused (400)");
      respond(exchange, 400, "Bad Request: not an update");
      return;
    }
    if (take.test(update)) {
      respond(exchange, 200, "");
    } else {
      log.warn("Telegram webhook: update {} turned back (503), all workers busy or stopping; Telegram sends it again",
          update.getUpdateId());
      exchange.getResponseHeaders().set("Retry-After", "1");
      respond(exchange, 503, "Busy: deliver again later");
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) exchange.getResponseBody().write(bytes);
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Stops listening; exchanges still being answered get {@code wait} to finish. */
  void close(Duration wait) {
    server.stop((int) Math.max(0, Math.min(Integer.MAX_VALUE, wait.toSeconds())));
    threads.shutdownNow();
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(1));
  }
}

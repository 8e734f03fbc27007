package dev.lede.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import dev.lede.chat.FrontEnd;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.io.IOException;
import java.net.InetSocketAddress;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Lede on Telegram, by long polling or by webhook. {@link #start()} checks the token with getMe,
 * registers the command menu and starts polling, or starts the local webhook server and points
 * Telegram at it with setWebhook; either way updates are answered on a bounded worker pool.
 * {@link #close()} stops taking updates, lets the replies in flight finish, confirms the handled
 * updates to Telegram (polling) and releases the connections. It leaves the webhook set, so that
 * Telegram keeps the updates sent while Lede restarts.
 */
public final class TelegramFrontEnd implements FrontEnd {
  private static final Logger log = LoggerFactory.getLogger(TelegramFrontEnd.class);
  private static final List<String> UPDATE_KINDS = List.of("message", "inline_query", "callback_query");

  private final TelegramSettings settings;
  private final BotToken token;
  private final Chat chat;
  private final WebhookSecret secret;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();

  private OkHttpClient apiHttp;
  private OkHttpClient pollHttp;
  private OkHttpClient pollNetwork;
  private TelegramSender sender;
  private ExecutorService workers;
  private ScheduledExecutorService typing;
  private ScheduledExecutorService poller;
  private TelegramBotsLongPollingApplication application;
  private BotSession session;
  private UpdateDispatcher dispatcher;
  private BotIdentity identity;
  private WebhookReceiver receiver;
  private TopicNotifier notifier;

  TelegramFrontEnd(TelegramSettings settings, BotToken token, WebhookSecret secret, Chat chat) {
    this.settings = settings;
    this.token = token;
    this.secret = secret;
    this.chat = chat;
  }

  TelegramFrontEnd(TelegramSettings settings, BotToken token, Chat chat) {
    this(settings, token, WebhookSecret.random(), chat);
  }

  /**
   * The Telegram front end when {@code TELEGRAM_BOT_TOKEN} is set in {@code env}, else empty (and
   * one line saying so). Settings come from {@code botsDir/telegram.yaml}; {@code chats} makes the
   * conversation under the policy they set.
   *
   * @throws IllegalArgumentException when the settings or the token are invalid
   */
  public static Optional<FrontEnd> fromEnvironment(Path botsDir, Map<String, String> env, Function<ChatPolicy, Chat> chats) {
    String raw = env.get(BotToken.ENV);
    if (raw == null || raw.isBlank()) {
      log.info("Telegram: {} not set, not starting", BotToken.ENV);
      return Optional.empty();
    }
    BotToken token = BotToken.of(raw);
    TelegramSettings settings = TelegramSettings.load(botsDir, env);
    WebhookSecret secret = settings.mode() == TelegramSettings.Mode.WEBHOOK ? WebhookSecret.fromEnvironment(env) : WebhookSecret.random();
    return Optional.of(new TelegramFrontEnd(settings, token, secret, chats.apply(settings.policy())));
  }

  @Override
  public String name() {
    return "telegram";
  }

  @Override
  public void start() {
    if (!started.compareAndSet(false, true)) throw new IllegalStateException("the Telegram front end was already started");
    TelegramUrl url = telegramUrl();
    apiHttp = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(Math.min(10, settings.sending().requestTimeoutSeconds())))
        .readTimeout(Duration.ofSeconds(settings.sending().requestTimeoutSeconds()))
        .writeTimeout(Duration.ofSeconds(settings.sending().requestTimeoutSeconds()))
        .dispatcher(dispatcher(settings.workers().threads() * 2 + 8))
        .connectionPool(new ConnectionPool(settings.workers().threads() + 4, 5, TimeUnit.MINUTES))
        .build();
    sender = new TelegramSender(new OkHttpTelegramClient(apiHttp, token.value(), url), settings.sending(), token);

    identity = whoAmI();
    registerCommands();

    workers = new ThreadPoolExecutor(settings.workers().threads(), settings.workers().threads(), 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), threads("telegram-worker"));
    typing = Executors.newScheduledThreadPool(2, threads("telegram-typing"));
    HtmlReply html = new HtmlReply(settings, new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT));
    MessageHandler messages = new MessageHandler(chat, html, sender, typing, settings);
    dispatcher = new UpdateDispatcher(new UpdateRouter(identity), messages,
        new InlineHandler(chat, html, sender, settings.limits()),
        new ButtonHandler(chat, html, sender, messages, settings.texts()),
        workers, settings.workers().threads() + settings.workers().queue());

    if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
      startWebhook();
    } else {
      startPolling(url);
    }
    notifier = new TopicNotifier(html, sender);
    chat.follows().ifPresent(desk -> desk.register(name(), notifier));
  }

  private void startPolling(TelegramUrl url) {
    // A long poll waits up to timeout_seconds for news; the read timeout must outlast it.
    pollNetwork = apiHttp.newBuilder()
        .readTimeout(Duration.ofSeconds(settings.polling().timeoutSeconds() + 15L))
        .dispatcher(dispatcher(4))
        .build();
    pollHttp = pollNetwork.newBuilder().dispatcher(dispatcher(4)).addInterceptor(this::pollUnlessClosing).build();
    poller = Executors.newSingleThreadScheduledExecutor(threads("telegram-poller"));
    application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> poller,
        () -> new Backoff(settings.polling().retryInitialMillis(), settings.polling().retryMaxMillis()));
    try {
      session = application.registerBot(token.value(), () -> url, this::getUpdates, dispatcher);
    } catch (TelegramApiException e) {
      close();
      throw new IllegalStateException("Telegram: could not start polling " + settings.apiUrl() + ": " + token.redact(e.getMessage()), e);
    }
    log.info("Telegram: answering as @{} via {} ({} workers)", identity.username(), settings.apiUrl(), settings.workers().threads());
  }

  /**
   * Listens first, then calls setWebhook, so that Telegram's first delivery finds the server. The
   * secret goes to Telegram only, never to a log.
   */
  private void startWebhook() {
    WebhookSettings webhook = settings.webhook();
    try {
      receiver = WebhookReceiver.start(webhook, secret, dispatcher::offer, closing::get);
    } catch (IOException | RuntimeException e) {
      close();
      throw new IllegalStateException("Telegram: cannot listen for the webhook on " + webhook.listen()
          + " (webhook.listen): " + e.getMessage(), e);
    }
    SetWebhook setWebhook = SetWebhook.builder()
        .url(webhook.url().toString())
        .secretToken(secret.value())
        .allowedUpdates(UPDATE_KINDS)
        .dropPendingUpdates(false)
        .maxConnections(webhook.maxConnections())
        .build();
    try {
      sender.send(setWebhook, "setWebhook");
    } catch (TelegramSender.SendFailure e) {
      close();
      throw new IllegalStateException("Telegram: setWebhook to " + webhook.url() + " failed (webhook.url): " + e.getMessage(), e);
    }
    InetSocketAddress at = receiver.address();
    log.info("Telegram: answering as @{} by webhook {} (listening on http://{}:{}{}, {}, {} workers)", identity.username(),
        webhook.url(), at.getHostString(), at.getPort(), webhook.path(), secret.origin(), settings.workers().threads());
  }

  /** Where the webhook server listens, or null in polling mode (tests bind port 0). */
  InetSocketAddress webhookAddress() {
    return receiver == null ? null : receiver.address();
  }

  /**
   * Polls through {@code pollNetwork}, so that {@link #close()} can cut a waiting poll short there
   * and TelegramBots sees an empty batch rather than an error it would log and back off from.
   */
  private Response pollUnlessClosing(Interceptor.Chain chain) throws IOException {
    try {
      return pollNetwork.newCall(chain.request()).execute();
    } catch (IOException e) {
      if (!closing.get()) throw e;
      return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
          .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json"))).build();
    }
  }

  private GetUpdates getUpdates(Integer lastReceived) {
    return GetUpdates.builder()
        .offset(lastReceived + 1)
        .limit(100)
        .timeout(settings.polling().timeoutSeconds())
        .allowedUpdates(UPDATE_KINDS)
        .build();
  }

  private BotIdentity whoAmI() {
    try {
      User me = sender.send(new GetMe(), "getMe");
      return new BotIdentity(me.getId(), me.getUserName());
    } catch (TelegramSender.SendFailure e) {
      close();
      Integer code = e.errorCode();
      if (code != null && (code == 401 || code == 404)) {
        throw new IllegalStateException("Telegram rejected " + BotToken.ENV + " (" + e.getMessage()
            + "): check the token BotFather gave you, or revoke and set a new one");
      }
      throw new IllegalStateException("Telegram: cannot reach the Bot API at " + settings.apiUrl() + ": " + e.getMessage(), e);
    }
  }

  private void registerCommands() {
    List<BotCommand> menu = settings.commands().stream().map(c -> new BotCommand(c.command(), c.description())).toList();
    try {
      sender.send(SetMyCommands.builder().commands(menu).build(), "setMyCommands");
    } catch (TelegramSender.SendFailure e) {
      log.warn("Telegram: command menu not registered ({}); the commands still work", e.getMessage());
    }
  }

  /** The Bot API endpoint of the settings; TelegramBots takes it as scheme, host and port. */
  private TelegramUrl telegramUrl() {
    var uri = settings.apiUrl();
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
  }

  /** True once {@link #close()} has begun. */
  boolean isClosing() {
    return closing.get();
  }

  BotIdentity identity() {
    return identity;
  }

  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) return;
    if (notifier != null) chat.follows().ifPresent(desk -> desk.unregister(name(), notifier));
    // 1. No more polls (or webhook updates); the poll waiting on Telegram is cut short.
    if (session != null) session.stop();
    if (pollNetwork != null) pollNetwork.dispatcher().cancelAll();
    if (poller != null) poller.shutdownNow();
    awaitStop(poller, Duration.ofSeconds(5), "poller");
    // 2. Replies in flight finish, within the grace period.
    if (workers != null) {
      workers.shutdown();
      if (!awaitStop(workers, settings.shutdownGrace(), "replies in flight")) {
        workers.shutdownNow();
        awaitStop(workers, Duration.ofSeconds(2), "workers");
      }
    }
    if (typing != null) typing.shutdownNow();
    // Webhook: closing already turns new updates back (503, Telegram retries); now stop listening.
    if (receiver != null) receiver.close();
    // 3. Tell Telegram what was handled, so that the next start does not answer it again.
    if (session != null && dispatcher != null && session.getLastReceivedUpdate().get() > 0) {
      int offset = dispatcher.confirmOffset(session.getLastReceivedUpdate().get());
      sender.tryOnce(GetUpdates.builder().offset(offset).limit(1).timeout(0).allowedUpdates(UPDATE_KINDS).build(), "final getUpdates");
    }
    try {
      if (application != null) application.close();
    } catch (Exception e) {
      log.debug("Telegram: closing the polling application: {}", token.redact(e.toString()));
    }
    for (OkHttpClient http : new OkHttpClient[] {pollHttp, pollNetwork, apiHttp}) {
      if (http == null) continue;
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    if (started.get()) log.info("Telegram: stopped");
  }

  /** Waits for an executor that was told to shut down; false (and a warning) when it did not in time. */
  private static boolean awaitStop(ExecutorService executor, Duration wait, String what) {
    if (executor == null) return true;
    try {
      boolean done = executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) log.warn("Telegram: {} did not stop within {} ms", what, wait.toMillis());
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Dispatcher dispatcher(int maxRequests) {
    Dispatcher d = new Dispatcher();
    d.setMaxRequests(maxRequests);
    d.setMaxRequestsPerHost(maxRequests);
    return d;
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

package dev.lede.discord;

import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import dev.lede.chat.FrontEnd;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lede in Discord: slash commands, autocomplete, answer buttons and mentions, over JDA. One
 * gateway connection, or a ShardManager when {@code connection.shards} is more than one.
 */
public final class DiscordFrontEnd implements FrontEnd {
  private static final Logger log = LoggerFactory.getLogger(DiscordFrontEnd.class);
  static final String TOKEN_VARIABLE = "DISCORD_BOT_TOKEN";
  // Guild messages only to see mentions; without MESSAGE_CONTENT Discord still sends the text of
  // messages that mention the bot, so no privileged intent is needed.
  private static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
  private static final List<Duration> EDIT_RETRIES = List.of(Duration.ofMillis(250), Duration.ofSeconds(1));

  private final String token;
  private final DiscordSettings settings;
  private final Chat chat;
  private final List<Duration> editRetries;
  private ExecutorService workers;
  private ScheduledExecutorService timer;
  private ReplyDelivery delivery;
  private JDA jda;
  private ShardManager shards;
  private Thread shutdownHook;
  private ChannelNotifier notifier;
  private boolean closed;

  DiscordFrontEnd(String token, DiscordSettings settings, Chat chat, List<Duration> editRetries) {
    if (token == null || token.isBlank()) throw new IllegalArgumentException(TOKEN_VARIABLE + " must not be empty");
    this.token = token.strip();
    this.settings = settings;
    this.chat = chat;
    this.editRetries = List.copyOf(editRetries);
  }

  /**
   * The Discord front end when {@code DISCORD_BOT_TOKEN} is set, configured from
   * {@code botsDir/discord.yaml}; empty, with one info line, when it is not.
   *
   * @throws IllegalArgumentException when discord.yaml breaks a rule; the message names key and value
   */
  public static Optional<FrontEnd> fromEnvironment(Path botsDir, Map<String, String> env, Function<ChatPolicy, Chat> chats) {
    String token = env.get(TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      log.info("Discord: {} not set, not starting", TOKEN_VARIABLE);
      return Optional.empty();
    }
    DiscordSettings settings;
    try {
      settings = DiscordSettings.read(botsDir.resolve("discord.yaml"), env);
    } catch (DiscordSettings.InvalidSettings e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return Optional.of(new DiscordFrontEnd(token, settings, chats.apply(settings.policy()), EDIT_RETRIES));
  }

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public synchronized void start() throws InterruptedException {
    if (delivery != null) throw new IllegalStateException("Discord front end already started");
    try {
      connect();
    } catch (RuntimeException | InterruptedException e) {
      // e.g. InvalidTokenException; JDA's messages never contain the token
      close();
      throw e;
    }
  }

  private void connect() throws InterruptedException {
    workers = Executors.newFixedThreadPool(settings.answerThreads(), named("lede-discord-answer"));
    timer = Executors.newSingleThreadScheduledExecutor(named("lede-discord-timer"));
    delivery = new ReplyDelivery(workers, timer, settings.answerBudget(), editRetries);
    InteractionListener listener = new InteractionListener(chat, delivery, workers, settings.privateReplies());
    RestConfig rest = new RestConfig().setBaseUrl(settings.apiUrl());
    log.info("Discord: connecting (REST {}, gateway {}, {} shard{})",
        settings.apiUrl(), settings.gatewayUrl(), settings.shards(), settings.shards() == 1 ? "" : "s");
    JDA first;
    if (settings.shards() == 1) {
      jda = JDABuilder.createLight(token, INTENTS)
          .setRestConfig(rest)
          .setSessionController(new ConfiguredGateway(settings.gatewayUrl()))
          .setCompression(Compression.NONE)
          .setEnableShutdownHook(false)
          .addEventListeners(listener)
          .build();
      first = jda.awaitReady();
    } else {
      shards = DefaultShardManagerBuilder.createLight(token, INTENTS)
          .setShardsTotal(settings.shards())
          .setRestConfig(rest)
          .setSessionController(new ConfiguredGateway(settings.gatewayUrl()))
          .setCompression(Compression.NONE)
          .setEnableShutdownHook(false)
          .addEventListeners(listener)
          .build();
      for (JDA shard : shards.getShards()) shard.awaitReady();
      first = shards.getShardById(0);
      if (first == null) first = shards.getShards().get(0);
    }
    log.info("Discord: connected as {} in {} guild(s)", first.getSelfUser().getName(),
        shards != null ? shards.getGuildCache().size() : first.getGuildCache().size());
    registerCommands(first);
    notifier = new ChannelNotifier(first);
    chat.follows().ifPresent(desk -> desk.register(name(), notifier));
    shutdownHook = new Thread(this::close, "lede-discord-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  private void registerCommands(JDA first) {
    CommandRegistrar registrar = new CommandRegistrar(SlashCommands.definitions(settings.descriptions()), settings.stateDir());
    if (settings.commandGuilds().isEmpty()) {
      registrar.registerGlobally(first);
      return;
    }
    for (String guild : settings.commandGuilds()) {
      registrar.registerInGuild(guild, id -> shards != null ? shards.getGuildById(id) : first.getGuildById(id));
    }
  }

  /** Finishes the replies in flight (up to 10 s), then disconnects. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    if (notifier != null) chat.follows().ifPresent(desk -> desk.unregister(name(), notifier));
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running or will run; closing twice is harmless
      }
    }
    if (delivery != null && !delivery.drain(Duration.ofSeconds(10))) {
      log.warn("Discord: some replies were still in flight after 10 s; disconnecting anyway");
    }
    List<JDA> connections = new ArrayList<>();
    if (jda != null) connections.add(jda);
    if (shards != null) connections.addAll(shards.getShards());
    if (shards != null) shards.shutdown();
    else if (jda != null) jda.shutdown();
    for (JDA c : connections) {
      try {
        if (!c.awaitShutdown(Duration.ofSeconds(5))) c.shutdownNow();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        c.shutdownNow();
      }
    }
    if (timer != null) timer.shutdownNow();
    if (workers != null) {
      workers.shutdown();
      try {
        workers.awaitTermination(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    log.info("Discord: disconnected");
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}

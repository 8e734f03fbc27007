package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.chat.FrontEnd;
import dev.lede.chat.Health;
import dev.lede.config.LedeConfig;
import dev.lede.http.HttpFrontEnd;
import dev.lede.http.Metrics;
import dev.lede.discord.DiscordFrontEnd;
import dev.lede.ingest.LiveCorpus;
import dev.lede.telegram.TelegramFrontEnd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = {"Run the HTTP API and the chat front ends whose tokens are set (TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN)",
    "until stopped."},
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin CoreOptions core;

  @Option(names = "--corpus", arity = "1..*", paramLabel = "PATH",
      description = "Corpus files and folders to index and watch while serving (default: corpus in config/lede.yaml).")
  List<Path> corpus = List.of();

  @Option(names = "--bots", paramLabel = "DIR", description = "Folder with telegram.yaml and discord.yaml (default: ./bots).")
  Path bots = Path.of("bots");

  @Option(names = "--http-port", paramLabel = "N", description = "Port of the HTTP API (default: http.port in config/lede.yaml, 8080); 0 picks a free one.")
  Integer httpPort;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = System.getenv();
    LedeConfig config = core.resolve(corpus);
    if (httpPort != null) config = config.withHttp(config.http().withPort(httpPort));
    Lede lede = Lede.open(config);
    lede.warmUp();
    Health health = new Health();
    Metrics metrics = new Metrics().bind(lede);
    lede.onNewArticles(leads -> metrics.ingested(leads.size()));
    // Followed topics: each new article is matched against them; posting happens on the desk's own thread.
    lede.onNewArticles(lede.follows()::onNewArticles);
    // Started once the front ends run, so that no new article arrives before its followers can hear of it.
    AtomicReference<LiveCorpus> live = new AtomicReference<>();
    List<FrontEnd> running = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown = new Thread(() -> {
      log.info("Stopping: finishing replies in flight");
      for (FrontEnd f : running.reversed()) {
        try {
          f.close();
          health.report(f.name(), Health.State.STOPPED);
        } catch (RuntimeException e) {
          log.warn("{} did not close cleanly: {}", f.name(), e.getMessage());
        }
      }
      if (live.get() != null) live.get().close();
      lede.close();
      stopped.countDown();
    }, "lede-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    List<Optional<FrontEnd>> configured = List.of(
        TelegramFrontEnd.fromEnvironment(bots, env, policy -> lede.followingChat(policy).observedBy(metrics)),
        DiscordFrontEnd.fromEnvironment(bots, env, policy -> lede.followingChat(policy).observedBy(metrics)),
        config.http().enabled() ? Optional.of(new HttpFrontEnd(config.http(), lede, health, metrics)) : Optional.empty());
    for (Optional<FrontEnd> f : configured) {
      if (f.isEmpty()) continue;
      try {
        health.report(f.get().name(), Health.State.STARTING);
        f.get().start();
        running.add(f.get());
        health.report(f.get().name(), Health.State.RUNNING);
        log.info("{} is running", f.get().name());
      } catch (Exception e) {
        // One platform failing to start (a revoked token, say) must not take the others down.
        log.error("{} could not start: {}", f.get().name(), e.getMessage());
        health.report(f.get().name(), Health.State.FAILED, e.getMessage());
        f.get().close();
      }
    }
    if (running.isEmpty()) {
      spec.commandLine().getErr().println("No front end is running: set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN,"
          + " or turn the HTTP API on (http.enabled in config/lede.yaml; see README).");
      Runtime.getRuntime().removeShutdownHook(shutdown);
      lede.close();
      return 2;
    }
    live.set(LiveCorpus.start(lede));
    log.info("Lede is serving {} over {} articles; stop with Ctrl-C or SIGTERM",
        running.stream().map(FrontEnd::name).toList(), lede.archive().summary().articles());
    stopped.await();
    return 0;
  }
}

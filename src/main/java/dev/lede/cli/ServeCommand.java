package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.chat.FrontEnd;
import dev.lede.discord.DiscordFrontEnd;
import dev.lede.telegram.TelegramFrontEnd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Run the chat front ends whose tokens are set (TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN) until stopped.",
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin CoreOptions core;

  @Option(names = "--bots", paramLabel = "DIR", description = "Folder with telegram.yaml and discord.yaml (default: ./bots).")
  Path bots = Path.of("bots");

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = System.getenv();
    Lede lede = Lede.open(core.resolve(List.of()));
    List<FrontEnd> running = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown = new Thread(() -> {
      log.info("Stopping: finishing replies in flight");
      for (FrontEnd f : running.reversed()) {
        try {
          f.close();
        } catch (RuntimeException e) {
          log.warn("{} did not close cleanly: {}", f.name(), e.getMessage());
        }
      }
      lede.close();
      stopped.countDown();
    }, "lede-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    List<Optional<FrontEnd>> configured = List.of(
        TelegramFrontEnd.fromEnvironment(bots, env, lede::followingChat),
        DiscordFrontEnd.fromEnvironment(bots, env, lede::followingChat));
    for (Optional<FrontEnd> f : configured) {
      if (f.isEmpty()) continue;
      try {
        f.get().start();
        running.add(f.get());
        log.info("{} is running", f.get().name());
      } catch (Exception e) {
        // One platform failing to start (a revoked token, say) must not take the others down.
        log.error("{} could not start: {}", f.get().name(), e.getMessage());
        f.get().close();
      }
    }
    if (running.isEmpty()) {
      spec.commandLine().getErr().println("No front end is running: set TELEGRAM_BOT_TOKEN and/or DISCORD_BOT_TOKEN (see README).");
      Runtime.getRuntime().removeShutdownHook(shutdown);
      lede.close();
      return 2;
    }
    log.info("Lede is serving {} over {} articles; stop with Ctrl-C or SIGTERM",
        running.stream().map(FrontEnd::name).toList(), lede.archive().summary().articles());
    stopped.await();
    return 0;
  }
}

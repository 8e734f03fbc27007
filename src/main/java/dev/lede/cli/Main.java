package dev.lede.cli;

import dev.lede.config.ConfigException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "lede", mixinStandardHelpOptions = true, version = "Lede 0.1",
    description = "Answers questions from a corpus of news articles.",
    subcommands = {AskCommand.class, IndexCommand.class, ChatCommand.class})
public final class Main {
  // Held so that the level sticks: java.util.logging keeps loggers weakly.
  private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; never exits the JVM. */
  public static int run(String... args) {
    // Lucene suggests the incubating Vector API at every start; Lede works without it.
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    CommandLine cli = new CommandLine(new Main());
    cli.registerConverter(LocalDate.class, value -> {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
      }
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException) {
        commandLine.getErr().println("Invalid configuration: " + e.getMessage());
        return 2;
      }
      commandLine.getErr().println("lede: " + e.getMessage());
      org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", e);
      return 1;
    });
    return cli.execute(args);
  }
}

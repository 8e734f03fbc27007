package dev.lede.cli;

import dev.lede.config.ConfigException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "lede", mixinStandardHelpOptions = true, version = "Lede 0.1",
    description = "Answers questions from a corpus of news articles.",
    subcommands = {AskCommand.class, IndexCommand.class, ChatCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, TrainRankerCommand.class, TrainSpansCommand.class, BenchHttpCommand.class})
public final class Main {
  // Held so that the level sticks: java.util.logging keeps loggers weakly.
  private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; never exits the JVM. */
  public static int run(String... args) {
    return run(null, null, null, args);
  }

  /**
   * Runs a command line with its own input (read by {@code chat}), output and error streams;
   * {@code null} for the process's own. Lets tests and embedders capture what a command prints.
   */
  public static int run(Reader in, PrintWriter out, PrintWriter err, String... args) {
    // Lucene suggests the incubating Vector API at every start; Lede works without it.
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == ChatCommand.class && in != null) return type.cast(new ChatCommand(in));
        return CommandLine.defaultFactory().create(type);
      }
    };
    CommandLine cli = new CommandLine(new Main(), factory);
    if (out != null) cli.setOut(out);
    if (err != null) cli.setErr(err);
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

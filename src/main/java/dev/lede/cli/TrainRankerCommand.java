package dev.lede.cli;

import dev.lede.eval.RankerTraining;
import dev.lede.read.Ranker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-ranker", mixinStandardHelpOptions = true,
    description = "Learn the sentence ranker's weights from development sets and write them as a properties file: "
        + "the model for news from --corpus/--questions, the one for reference texts from --squad.")
final class TrainRankerCommand implements Callable<Integer> {
  @Mixin DevelopmentSets sets;

  @Option(names = "--semantic", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Train the ranker that reads by meaning as well as words (default), or, with --no-semantic, by words alone.")
  boolean semantic = true;

  @Option(names = "--without", paramLabel = "FEATURE", split = ",",
      description = "Switch these features off (weight 0) after fitting (default: ${DEFAULT-VALUE}: the ablation showed "
          + "that the previous sentence's overlap does not help once the other features are there).")
  java.util.List<String> without = java.util.List.of("previous");

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the weights (default: src/main/resources/dev/lede/read/ranker-meaning.properties, "
          + "or ranker.properties with --no-semantic).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!sets.given(err)) return 2;
    if (out == null) out = Path.of("src/main/resources/dev/lede/read/" + (semantic ? "ranker-meaning" : "ranker") + ".properties");
    // News and reference texts are weighed by models of their own (see Ranker); a kind with no set
    // given keeps the weights it has.
    Ranker current = semantic ? Ranker.withMeaning() : Ranker.standard();
    Ranker reference = current;
    Ranker news = current;
    java.util.Set<String> off = new java.util.HashSet<>(without);
    Path work = Files.createTempDirectory("lede-train-");
    try {
      if (sets.squad != null) {
        RankerTraining training = new RankerTraining();
        sets.readSquad(work, semantic, training::collect);
        reference = fit(training, off, "reference texts (" + sets.squad.getFileName() + ")", err);
      }
      if (sets.news()) {
        RankerTraining training = new RankerTraining();
        sets.readNews(work, semantic, training::collect);
        news = fit(training, off, "news (" + sets.questions.getFileName() + ")", err);
      }
    } finally {
      WorkFolders.delete(work);
    }
    Ranker ranker = Ranker.of(news, reference);
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      ranker.toProperties().store(o, "Lede sentence ranker, trained by lede train-ranker; features: " + String.join(", ", Ranker.FEATURES)
          + (without.isEmpty() ? "" : "; switched off: " + String.join(", ", without)));
    }
    err.println("Wrote " + out);
    return 0;
  }

  private static Ranker fit(RankerTraining training, java.util.Set<String> off, String what, PrintWriter err) {
    err.printf(Locale.ROOT, "Training the model for %s on %,d candidate sentences (%,d hold an answer)%n",
        what, training.examples(), training.positives());
    return training.fit(off);
  }
}

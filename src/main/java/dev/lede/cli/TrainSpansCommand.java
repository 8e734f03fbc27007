package dev.lede.cli;

import dev.lede.eval.SpanTraining;
import dev.lede.read.SpanModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train-spans", mixinStandardHelpOptions = true,
    description = "Learn the span model's weights (which span of a sentence is the short answer) from development sets and "
        + "write them as a properties file: the model for news from --corpus/--questions, the one for reference texts from "
        + "--squad. Train spans before the sentence ranker: its span feature is this model's probability.")
final class TrainSpansCommand implements Callable<Integer> {
  @Mixin DevelopmentSets sets;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the weights (default: src/main/resources/dev/lede/read/spans.properties).")
  Path out = Path.of("src/main/resources/dev/lede/read/spans.properties");

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!sets.given(err)) return 2;
    // A kind with no set given keeps the weights it has.
    SpanModel reference = SpanModel.standard();
    SpanModel news = SpanModel.standard();
    Path work = Files.createTempDirectory("lede-train-");
    try {
      if (sets.squad != null) {
        SpanTraining training = new SpanTraining();
        sets.readSquad(work, false, training::collect);
        reference = fit(training, "reference texts (" + sets.squad.getFileName() + ")", err);
      }
      if (sets.news()) {
        SpanTraining training = new SpanTraining();
        sets.readNews(work, false, training::collect);
        news = fit(training, "news (" + sets.questions.getFileName() + ")", err);
      }
    } finally {
      WorkFolders.delete(work);
    }
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      SpanModel.of(news, reference).toProperties()
          .store(o, "Lede span model, trained by lede train-spans; features: " + String.join(", ", SpanModel.FEATURES));
    }
    err.println("Wrote " + out);
    return 0;
  }

  private static SpanModel fit(SpanTraining training, String what, PrintWriter err) {
    err.printf(Locale.ROOT, "Training the span model for %s on %,d spans in sentences that hold an answer (%,d are right)%n",
        what, training.examples(), training.positives());
    return training.fit();
  }
}

package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.answer.Answerer;
import dev.lede.config.LedeConfig;
import dev.lede.config.Semantic;
import dev.lede.eval.EvalQuestion;
import dev.lede.eval.EvalSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;

/**
 * The development sets a training command learns from: SQuAD for the reference-text model, news
 * questions for the news model. A kind whose set is not given keeps the weights it has.
 */
final class DevelopmentSets {
  @Option(names = "--squad", paramLabel = "FILE", description = "A SQuAD v1.1 or v2.0 JSON file.")
  Path squad;

  @Option(names = "--corpus", paramLabel = "ARTICLES", description = "News articles as JSONL, with --questions.")
  Path corpus;

  @Option(names = "--questions", paramLabel = "FILE", description = "News questions as JSONL.")
  Path questions;

  /** Whether a set is given; if not, says what to give. */
  boolean given(PrintWriter err) {
    if (squad != null || (corpus != null && questions != null)) return true;
    err.println("Give --squad FILE and/or --corpus ARTICLES --questions FILE.");
    return false;
  }

  boolean news() {
    return corpus != null && questions != null;
  }

  /** Indexes the SQuAD set into {@code work} and hands the answerer and its questions to {@code reader}. */
  void readSquad(Path work, boolean semantic, BiConsumer<Answerer, List<EvalQuestion>> reader) throws IOException {
    read(EvalSet.squad(squad, work.resolve("squad"), LocalDate.now()), work.resolve("squad-index"), semantic, reader);
  }

  /** Indexes the news corpus into {@code work} and hands the answerer and the questions to {@code reader}. */
  void readNews(Path work, boolean semantic, BiConsumer<Answerer, List<EvalQuestion>> reader) throws IOException {
    read(EvalSet.news(corpus, questions), work.resolve("news-index"), semantic, reader);
  }

  private static void read(EvalSet set, Path index, boolean semantic, BiConsumer<Answerer, List<EvalQuestion>> reader) {
    LedeConfig config = LedeConfig.defaults(index.getParent().resolve(index.getFileName() + "-data")).withIndexDir(index)
        .withSemantic(semantic ? Semantic.on() : Semantic.defaults());
    try (Lede lede = Lede.openIndex(config)) {
      lede.index(set.corpus());
      reader.accept(lede.answerer(), set.questions());
    }
  }
}

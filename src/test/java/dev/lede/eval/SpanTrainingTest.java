package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.answer.Question;
import dev.lede.config.LedeConfig;
import dev.lede.read.Evidence;
import dev.lede.read.Ranker;
import dev.lede.read.SpanCandidate;
import dev.lede.read.SpanModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanTrainingTest {
  @TempDir Path dir;
  private static final LocalDate DAY = LocalDate.of(2024, 3, 8);

  private Lede lede() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "a.txt", "Ferry contract", "2024-03-04",
        "Governor Alma Reyes of Ostermark signed the ferry contract with Quillby Marine on Monday.");
    TestCorpus.text(corpus, "b.txt", "Bridge vote", "2024-03-05",
        "The council of Ostermark voted to repaint the Tarrow bridge, said Mayor Ben Ostrow.");
    return Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)));
  }

  private static EvalQuestion question(String text, String answer) {
    return new EvalQuestion(text, text, DAY, List.of(answer), Set.of(), false);
  }

  @Test
  void everySpanOfASentenceThatHoldsTheAnswerIsAnExample_labelledByTheAnswer() {
    try (Lede lede = lede()) {
      EvalQuestion q = question("Which company signed the ferry contract?", "Quillby Marine");
      List<Evidence> evidence = lede.answerer().read(new Question(q.text(), q.asOf())).evidence();
      Evidence holding = evidence.stream().filter(e -> e.sentence().contains("Quillby Marine")).findFirst().orElseThrow();
      List<String> spans = holding.spans().stream().map(c -> c.span().text()).toList();
      assertTrue(spans.contains("Quillby Marine") && spans.size() >= 2, spans.toString());

      SpanTraining training = new SpanTraining();
      training.collect(lede.answerer(), List.of(q, question("Who said the bridge would be repainted?", "nobody by that name")));
      // Only the first question's answer is in a sentence; the second teaches nothing about spans.
      assertEquals(holding.spans().size(), training.examples());
      assertEquals(1, training.positives());
    }
  }

  @Test
  void theFittedModelPrefersTheSpansItWasShown() {
    try (Lede lede = lede()) {
      SpanTraining training = new SpanTraining();
      List<EvalQuestion> questions = List.of(question("Which company signed the ferry contract?", "Quillby Marine"),
          question("Which governor signed the ferry contract?", "Alma Reyes"),
          question("Who said the council voted to repaint the bridge?", "Ben Ostrow"));
      for (int i = 0; i < 20; i++) training.collect(lede.answerer(), questions);
      SpanModel model = training.fit();
      for (EvalQuestion q : questions) {
        Evidence holding = lede.answerer().read(new Question(q.text(), q.asOf())).evidence().stream()
            .filter(e -> AnswerMatch.contains(e.sentence(), q.answers())).findFirst().orElseThrow();
        SpanCandidate best = holding.spans().stream()
            .max(java.util.Comparator.comparingDouble(c -> model.probability(c.features(), Ranker.Kind.NEWS))).orElseThrow();
        // "Governor Alma Reyes of Ostermark" holds "Alma Reyes", as answer-contains counts it.
        assertTrue(AnswerMatch.answerContains(best.span().text(), q.answers()), q.text() + ": " + best.span().text());
        assertTrue(holding.spans().stream().anyMatch(c -> !AnswerMatch.answerContains(c.span().text(), q.answers())),
            "there was a wrong span to prefer it to");
      }
    }
  }

  @Test
  void fit_withoutExamples_isRefused() {
    assertThrows(IllegalStateException.class, () -> new SpanTraining().fit());
  }
}

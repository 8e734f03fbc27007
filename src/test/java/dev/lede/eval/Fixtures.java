package dev.lede.eval;

import dev.lede.answer.Answer;
import dev.lede.answer.Answerer;
import dev.lede.retrieve.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Questions and answers written by hand for the metric tests. */
final class Fixtures {
  static final LocalDate DAY = LocalDate.of(2023, 1, 5);

  private Fixtures() {}

  static EvalQuestion answerable(String id, List<String> answers, String... goldDocs) {
    return new EvalQuestion(id, "question " + id, DAY, answers, Set.of(goldDocs), false);
  }

  static EvalQuestion toDecline(String id) {
    return new EvalQuestion(id, "question " + id, DAY, List.of(), Set.of(), true);
  }

  static Answerer.Trace answered(String text, String sentence, String... retrieved) {
    String source = retrieved.length == 0 ? "none" : retrieved[0];
    Answer answer = new Answer("q", text, sentence, false, 0.8,
        List.of(new Source(source, "title", null, null, null, sentence)), false, 3);
    return new Answerer.Trace(answer, List.of(retrieved));
  }

  static Answerer.Trace declined(String... retrieved) {
    return new Answerer.Trace(new Answer("q", null, null, true, 0.1, List.of(), false, 3), List.of(retrieved));
  }
}

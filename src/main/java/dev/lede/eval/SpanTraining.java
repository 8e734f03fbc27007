package dev.lede.eval;

import dev.lede.answer.Answerer;
import dev.lede.answer.Question;
import dev.lede.read.Evidence;
import dev.lede.read.SpanCandidate;
import dev.lede.read.SpanModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns the span model's weights: in every candidate sentence that holds a gold answer, each
 * candidate span is an example, labelled by whether it matches a gold answer as answer-contains
 * counts it, and a {@link Listwise} model is fitted to each sentence's spans. Sentences without
 * the answer teach nothing about spans; sentences with it but without a right span count in the
 * calibration, which so reads as the chance that the best span is right when its sentence is.
 */
public final class SpanTraining {
  /** A right span that shares few words with the answer as quoted still counts a little. */
  private static final double MIN_GAIN = 0.1;
  private final Listwise examples = new Listwise();

  /** Adds the spans of the candidate sentences of every answerable question in {@code questions}. */
  public void collect(Answerer answerer, List<EvalQuestion> questions) {
    examples.startSet();
    for (EvalQuestion q : questions) {
      if (!q.answerable()) continue;
      for (Evidence e : answerer.read(new Question(q.text(), q.asOf())).evidence()) {
        if (e.spans().size() < 2 || !AnswerMatch.contains(e.sentence(), q.answers())) continue;
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Double> gain = new ArrayList<>();
        for (SpanCandidate c : e.spans()) {
          x.add(c.features());
          y.add(AnswerMatch.answerContains(c.span().text(), q.answers()));
          gain.add(Math.max(MIN_GAIN, AnswerMatch.f1(c.span().text(), q.answers())));
        }
        examples.add(x, y, gain);
      }
    }
  }

  public int examples() {
    return examples.examples();
  }

  public long positives() {
    return examples.positives();
  }

  public SpanModel fit() {
    Listwise.Fit fit = examples.fit(SpanModel.FEATURES.size());
    return new SpanModel(fit.weights(), fit.bias());
  }
}

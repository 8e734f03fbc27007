package dev.lede.eval;

import dev.lede.answer.Answerer;
import dev.lede.answer.Question;
import dev.lede.read.Evidence;
import dev.lede.read.Ranker;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns the sentence ranker's weights: every candidate sentence the pipeline reads for a
 * development question is an example, labelled by whether it holds a gold answer (the sentences
 * whose short answer is right wanted most), and a {@link Listwise} model is fitted to each
 * question's candidates.
 */
public final class RankerTraining {
  /** Candidate sentences per question used as examples: the ones the ranking must order well. */
  static final int PER_QUESTION = 40;
  /**
   * A sentence that holds the answer but whose short answer misses it is worth less than one
   * whose short answer is right: the reader is judged by its answer. 0.1 and 0.3 did alike on
   * news-dev (answer-contains +1.8, EM +1.8 over gain 1), 0.6 about half as well.
   */
  static final double SPAN_WRONG_GAIN = 0.3;

  private final Listwise examples = new Listwise();

  /** Adds the candidate sentences of every answerable question in {@code questions}. */
  public void collect(Answerer answerer, List<EvalQuestion> questions) {
    startSet();
    for (EvalQuestion q : questions) {
      if (!q.answerable()) continue;
      List<Evidence> evidence = answerer.read(new Question(q.text(), q.asOf())).evidence();
      List<double[]> x = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      List<Double> gain = new ArrayList<>();
      for (Evidence e : evidence.subList(0, Math.min(PER_QUESTION, evidence.size()))) {
        x.add(e.features());
        y.add(AnswerMatch.contains(e.sentence(), q.answers()));
        gain.add(gain(e, q.answers()));
      }
      examples.add(x, y, gain);
    }
  }

  /** How much a sentence that holds an answer is wanted: fully when its short answer is right too. */
  static double gain(Evidence e, List<String> answers) {
    return e.span() != null && AnswerMatch.answerContains(e.span().text(), answers) ? 1.0 : SPAN_WRONG_GAIN;
  }

  /** One question's candidate sentences: their features, and whether each holds an answer. */
  void add(List<double[]> candidates, List<Boolean> holdAnswer) {
    examples.add(candidates, holdAnswer);
  }

  /** The questions added from now on are another set, weighed as much as each of the others together. */
  void startSet() {
    examples.startSet();
  }

  public int examples() {
    return examples.examples();
  }

  public long positives() {
    return examples.positives();
  }

  /** Fits the model on every feature; see {@link Listwise#fit}. */
  public Ranker fit() {
    return fit(java.util.Set.of());
  }

  /**
   * Fits the model on every feature, then switches the {@code leftOut} ones off (weight 0): the
   * model that {@code eval --without} measured, for features an ablation showed not to help.
   */
  public Ranker fit(java.util.Set<String> leftOut) {
    for (String f : leftOut) {
      if (!Ranker.FEATURES.contains(f)) throw new IllegalArgumentException("no ranker feature " + f + "; features: " + String.join(", ", Ranker.FEATURES));
    }
    Listwise.Fit fit = examples.fit(Ranker.FEATURES.size());
    return new Ranker(fit.weights(), fit.bias()).without(leftOut);
  }

  static double[] calibrate(List<double[]> top) {
    return Listwise.calibrate(top);
  }
}

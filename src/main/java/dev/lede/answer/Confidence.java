package dev.lede.answer;

import dev.lede.read.Evidence;
import dev.lede.read.Ranker;

/**
 * How likely the answer is right: the learned ranker's probability that the best sentence holds
 * the answer, calibrated on the development sets' top sentences (see the README for how well).
 */
final class Confidence {
  private Confidence() {}

  static double of(Evidence best, Ranker ranker) {
    return ranker.probability(best.features(), Ranker.Kind.of(best.passage()));
  }
}

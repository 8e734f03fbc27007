package dev.lede.answer;

import dev.lede.read.AnswerType;
import dev.lede.read.Evidence;

/**
 * How likely the answer is right, from the evidence behind it. A logistic of the features that
 * separate right from wrong answers on the development sets; see the README for its calibration.
 */
final class Confidence {
  private Confidence() {}

  static double of(Evidence best, AnswerType type) {
    double z = -4.0 + 6.0 * best.coverage() + 1.5 * best.spanFit() + 0.4 * Math.min(best.agreement(), 3);
    if (type.wantsSpan() && best.span() == null) z -= 1.0;
    return 1.0 / (1.0 + Math.exp(-z));
  }
}

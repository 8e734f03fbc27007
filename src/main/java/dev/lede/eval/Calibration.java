package dev.lede.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the answers' confidence predicts that they are right: answered questions grouped by
 * confidence in tenths, each group's mean confidence beside the share whose sentence holds a gold
 * answer (what the confidence estimates) and whose short answer matches one. The expected
 * calibration error is the questions-weighted gap between the two.
 */
public final class Calibration {
  static final int BINS = 10;
  private final int[] count = new int[BINS];
  private final double[] confidence = new double[BINS];
  private final int[] sentenceRight = new int[BINS];
  private final int[] answerRight = new int[BINS];

  /** One group of answers. */
  public record Bin(double from, double to, int questions, double meanConfidence, double sentenceRight, double answerRight) {}

  void add(double p, boolean sentence, boolean answer) {
    int b = Math.min(BINS - 1, Math.max(0, (int) (p * BINS)));
    count[b]++;
    confidence[b] += p;
    if (sentence) sentenceRight[b]++;
    if (answer) answerRight[b]++;
  }

  /** The groups that hold answers, lowest confidence first. */
  public List<Bin> bins() {
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (count[b] == 0) continue;
      out.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, count[b], confidence[b] / count[b],
          (double) sentenceRight[b] / count[b], (double) answerRight[b] / count[b]));
    }
    return out;
  }

  /** Expected calibration error against sentence accuracy, or {@code null} with no answers. */
  public Double error() {
    int all = 0;
    double gap = 0;
    for (Bin b : bins()) {
      all += b.questions();
      gap += b.questions() * Math.abs(b.meanConfidence() - b.sentenceRight());
    }
    return all == 0 ? null : gap / all;
  }
}

package dev.lede.eval;

import dev.lede.eval.Latencies.Percentiles;

/**
 * Every metric of an evaluation run, with the counts behind it.
 *
 * @param questions all questions asked
 * @param recallAt1 answerable questions with a gold document first among those retrieved
 * @param sentenceAccuracy answerable questions whose supporting sentence contains a gold answer
 * @param exactMatch answerable questions whose short answer equals a gold answer
 * @param f1 mean token F1 over answerable questions (0 for a declined one)
 * @param answerContains answerable questions with a lenient answer match
 * @param abstainCorrect questions to decline that were declined
 * @param abstainWrong answerable questions that were declined
 * @param latency per-question latency, cache off, after {@code warmup} questions
 * @param failures questions on which the pipeline threw; counted as declined
 * @param calibration the answered questions' confidence against how often they were right
 */
public record Report(
    int questions,
    Share recallAt1,
    Share recallAt5,
    Share recallAt20,
    Share sentenceAccuracy,
    Share exactMatch,
    Mean f1,
    Share answerContains,
    Share abstainCorrect,
    Share abstainWrong,
    Percentiles latency,
    int warmup,
    int failures,
    Calibration calibration) {

  /** {@code count} of {@code of} questions. */
  public record Share(int count, int of) {
    /** The share from 0 to 1, or {@code null} when there was nothing to measure. */
    public Double fraction() {
      return of == 0 ? null : (double) count / of;
    }
  }

  /** A mean of {@code of} values. */
  public record Mean(double sum, int of) {
    public Double value() {
      return of == 0 ? null : sum / of;
    }
  }
}

package dev.lede.eval;

import dev.lede.eval.Report.Mean;
import dev.lede.eval.Report.Share;

/** Adds up grades and latencies into a {@link Report}. Not thread-safe. */
public final class Scoreboard {
  private int questions;
  private int answerable;
  private int withGoldDocument;
  private int recall1;
  private int recall5;
  private int recall20;
  private int sentenceHits;
  private int exact;
  private double f1Sum;
  private int contains;
  private int toDecline;
  private int declinedRightly;
  private int declinedWrongly;
  private int failures;
  private final Latencies latencies = new Latencies();
  private final Calibration calibration = new Calibration();
  private final int warmup;

  /** @param warmup how many questions the caller leaves out of the latency figures */
  public Scoreboard(int warmup) {
    this.warmup = warmup;
  }

  public void add(Grade grade) {
    questions++;
    if (grade.question().mustDecline()) {
      toDecline++;
      if (grade.declined()) declinedRightly++;
      return;
    }
    answerable++;
    if (grade.declined()) declinedWrongly++;
    if (!grade.question().goldDocIds().isEmpty()) {
      withGoldDocument++;
      if (grade.retrievedWithin(1)) recall1++;
      if (grade.retrievedWithin(5)) recall5++;
      if (grade.retrievedWithin(20)) recall20++;
    }
    if (grade.sentenceHit()) sentenceHits++;
    if (grade.exact()) exact++;
    f1Sum += grade.f1();
    if (grade.contains()) contains++;
    if (!grade.declined()) calibration.add(grade.trace().answer().confidence(), grade.sentenceHit(), grade.contains());
  }

  public void addLatency(long nanos) {
    latencies.add(nanos);
  }

  public void addFailure() {
    failures++;
  }

  public Report report() {
    return new Report(
        questions,
        new Share(recall1, withGoldDocument),
        new Share(recall5, withGoldDocument),
        new Share(recall20, withGoldDocument),
        new Share(sentenceHits, answerable),
        new Share(exact, answerable),
        new Mean(f1Sum, answerable),
        new Share(contains, answerable),
        new Share(declinedRightly, toDecline),
        new Share(declinedWrongly, answerable),
        latencies.percentiles(),
        warmup,
        failures,
        calibration);
  }
}

package dev.lede.eval;

import java.util.Arrays;

/** Durations collected in nanoseconds, summarized by nearest-rank percentiles. */
public final class Latencies {
  private long[] nanos = new long[256];
  private int size;

  public void add(long durationNanos) {
    if (durationNanos < 0) throw new IllegalArgumentException("a duration must not be negative, was " + durationNanos);
    if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
    nanos[size++] = durationNanos;
  }

  public int count() {
    return size;
  }

  /**
   * The nearest-rank percentile in milliseconds: the smallest sample with at least {@code p}
   * percent of the samples at or below it; {@code null} when there are none.
   */
  public Double percentileMillis(double p) {
    if (!(p > 0 && p <= 100)) throw new IllegalArgumentException("a percentile must be in (0, 100], was " + p);
    if (size == 0) return null;
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * size);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }

  /** p50, p95 and p99 in milliseconds; each {@code null} when there are no samples. */
  public Percentiles percentiles() {
    return new Percentiles(percentileMillis(50), percentileMillis(95), percentileMillis(99), size);
  }

  /** Latency percentiles in milliseconds over {@code samples} measurements. */
  public record Percentiles(Double p50, Double p95, Double p99, int samples) {}
}

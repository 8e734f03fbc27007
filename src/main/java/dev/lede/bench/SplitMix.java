package dev.lede.bench;

/**
 * SplitMix64: a small random generator whose output is fixed by its seed on every JVM, which
 * {@link java.util.Random} and {@link java.util.SplittableRandom} do not promise across versions.
 */
final class SplitMix {
  private long state;

  SplitMix(long seed) {
    this.state = seed;
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound must be positive, was " + bound);
    return (int) ((nextLong() >>> 33) % bound);
  }

  /** Log-normal with the given median, clamped to [min, max]. */
  int logNormal(double median, double sigma, int min, int max) {
    double u1 = 1 - nextDouble();
    double u2 = nextDouble();
    double gaussian = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    long value = Math.round(median * StrictMath.exp(sigma * gaussian));
    return (int) Math.max(min, Math.min(max, value));
  }
}

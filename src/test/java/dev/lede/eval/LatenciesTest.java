package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  private static final long MS = 1_000_000;

  private static Latencies of(long... millis) {
    Latencies l = new Latencies();
    for (long m : millis) l.add(m * MS);
    return l;
  }

  @Test
  void percentile_isTheNearestRank() {
    // n = 5: p30 -> rank ceil(1.5) = 2; p40 -> rank 2; p50 -> rank ceil(2.5) = 3; p100 -> rank 5
    Latencies l = of(50, 15, 40, 20, 35);
    assertEquals(20.0, l.percentileMillis(30));
    assertEquals(20.0, l.percentileMillis(40));
    assertEquals(35.0, l.percentileMillis(50));
    assertEquals(50.0, l.percentileMillis(100));
  }

  @Test
  void percentiles_ofOneToHundred() {
    Latencies l = new Latencies();
    for (int i = 100; i >= 1; i--) l.add(i * MS);
    Latencies.Percentiles p = l.percentiles();
    assertEquals(50.0, p.p50());
    assertEquals(95.0, p.p95());
    assertEquals(99.0, p.p99());
    assertEquals(100, p.samples());
  }

  @Test
  void percentiles_ofOneSampleAreThatSample() {
    Latencies.Percentiles p = of(7).percentiles();
    assertEquals(7.0, p.p50());
    assertEquals(7.0, p.p99());
  }

  @Test
  void percentiles_withoutSamplesAreNull() {
    Latencies.Percentiles p = new Latencies().percentiles();
    assertNull(p.p50());
    assertNull(p.p95());
    assertNull(p.p99());
  }

  @Test
  void percentiles_keepSubMillisecondPrecision() {
    Latencies l = new Latencies();
    l.add(1_250_000);
    assertEquals(1.25, l.percentileMillis(50));
  }

  @Test
  void add_rejectsANegativeDuration() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Latencies().add(-1));
    assertEquals("a duration must not be negative, was -1", e.getMessage());
  }

  @Test
  void percentile_outsideRangeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> of(1).percentileMillis(0));
    assertThrows(IllegalArgumentException.class, () -> of(1).percentileMillis(101));
  }
}

package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMixTest {

  @Test
  void nextLong_matchesTheReferenceSequence() {
    // SplitMix64 reference values for seed 1234567 (Vigna's splitmix64.c)
    SplitMix r = new SplitMix(1234567);
    assertEquals(6457827717110365317L, r.nextLong());
    assertEquals(3203168211198807973L, r.nextLong());
  }

  @Test
  void logNormal_staysWithinItsBounds() {
    SplitMix r = new SplitMix(3);
    for (int i = 0; i < 10_000; i++) {
      int v = r.logNormal(20, 0.45, 3, 70);
      assertTrue(v >= 3 && v <= 70, "value " + v);
    }
  }
}

package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class RankerTest {

  @Test
  void standard_loadsTheTrainedWeights() {
    Properties p = Ranker.standard().toProperties();
    for (String f : Ranker.FEATURES) assertTrue(p.containsKey("w." + f), f);
    assertTrue(p.containsKey("bias"));
  }

  @Test
  void moreCoverage_scoresHigher() {
    Ranker r = Ranker.standard();
    double[] low = {0.2, 0, 0.5, 0, 0, 0, 0, 0, 0, 0};
    double[] high = {0.9, 0, 0.5, 0, 0, 0, 0, 0, 0, 0};
    assertTrue(r.probability(high) > r.probability(low));
  }

  @Test
  void probability_isBetweenZeroAndOne() {
    double p = Ranker.standard().probability(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 3, 0.5});
    assertTrue(p > 0 && p < 1, Double.toString(p));
  }

  @Test
  void wrongNumberOfWeights_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ranker(new double[3], 0));
    assertEquals("a ranker needs 10 weights, was given 3", e.getMessage());
  }

  @Test
  void withoutAFeature_itsWeightIsZeroAndTheRestIsKept() {
    Ranker r = Ranker.withMeaning();
    double[] x = new double[Ranker.FEATURES.size()];
    x[Ranker.MEANING] = 1;
    Ranker off = r.without(java.util.List.of("meaning"));
    org.junit.jupiter.api.Assertions.assertEquals(0, off.score(x), 1e-12);
    org.junit.jupiter.api.Assertions.assertTrue(r.score(x) > 0, "the trained model values meaning");
    x[0] = 1;
    org.junit.jupiter.api.Assertions.assertEquals(r.score(x) - r.score(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}), off.score(x), 1e-9);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> r.without(java.util.List.of("colour")));
  }

  @Test
  void theWordsOnlyModelGivesMeaningNoWeight() {
    double[] x = new double[Ranker.FEATURES.size()];
    x[Ranker.MEANING] = 1;
    org.junit.jupiter.api.Assertions.assertEquals(0, Ranker.standard().score(x), 1e-12);
  }
}

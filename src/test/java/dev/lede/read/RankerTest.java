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
    double[] low = {0.2, 0, 0.5, 0, 0, 0, 0, 0, 0};
    double[] high = {0.9, 0, 0.5, 0, 0, 0, 0, 0, 0};
    assertTrue(r.probability(high) > r.probability(low));
  }

  @Test
  void probability_isBetweenZeroAndOne() {
    double p = Ranker.standard().probability(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 3});
    assertTrue(p > 0 && p < 1, Double.toString(p));
  }

  @Test
  void wrongNumberOfWeights_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ranker(new double[3], 0));
    assertEquals("a ranker needs 9 weights, was given 3", e.getMessage());
  }
}

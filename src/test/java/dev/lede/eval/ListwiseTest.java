package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListwiseTest {

  /**
   * Groups of two right candidates, one high in feature 0 and one high in feature 1, and a wrong
   * one: which feature the model weighs up depends only on which right candidate gains more.
   */
  private static double[] fitted(double gainOfFirst, double gainOfSecond) {
    Listwise l = new Listwise();
    Random random = new Random(5);
    for (int g = 0; g < 300; g++) {
      List<double[]> x = new ArrayList<>();
      x.add(new double[] {0.8 + 0.2 * random.nextDouble(), 0.2 * random.nextDouble()});
      x.add(new double[] {0.2 * random.nextDouble(), 0.8 + 0.2 * random.nextDouble()});
      x.add(new double[] {0.2 * random.nextDouble(), 0.2 * random.nextDouble()});
      l.add(x, List.of(true, true, false), List.of(gainOfFirst, gainOfSecond, 0.0));
    }
    return l.fit(2).weights();
  }

  @Test
  void theRightCandidateWithTheHigherGainIsWeighedUp() {
    double[] first = fitted(1.0, 0.1);
    assertTrue(first[0] > first[1] + 1, "feature 0 should win: " + first[0] + " vs " + first[1]);
    double[] second = fitted(0.1, 1.0);
    assertTrue(second[1] > second[0] + 1, "feature 1 should win: " + second[0] + " vs " + second[1]);
  }
}

package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.read.Ranker;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankerTrainingFitTest {

  /** Questions of 10 candidates where only the candidate with the highest coverage holds the answer. */
  @SuppressWarnings("unchecked")
  private static RankerTraining coverageDecides(long seed) throws ReflectiveOperationException {
    RankerTraining t = new RankerTraining();
    Field f = RankerTraining.class.getDeclaredField("features");
    Field l = RankerTraining.class.getDeclaredField("labels");
    Field g = RankerTraining.class.getDeclaredField("groups");
    f.setAccessible(true);
    l.setAccessible(true);
    g.setAccessible(true);
    List<double[]> features = (List<double[]>) f.get(t);
    List<Boolean> labels = (List<Boolean>) l.get(t);
    List<Integer> groups = (List<Integer>) g.get(t);
    Random random = new Random(seed);
    for (int q = 0; q < 200; q++) {
      groups.add(features.size());
      int best = random.nextInt(10);
      for (int i = 0; i < 10; i++) {
        double[] x = new double[Ranker.FEATURES.size()];
        for (int j = 0; j < x.length; j++) x[j] = random.nextDouble() * 0.5;
        if (i == best) x[0] = 0.6 + random.nextDouble() * 0.4;
        features.add(x);
        labels.add(i == best);
      }
    }
    return t;
  }

  @Test
  void fit_learnsThatTheDecidingFeatureMatters() throws ReflectiveOperationException {
    Ranker r = coverageDecides(1).fit();
    double coverage = Double.parseDouble(r.toProperties().getProperty("w.coverage"));
    for (String other : Ranker.FEATURES.subList(1, Ranker.FEATURES.size())) {
      double w = Math.abs(Double.parseDouble(r.toProperties().getProperty("w." + other)));
      assertTrue(coverage > 3 * w, other + ": " + w + " vs coverage " + coverage);
    }
  }

  @Test
  void fit_isDeterministic() throws ReflectiveOperationException {
    assertEquals(coverageDecides(7).fit().toProperties(), coverageDecides(7).fit().toProperties());
  }

  @Test
  void fit_withoutExamples_isRefused() {
    assertThrows(IllegalStateException.class, () -> new RankerTraining().fit());
  }

  @Test
  void calibration_recoversTheLogisticItWasDrawnFrom() {
    Random random = new Random(3);
    List<double[]> top = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      double score = 12 * random.nextDouble() - 6; // a wide scale, as raw ranker scores have
      double p = 1 / (1 + Math.exp(-(0.8 * score - 1.5)));
      top.add(new double[] {score, random.nextDouble() < p ? 1 : 0});
    }
    double[] ab = RankerTraining.calibrate(top);
    assertEquals(0.8, ab[0], 0.05);
    assertEquals(-1.5, ab[1], 0.1);
  }

  @Test
  void calibration_staysFiniteWhenEveryTopSentenceIsRight() {
    List<double[]> top = List.of(new double[] {1, 1}, new double[] {2, 1}, new double[] {3, 1});
    double[] ab = RankerTraining.calibrate(top);
    assertTrue(Double.isFinite(ab[0]) && Double.isFinite(ab[1]));
    assertTrue(1 / (1 + Math.exp(-(ab[0] * 2 + ab[1]))) > 0.5);
  }

  @Test
  void fit_holdsLeftOutFeaturesAtZero() throws ReflectiveOperationException {
    Ranker r = coverageDecides(2).fit(java.util.Set.of("coverage", "pairs"));
    assertEquals(0.0, Double.parseDouble(r.toProperties().getProperty("w.coverage")));
    assertEquals(0.0, Double.parseDouble(r.toProperties().getProperty("w.pairs")));
    assertThrows(IllegalArgumentException.class, () -> coverageDecides(2).fit(java.util.Set.of("colour")));
  }
}

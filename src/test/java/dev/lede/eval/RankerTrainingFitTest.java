package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.read.Ranker;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankerTrainingFitTest {

  /** Questions of 10 candidates where only the candidate with the highest coverage holds the answer. */
  private static RankerTraining coverageDecides(long seed) {
    RankerTraining t = new RankerTraining();
    decidedBy(t, 0, 200, new Random(seed));
    return t;
  }

  /** Adds {@code questions} questions where only the candidate highest in feature {@code deciding} holds the answer. */
  private static void decidedBy(RankerTraining t, int deciding, int questions, Random random) {
    for (int q = 0; q < questions; q++) {
      int best = random.nextInt(10);
      List<double[]> features = new java.util.ArrayList<>();
      List<Boolean> labels = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        double[] x = new double[Ranker.FEATURES.size()];
        for (int j = 0; j < x.length; j++) x[j] = random.nextDouble() * 0.5;
        if (i == best) x[deciding] = 0.6 + random.nextDouble() * 0.4;
        features.add(x);
        labels.add(i == best);
      }
      t.add(features, labels);
    }
  }

  @Test
  void fit_weighsEverySetTheSameHoweverManyQuestionsItHas() {
    RankerTraining t = new RankerTraining();
    t.startSet();
    decidedBy(t, 0, 400, new Random(3));
    t.startSet();
    decidedBy(t, 1, 40, new Random(4));
    java.util.Properties p = t.fit().toProperties();
    double coverage = Double.parseDouble(p.getProperty("reference.w.coverage"));
    double proximity = Double.parseDouble(p.getProperty("reference.w.proximity"));
    // Unweighted, the large set would make coverage about ten times proximity.
    assertTrue(proximity > 0.5 * coverage && coverage > 0.5 * proximity, coverage + " vs " + proximity);
  }

  @Test
  void fit_learnsThatTheDecidingFeatureMatters() {
    Ranker r = coverageDecides(1).fit();
    double coverage = Double.parseDouble(r.toProperties().getProperty("reference.w.coverage"));
    for (String other : Ranker.FEATURES.subList(1, Ranker.FEATURES.size())) {
      double w = Math.abs(Double.parseDouble(r.toProperties().getProperty("reference.w." + other)));
      assertTrue(coverage > 3 * w, other + ": " + w + " vs coverage " + coverage);
    }
  }

  @Test
  void fit_isDeterministic() {
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
  void fit_holdsLeftOutFeaturesAtZero() {
    Ranker r = coverageDecides(2).fit(java.util.Set.of("coverage", "pairs"));
    assertEquals(0.0, Double.parseDouble(r.toProperties().getProperty("reference.w.coverage")));
    assertEquals(0.0, Double.parseDouble(r.toProperties().getProperty("news.w.pairs")));
    assertThrows(IllegalArgumentException.class, () -> coverageDecides(2).fit(java.util.Set.of("colour")));
  }
}

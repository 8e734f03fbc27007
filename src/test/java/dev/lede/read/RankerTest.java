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
    for (Ranker.Kind kind : Ranker.Kind.values()) {
      String prefix = kind.name().toLowerCase(java.util.Locale.ROOT) + ".";
      for (String f : Ranker.FEATURES) assertTrue(p.containsKey(prefix + "w." + f), prefix + f);
      assertTrue(p.containsKey(prefix + "bias"));
    }
  }

  @Test
  void moreCoverage_scoresHigher() {
    Ranker r = Ranker.standard();
    double[] low = new double[Ranker.FEATURES.size()];
    double[] high = new double[Ranker.FEATURES.size()];
    low[0] = 0.2;
    high[0] = 0.9;
    for (Ranker.Kind kind : Ranker.Kind.values()) assertTrue(r.probability(high, kind) > r.probability(low, kind), kind.name());
  }

  @Test
  void probability_isBetweenZeroAndOne() {
    double[] x = new double[Ranker.FEATURES.size()];
    java.util.Arrays.fill(x, 1);
    for (Ranker.Kind kind : Ranker.Kind.values()) {
      double p = Ranker.standard().probability(x, kind);
      assertTrue(p > 0 && p < 1, Double.toString(p));
    }
  }

  @Test
  void wrongNumberOfWeights_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ranker(new double[3], 0));
    assertEquals("a ranker needs " + Ranker.FEATURES.size() + " weights, was given 3", e.getMessage());
  }

  @Test
  void withoutAFeature_itsWeightIsZeroAndTheRestIsKept() {
    Ranker r = Ranker.withMeaning();
    double[] x = new double[Ranker.FEATURES.size()];
    x[Ranker.MEANING] = 1;
    Ranker off = r.without(java.util.List.of("meaning"));
    double[] onlyMeaning = x.clone();
    for (Ranker.Kind kind : Ranker.Kind.values()) assertEquals(0, off.score(x, kind), 1e-12);
    // On news the other features say it already: see the README's ablation.
    assertTrue(r.score(x, Ranker.Kind.REFERENCE) > 0, "the trained model values meaning in reference texts");
    x[0] = 1;
    for (Ranker.Kind kind : Ranker.Kind.values()) assertEquals(r.score(x, kind) - r.score(onlyMeaning, kind), off.score(x, kind), 1e-9);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> r.without(java.util.List.of("colour")));
  }

  @Test
  void newsAndReferenceTexts_areWeighedByTheirOwnModels() {
    double[] w = new double[Ranker.FEATURES.size()];
    double[] v = new double[Ranker.FEATURES.size()];
    w[0] = 1;
    v[0] = 3;
    Ranker both = Ranker.of(new Ranker(v, -1), new Ranker(w, 0));
    double[] x = new double[Ranker.FEATURES.size()];
    x[0] = 0.5;
    assertEquals(1.5, both.score(x, Ranker.Kind.NEWS), 1e-12);
    assertEquals(0.5, both.score(x, Ranker.Kind.REFERENCE), 1e-12);
    assertEquals(1 / (1 + Math.exp(-0.5)), both.probability(x, Ranker.Kind.NEWS), 1e-12);
    Properties p = both.toProperties();
    assertEquals("3.000000", p.getProperty("news.w.coverage"));
    assertEquals("1.000000", p.getProperty("reference.w.coverage"));
    dev.lede.index.Passage dated = new dev.lede.index.Passage("a", 0, "t", java.time.LocalDate.of(2023, 1, 5), null, null, "x");
    dev.lede.index.Passage undated = new dev.lede.index.Passage("b", 0, "t", null, null, null, "x");
    assertEquals(Ranker.Kind.NEWS, Ranker.Kind.of(dated));
    assertEquals(Ranker.Kind.REFERENCE, Ranker.Kind.of(undated));
  }

  @Test
  void theWordsOnlyModelGivesMeaningNoWeight() {
    double[] x = new double[Ranker.FEATURES.size()];
    x[Ranker.MEANING] = 1;
    for (Ranker.Kind kind : Ranker.Kind.values()) assertEquals(0, Ranker.standard().score(x, kind), 1e-12);
  }
}

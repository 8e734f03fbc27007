package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SpanModelTest {
  private static double[] only(int feature, double value) {
    double[] x = new double[SpanModel.FEATURES.size()];
    x[feature] = value;
    return x;
  }

  @Test
  void theTrainedModelFavoursMembersOfTheNamedCategory_andSpansOfTheAskedType() {
    SpanModel m = SpanModel.standard();
    for (Ranker.Kind kind : Ranker.Kind.values()) {
      double none = m.probability(only(SpanModel.TYPE, 0), kind);
      assertTrue(m.probability(only(SpanModel.MEMBER, 1), kind) > none, kind + ": member");
      assertTrue(m.probability(only(SpanModel.OTHER, 1), kind) < none, kind + ": not a member");
      assertTrue(m.probability(only(SpanModel.TYPE, Math.log(0.3)), kind) < none, kind + ": a type that fits less");
    }
  }

  @Test
  void probabilitiesLieBetweenZeroAndOne() {
    SpanModel m = new SpanModel(new double[SpanModel.FEATURES.size()], 0);
    assertEquals(0.5, m.probability(only(SpanModel.WORDS, 3), Ranker.Kind.REFERENCE), 1e-12);
    double p = SpanModel.standard().probability(only(SpanModel.MEMBER, 1), Ranker.Kind.NEWS);
    assertTrue(p > 0 && p < 1, String.valueOf(p));
  }

  @Test
  void theKindsKeepModelsOfTheirOwn_throughProperties() {
    double[] w = new double[SpanModel.FEATURES.size()];
    w[SpanModel.CAPITAL] = 2;
    SpanModel news = new SpanModel(w, -1);
    SpanModel reference = new SpanModel(new double[SpanModel.FEATURES.size()], 0.5);
    Properties p = SpanModel.of(news, reference).toProperties();
    assertEquals("2.000000", p.getProperty("news.w.capital"));
    assertEquals("0.000000", p.getProperty("reference.w.capital"));
    assertEquals("0.500000", p.getProperty("reference.bias"));
    assertEquals(SpanModel.FEATURES.size() * 2 + 2, p.size());
  }

  @Test
  void aFeatureSwitchedOffWeighsNothing_andAnUnknownOneIsRefused() {
    double[] w = new double[SpanModel.FEATURES.size()];
    w[SpanModel.FIRST] = 3;
    SpanModel off = new SpanModel(w, 0).without(List.of("first"));
    assertEquals(0.5, off.probability(only(SpanModel.FIRST, 1), Ranker.Kind.NEWS), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> off.without(List.of("colour")));
    assertThrows(IllegalArgumentException.class, () -> new SpanModel(new double[3], 0));
  }
}

package dev.lede.read;

import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * A learned model for each kind of text, news and reference, kept in one properties resource under
 * the kinds' key prefixes.
 */
record KindModels(LinearModel news, LinearModel reference) {
  /** One model for both kinds, checked against the number of features it weighs. */
  static KindModels both(double[] weights, double bias, List<String> features, String what) {
    if (weights.length != features.size()) {
      throw new IllegalArgumentException("a " + what + " needs " + features.size() + " weights, was given " + weights.length);
    }
    LinearModel m = new LinearModel(weights.clone(), bias);
    return new KindModels(m, m);
  }

  LinearModel of(Ranker.Kind kind) {
    return kind == Ranker.Kind.NEWS ? news : reference;
  }

  KindModels without(List<String> features, Collection<String> off, String what) {
    return new KindModels(news.without(features, off, what), reference.without(features, off, what));
  }

  Properties toProperties(List<String> features) {
    Properties p = new Properties();
    for (Ranker.Kind kind : Ranker.Kind.values()) of(kind).store(p, kind.prefix(), features);
    return p;
  }

  static KindModels read(Properties p, List<String> features, String resource) {
    return new KindModels(LinearModel.read(p, Ranker.Kind.NEWS.prefix(), features, resource),
        LinearModel.read(p, Ranker.Kind.REFERENCE.prefix(), features, resource));
  }
}

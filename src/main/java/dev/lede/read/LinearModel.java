package dev.lede.read;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Weights over named features and a bias: the shape of each learned model Lede keeps as a
 * properties resource, under a key prefix per kind of text ({@code news.w.span}, {@code news.bias}).
 */
record LinearModel(double[] weights, double bias) {
  double score(double[] x) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
    return z;
  }

  double probability(double[] x) {
    return 1.0 / (1.0 + Math.exp(-(bias + score(x))));
  }

  LinearModel without(List<String> features, java.util.Collection<String> off, String model) {
    double[] w = weights.clone();
    for (String f : off) {
      int i = features.indexOf(f);
      if (i < 0) throw new IllegalArgumentException("no " + model + " feature " + f + "; features: " + String.join(", ", features));
      w[i] = 0;
    }
    return new LinearModel(w, bias);
  }

  void store(Properties p, String prefix, List<String> features) {
    p.setProperty(prefix + "bias", format(bias));
    for (int i = 0; i < weights.length; i++) p.setProperty(prefix + "w." + features.get(i), format(weights[i]));
  }

  static LinearModel read(Properties p, String prefix, List<String> features, String resource) {
    double[] w = new double[features.size()];
    for (int i = 0; i < w.length; i++) {
      String key = prefix + "w." + features.get(i);
      String v = p.getProperty(key);
      if (v == null) throw new IllegalStateException(resource + " has no " + key);
      w[i] = Double.parseDouble(v);
    }
    return new LinearModel(w, Double.parseDouble(p.getProperty(prefix + "bias", "0")));
  }

  private static String format(double v) {
    if (v == 0) v = 0; // no "-0.000000"
    return String.format(Locale.ROOT, "%.6f", v);
  }
}

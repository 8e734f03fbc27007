package dev.lede.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Weighs a sentence's features into one score: a logistic model of "this sentence holds the
 * answer", trained on the development sets by {@code lede train-ranker} and kept as a small
 * resource, so that the weights are learned and the training can be repeated.
 */
public final class Ranker {
  /** The features, in the order of a feature vector. */
  public static final List<String> FEATURES = List.of(
      "coverage", "proximity", "passage", "previous", "recency", "pairs", "period", "span", "agreement", "meaning");
  static final int SPAN = 7;
  static final int AGREEMENT = 8;
  static final int MEANING = 9;
  /** Weights for reading by words alone, and for reading by words and meaning. */
  static final String RESOURCE = "/dev/lede/read/ranker.properties";
  static final String MEANING_RESOURCE = "/dev/lede/read/ranker-meaning.properties";

  // Hand-set before any training; kept as the fallback when the resource is missing.
  private static final double[] HAND = {0.55, 0.15, 0.50, 0.08, 0.07, 0.15, 0.30, 0.15, 0.04, 1.0};

  private static final Ranker DEFAULT = load(RESOURCE);
  private static final Ranker MEANING_DEFAULT = load(MEANING_RESOURCE);

  private final double[] weights;
  private final double bias;

  public Ranker(double[] weights, double bias) {
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("a ranker needs " + FEATURES.size() + " weights, was given " + weights.length);
    }
    this.weights = weights.clone();
    this.bias = bias;
  }

  /** The trained ranker for reading by words alone. */
  public static Ranker standard() {
    return DEFAULT;
  }

  /** The trained ranker for reading with sentence meaning as well. */
  public static Ranker withMeaning() {
    return MEANING_DEFAULT;
  }

  /** The same model with some features switched off (weight 0): for ablation. */
  public Ranker without(java.util.Collection<String> features) {
    double[] w = weights.clone();
    for (String f : features) {
      int i = FEATURES.indexOf(f);
      if (i < 0) throw new IllegalArgumentException("no ranker feature " + f + "; features: " + String.join(", ", FEATURES));
      w[i] = 0;
    }
    return new Ranker(w, bias);
  }

  /** The score from the features known before spans are looked for (all but span and agreement). */
  double base(double[] x) {
    double z = 0;
    for (int i = 0; i < SPAN; i++) z += weights[i] * x[i];
    return z;
  }

  double score(double[] x) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
    return z;
  }

  /** Estimated probability that the sentence holds the answer. */
  public double probability(double[] x) {
    return 1.0 / (1.0 + Math.exp(-(bias + score(x))));
  }

  /** The model as the properties a resource file holds. */
  public Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("bias", format(bias));
    for (int i = 0; i < weights.length; i++) p.setProperty("w." + FEATURES.get(i), format(weights[i]));
    return p;
  }

  private static String format(double v) {
    if (v == 0) v = 0; // no "-0.000000"
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static Ranker load(String resource) {
    try (InputStream in = Ranker.class.getResourceAsStream(resource)) {
      if (in == null) return new Ranker(HAND, -3.0);
      Properties p = new Properties();
      p.load(in);
      double[] w = new double[FEATURES.size()];
      for (int i = 0; i < w.length; i++) {
        String key = "w." + FEATURES.get(i);
        String v = p.getProperty(key);
        if (v == null) throw new IllegalStateException(resource + " has no " + key);
        w[i] = Double.parseDouble(v);
      }
      return new Ranker(w, Double.parseDouble(p.getProperty("bias", "0")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}

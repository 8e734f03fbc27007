package dev.lede.read;

import dev.lede.index.Passage;
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
 *
 * <p>News (dated articles) and reference texts (undated, like encyclopaedia paragraphs) are
 * weighed by models of their own: where the answer stands, and how sure a score makes it, differ
 * between the two. Each is calibrated on its own kind of questions.
 */
public final class Ranker {
  /** The features, in the order of a feature vector. */
  public static final List<String> FEATURES = List.of(
      "coverage", "proximity", "passage", "previous", "recency", "pairs", "period", "span", "agreement", "meaning",
      "lead", "title", "article", "headline", "related", "fresh");
  static final int COVERAGE = 0;
  static final int PROXIMITY = 1;
  static final int PAIRS = 5;
  static final int SPAN = 7;
  static final int AGREEMENT = 8;
  static final int MEANING = 9;
  static final int ARTICLE = 12;
  static final int RELATED = 14;
  /** Weights for reading by words alone, and for reading by words and meaning. */
  static final String RESOURCE = "/dev/lede/read/ranker.properties";
  static final String MEANING_RESOURCE = "/dev/lede/read/ranker-meaning.properties";

  /** The two kinds of text, which the resource keeps under these key prefixes. */
  public enum Kind {
    NEWS, REFERENCE;

    public static Kind of(Passage p) {
      return p.date() == null ? REFERENCE : NEWS;
    }

    String prefix() {
      return name().toLowerCase(Locale.ROOT) + ".";
    }
  }

  // Hand-set before any training; kept as the fallback when the resource is missing.
  private static final double[] HAND = {0.55, 0.15, 0.50, 0.08, 0.07, 0.15, 0.30, 0.15, 0.04, 1.0, 0.1, 0.2, 0.3, 0.0, 0.2, 0.0};

  private static final Ranker DEFAULT = load(RESOURCE);
  private static final Ranker MEANING_DEFAULT = load(MEANING_RESOURCE);

  private final KindModels models;

  /** One model for both kinds of text. */
  public Ranker(double[] weights, double bias) {
    this(KindModels.both(weights, bias, FEATURES, "ranker"));
  }

  private Ranker(KindModels models) {
    this.models = models;
  }

  /** {@code news}'s model for dated articles and {@code reference}'s for undated texts. */
  public static Ranker of(Ranker news, Ranker reference) {
    return new Ranker(new KindModels(news.models.news(), reference.models.reference()));
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
    return new Ranker(models.without(FEATURES, features, "ranker"));
  }

  private LinearModel model(Kind kind) {
    return models.of(kind);
  }

  /** The score from the features known before spans are looked for (all but span, agreement and meaning). */
  double base(double[] x, Kind kind) {
    double[] w = model(kind).weights();
    double z = 0;
    for (int i = 0; i < w.length; i++) if (i != SPAN && i != AGREEMENT && i != MEANING) z += w[i] * x[i];
    return z;
  }

  double score(double[] x, Kind kind) {
    return model(kind).score(x);
  }

  /**
   * Estimated probability that the sentence holds the answer. Scores of the two kinds are on one
   * scale only through this: compare sentences by it when they come from both.
   */
  public double probability(double[] x, Kind kind) {
    return model(kind).probability(x);
  }

  /** The model as the properties a resource file holds. */
  public Properties toProperties() {
    return models.toProperties(FEATURES);
  }

  private static Ranker load(String resource) {
    try (InputStream in = Ranker.class.getResourceAsStream(resource)) {
      if (in == null) return new Ranker(HAND, -3.0);
      Properties p = new Properties();
      p.load(in);
      return new Ranker(KindModels.read(p, FEATURES, resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}

package dev.lede.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Weighs the features of a candidate span into the probability that it is the short answer, given
 * that its sentence holds one: a logistic model trained on the development sets by {@code lede
 * train-spans} and kept as a small resource, like the sentence {@link Ranker}. News and reference
 * texts have models of their own: news questions mostly want names, encyclopaedic ones phrases.
 */
public final class SpanModel {
  /**
   * The features, in the order of a feature vector: the log of the type's fit, the share of the
   * span's words that are the question's, the log of its nearness to the question's words, whether
   * it takes the question word's place before, after, or after the kind the question names,
   * whether it is or is not one of a closed class the question names, whether it is a plain
   * phrase, the log of its length in words, whether its type is exactly the one asked, whether it
   * is capitalised, whether it opens the sentence, whether the kind the question names follows
   * it in apposition ("Tucker Carlson, the top-rated cable news host"), what kind of span it is
   * (a person, an organisation, a place, a number, a date; else a name or a phrase), the share
   * of the question's words in the sentence that stand around it, and whether WordNet says it is or
   * is not a kind of the noun the question asks for ("which animal": a bear is, a park is not).
   */
  public static final List<String> FEATURES = List.of(
      "type", "question", "nearness", "before", "after", "named", "member", "other", "phrase", "words", "exact",
      "capital", "first", "appositive", "person", "organization", "place", "number", "date", "around", "instance", "noninstance");
  static final int TYPE = 0, QUESTION = 1, NEARNESS = 2, BEFORE = 3, AFTER = 4, NAMED = 5, MEMBER = 6, OTHER = 7,
      PHRASE = 8, WORDS = 9, EXACT = 10, CAPITAL = 11, FIRST = 12, APPOSITIVE = 13, PERSON = 14, ORGANIZATION = 15,
      PLACE = 16, NUMBER = 17, DATE = 18, AROUND = 19, INSTANCE = 20, NONINSTANCE = 21;
  static final String RESOURCE = "/dev/lede/read/spans.properties";

  // The product of factors that chose spans before any training, in log form: the fallback when
  // the resource is missing.
  private static final double[] HAND = {1, -1.6, 1, 0.7, 0.7, 1.1, 0.7, -0.9, -0.8, -0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, -0.3};

  private static final SpanModel DEFAULT = load(RESOURCE);

  private final KindModels models;

  /** One model for both kinds of text. */
  public SpanModel(double[] weights, double bias) {
    this(KindModels.both(weights, bias, FEATURES, "span model"));
  }

  private SpanModel(KindModels models) {
    this.models = models;
  }

  /** {@code news}'s model for dated articles and {@code reference}'s for undated texts. */
  public static SpanModel of(SpanModel news, SpanModel reference) {
    return new SpanModel(new KindModels(news.models.news(), reference.models.reference()));
  }

  /** The trained model. */
  public static SpanModel standard() {
    return DEFAULT;
  }

  /** The same model with some features switched off (weight 0): for ablation. */
  public SpanModel without(java.util.Collection<String> features) {
    return new SpanModel(models.without(FEATURES, features, "span"));
  }

  /** The probability that a span with features {@code x} is the answer its sentence holds. */
  public double probability(double[] x, Ranker.Kind kind) {
    return models.of(kind).probability(x);
  }

  /** The model as the properties a resource file holds. */
  public Properties toProperties() {
    return models.toProperties(FEATURES);
  }

  private static SpanModel load(String resource) {
    try (InputStream in = SpanModel.class.getResourceAsStream(resource)) {
      if (in == null) return new SpanModel(HAND, 0);
      Properties p = new Properties();
      p.load(in);
      return new SpanModel(KindModels.read(p, FEATURES, resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}

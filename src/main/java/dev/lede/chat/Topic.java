package dev.lede.chat;

import dev.lede.index.NewsAnalyzer;
import dev.lede.retrieve.Terms;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Words a chat follows, as stored ({@code words}: lower case, single spaces, no stray punctuation)
 * and as matched ({@code terms}: the index analyzer's terms, so "Tariffs" follows "tariff").
 */
public record Topic(String words, List<String> terms) {
  /** Longer topics are refused: a topic is a few words, not a question. */
  public static final int MAX_CHARS = 100;
  public static final int MAX_WORDS = 8;
  private static final Analyzer ANALYZER = new NewsAnalyzer();

  public Topic {
    Objects.requireNonNull(words, "words");
    terms = List.copyOf(terms);
    if (terms.isEmpty()) throw new IllegalArgumentException("topic '" + words + "' has no words to match");
  }

  /**
   * The topic in what someone typed after /follow, or empty when nothing in it can be matched
   * (blank, only words such as "the", longer than {@value #MAX_CHARS} characters or
   * {@value #MAX_WORDS} words).
   */
  public static Optional<Topic> parse(String typed) {
    String words = normalise(typed);
    if (words.isEmpty() || words.length() > MAX_CHARS || words.split(" ").length > MAX_WORDS) return Optional.empty();
    List<String> terms = Terms.distinct(ANALYZER, words);
    return terms.isEmpty() ? Optional.empty() : Optional.of(new Topic(words, terms));
  }

  /** Lower case, compatibility forms folded, anything but letters, digits, ' and - made a space. */
  static String normalise(String typed) {
    if (typed == null) return "";
    String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().forEach(c -> out.appendCodePoint(
        Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' ? c : ' '));
    return out.toString().strip().replaceAll("\\s+", " ");
  }

  /** True when every term of the topic is among {@code articleTerms}. */
  public boolean matches(Set<String> articleTerms) {
    return articleTerms.containsAll(terms);
  }

  /** Same terms, whatever the order or form ("tariffs trump" and "Trump's tariffs"). */
  boolean sameAs(Topic other) {
    return Set.copyOf(terms).equals(Set.copyOf(other.terms));
  }
}

package dev.lede.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Answer normalization exactly as the official SQuAD v1.1 evaluation script does it: lower case,
 * remove ASCII punctuation ({@code string.punctuation}), remove the articles a/an/the, collapse
 * white space. Curly quotes and dashes are not ASCII punctuation and stay, as in the script.
 */
public final class Normalization {
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  // Python's \b and split() are Unicode-aware; Java's are not unless asked.
  private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private Normalization() {}

  public static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (ASCII_PUNCTUATION.indexOf(c) < 0) kept.append(c);
    }
    String noArticles = ARTICLES.matcher(kept).replaceAll(" ");
    return WHITE_SPACE.matcher(noArticles).replaceAll(" ").strip();
  }

  /** The normalized text split on white space, as the script's {@code normalize_answer(s).split()}. */
  public static List<String> tokens(String text) {
    String normalized = normalize(text);
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
  }
}

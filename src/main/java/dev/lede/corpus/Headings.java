package dev.lede.corpus;

import java.util.Locale;
import java.util.Set;

/**
 * Tells headings ("Quarter-Million New York Residents Received Deportation Orders") from sentences.
 * A heading is one short line of at least two words, without closing sentence or clause punctuation,
 * in which at least three quarters of the words (minor words like "of" or "the" aside) start with a
 * capital letter. Used to derive titles, and by the reader to avoid quoting a heading as an answer.
 */
public final class Headings {

  static final int MAX_CHARS = 120;
  static final int MAX_WORDS = 18;

  private static final Set<String> MINOR_WORDS = Set.of(
      "a", "an", "the", "and", "or", "nor", "but", "yet", "so", "for", "of", "in", "on", "at", "to", "by",
      "from", "with", "as", "vs", "via", "per", "into", "onto", "over", "off", "out", "up", "than", "is", "are");

  private Headings() {}

  public static boolean isHeading(String paragraph) {
    if (paragraph == null) return false;
    String line = paragraph.strip();
    if (line.isEmpty() || line.length() > MAX_CHARS || line.indexOf('\n') >= 0) return false;
    String end = stripClosers(line);
    if (end.isEmpty() || ".,;:…".indexOf(end.charAt(end.length() - 1)) >= 0) return false;

    String[] words = line.split("\\s+");
    if (words.length > MAX_WORDS) return false;
    int lettered = 0;
    int counted = 0;
    int capitalised = 0;
    for (int i = 0; i < words.length; i++) {
      String word = stripOpeners(words[i]);
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) continue; // numbers and symbols are neutral
      lettered++;
      if (Character.isUpperCase(word.codePointAt(0))) {
        counted++;
        capitalised++;
      } else if (i == 0 || !MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\P{L}+$", ""))) {
        counted++;
      }
    }
    return lettered >= 2 && counted > 0 && capitalised * 4 >= counted * 3;
  }

  /** Drops closing quotes and brackets, so {@code "Goal"} ends in a letter and {@code done."} in a period. */
  static String stripClosers(String s) {
    int end = s.length();
    while (end > 0 && "\"'”’»)]*_".indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(0, end);
  }

  private static String stripOpeners(String word) {
    int start = 0;
    while (start < word.length()) {
      int cp = word.codePointAt(start);
      if (Character.isLetterOrDigit(cp)) break;
      start += Character.charCount(cp);
    }
    return word.substring(start);
  }
}

package dev.lede.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives a title for an article that has none: its first heading, else its first sentence. */
final class Titles {

  /** Only headings near the top are titles; one further down names a section. */
  static final int HEADING_SEARCH = 5;
  static final int MAX_CHARS = 100;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\d])");
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "co", "corp", "ltd", "gov", "sen", "rep",
      "gen", "lt", "col", "sgt", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e");

  private Titles() {}

  static String derive(List<String> paragraphs) {
    for (int i = 0; i < Math.min(HEADING_SEARCH, paragraphs.size()); i++) {
      if (Headings.isHeading(paragraphs.get(i))) return paragraphs.get(i);
    }
    return paragraphs.isEmpty() ? "" : shorten(firstSentence(paragraphs.getFirst()));
  }

  /** A given title, tidied; blank means none. */
  static String given(String title) {
    return title == null ? "" : Paragraphs.clean(title).replace('\n', ' ').strip();
  }

  static String firstSentence(String paragraph) {
    Matcher m = SENTENCE_END.matcher(paragraph);
    while (m.find()) {
      if (!abbreviationBefore(paragraph, m.start())) return paragraph.substring(0, m.end()).strip();
    }
    return paragraph;
  }

  static String shorten(String sentence) {
    String s = sentence.endsWith(".") && !sentence.endsWith("..") ? sentence.substring(0, sentence.length() - 1) : sentence;
    if (s.length() <= MAX_CHARS) return s;
    int cut = s.lastIndexOf(' ', MAX_CHARS - 1);
    if (cut < MAX_CHARS / 2) cut = MAX_CHARS - 1;
    return s.substring(0, cut).replaceAll("[\\s,;:\\-–—]+$", "") + "…";
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int start = dot;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
    String word = text.substring(start, dot).replaceAll("^\\P{L}+", "").toLowerCase(Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word);
  }
}

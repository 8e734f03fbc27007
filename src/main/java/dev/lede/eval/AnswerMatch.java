package dev.lede.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a returned answer or sentence compares with the gold answers, after {@link Normalization}.
 * Each score takes the best-matching gold answer. "Contains" means the normalized gold answer
 * occurs as whole words: not preceded or followed by a letter or digit, so "3" is not found in
 * "2023" while "xvi" is found in "xvi’s".
 */
public final class AnswerMatch {
  private AnswerMatch() {}

  /** 1 when the normalized prediction equals a normalized gold answer. */
  public static boolean exact(String prediction, List<String> golds) {
    if (prediction == null) return false;
    String p = Normalization.normalize(prediction);
    for (String gold : golds) {
      if (p.equals(Normalization.normalize(gold))) return true;
    }
    return false;
  }

  /** Token-level F1 against the best gold answer, as {@code f1_score} of the SQuAD v1.1 script. */
  public static double f1(String prediction, List<String> golds) {
    if (prediction == null) return 0;
    List<String> predicted = Normalization.tokens(prediction);
    double best = 0;
    for (String gold : golds) best = Math.max(best, tokenF1(predicted, Normalization.tokens(gold)));
    return best;
  }

  private static double tokenF1(List<String> predicted, List<String> gold) {
    Map<String, Integer> goldCounts = new HashMap<>();
    for (String t : gold) goldCounts.merge(t, 1, Integer::sum);
    int same = 0;
    for (String t : predicted) {
      Integer left = goldCounts.get(t);
      if (left != null && left > 0) {
        same++;
        goldCounts.put(t, left - 1);
      }
    }
    if (same == 0) return 0;
    double precision = (double) same / predicted.size();
    double recall = (double) same / gold.size();
    return 2 * precision * recall / (precision + recall);
  }

  /** True when the text (a sentence or an answer) contains a normalized gold answer as whole words. */
  public static boolean contains(String text, List<String> golds) {
    if (text == null) return false;
    String t = Normalization.normalize(text);
    for (String gold : golds) {
      if (containsWords(t, Normalization.normalize(gold))) return true;
    }
    return false;
  }

  /**
   * The lenient answer-contains score: the prediction contains a gold answer, or is contained in
   * one and is at least half as long (in characters, after normalization).
   */
  public static boolean answerContains(String prediction, List<String> golds) {
    if (prediction == null) return false;
    String p = Normalization.normalize(prediction);
    if (p.isEmpty()) return false;
    for (String gold : golds) {
      String g = Normalization.normalize(gold);
      if (containsWords(p, g)) return true;
      if (containsWords(g, p) && 2 * p.length() >= g.length()) return true;
    }
    return false;
  }

  /** Whether {@code needle} occurs in {@code text} bounded by non-alphanumerics; an empty needle never does. */
  static boolean containsWords(String text, String needle) {
    if (needle.isEmpty()) return false;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      int end = at + needle.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (startsWord && endsWord) return true;
    }
    return false;
  }
}

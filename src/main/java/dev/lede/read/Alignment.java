package dev.lede.read;

import dev.lede.retrieve.Terms;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words that stand just before and just after the question word: an answer tends to take the
 * question word's place, so in "signed a contract with which team?" the answer follows
 * "contract", and in "which seed did the FDA add?" it stands near "FDA add".
 *
 * @param before terms of the few words just before the question word
 * @param after terms of the few words after the question phrase ("which seed", "how many")
 */
record Alignment(Set<String> before, Set<String> after) {
  static final Alignment NONE = new Alignment(Set.of(), Set.of());
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
  private static final Set<String> WH = Set.of("what", "which", "who", "whom", "whose", "where", "when", "why", "how");
  /** Question words followed by the noun or adverb that says what is asked: skipped with them. */
  private static final Set<String> WITH_HEAD = Set.of("what", "which", "whose", "how");
  private static final int WORDS = 3;

  static Alignment of(String question, Analyzer analyzer) {
    String focus = AnswerType.focus(question.toLowerCase(Locale.ROOT).strip());
    List<String> words = WORD.matcher(focus).results().map(m -> m.group()).toList();
    int wh = -1;
    for (int i = 0; i < words.size() && wh < 0; i++) if (WH.contains(words.get(i))) wh = i;
    if (wh < 0) return NONE;
    Set<String> before = new LinkedHashSet<>();
    for (int i = wh - 1; i >= 0 && before.size() < WORDS; i--) before.addAll(Terms.all(analyzer, words.get(i)));
    int from = wh + 1 + (WITH_HEAD.contains(words.get(wh)) ? 1 : 0);
    Set<String> after = new LinkedHashSet<>();
    for (int i = from; i < words.size() && after.size() < WORDS; i++) after.addAll(Terms.all(analyzer, words.get(i)));
    return new Alignment(before, after);
  }

  /**
   * 0, 1 or 2: whether a question term from before the question word stands just before the span
   * in the sentence, and one from after it just after the span.
   */
  int of(Span span, List<int[]> matchOffsets, List<String> matchTerms) {
    boolean left = false;
    boolean right = false;
    for (int i = 0; i < matchOffsets.size(); i++) {
      int[] m = matchOffsets.get(i);
      String t = matchTerms.get(i);
      if (m[1] <= span.start() && span.start() - m[1] <= NEAR && before.contains(t)) left = true;
      if (m[0] >= span.end() && m[0] - span.end() <= NEAR && after.contains(t)) right = true;
    }
    return (left ? 1 : 0) + (right ? 1 : 0);
  }

  /** Characters between a span and a term that still count as next to it: about three short words. */
  private static final int NEAR = 16;
}

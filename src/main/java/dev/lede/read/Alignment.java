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
 * <p>The kind the question names ("which social media app") often stands just before the answer
 * too, in apposition: "the Chinese-owned social media app TikTok".
 *
 * @param before terms of the few words just before the question word
 * @param after terms of the few words after the question phrase ("which seed", "how many")
 * @param kind terms of the words that name what "which" or "what" asks for
 * @param category the closed class that kind is, such as the US states, or null
 * @param noun the noun at the head of that kind ("brand" in "which candy brand"), when WordNet
 *     knows it, or null
 */
record Alignment(Set<String> before, Set<String> after, Set<String> kind, Category category, String noun) {
  static final Alignment NONE = new Alignment(Set.of(), Set.of(), Set.of(), null, null);
  /** Words that end the named kind: "which team did …", "what drug is …". */
  private static final Set<String> KIND_ENDS = Set.of("is", "are", "was", "were", "did", "does", "do", "has", "have", "had",
      "will", "would", "can", "could", "should", "may", "might", "to", "of", "in", "on", "for", "at", "by", "with", "that",
      "the", "a", "an", "this", "its", "his", "her", "their");
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
    if (wh < 0) return new Alignment(Set.of(), Set.of(), Set.of(), Category.of(question), null);
    Set<String> before = new LinkedHashSet<>();
    for (int i = wh - 1; i >= 0 && before.size() < WORDS; i--) before.addAll(Terms.all(analyzer, words.get(i)));
    int from = wh + 1 + (WITH_HEAD.contains(words.get(wh)) ? 1 : 0);
    Set<String> after = new LinkedHashSet<>();
    for (int i = from; i < words.size() && after.size() < WORDS; i++) after.addAll(Terms.all(analyzer, words.get(i)));
    Set<String> kind = new LinkedHashSet<>();
    if (words.get(wh).equals("which") || words.get(wh).equals("what")) {
      for (int i = wh + 1; i < words.size() && i <= wh + WORDS && !KIND_ENDS.contains(words.get(i)); i++) {
        kind.addAll(Terms.all(analyzer, words.get(i)));
      }
    }
    return new Alignment(before, after, kind, Category.of(question), noun(focus));
  }

  /** Words that say only that a kind follows: "what kind of dog", "which type of rock". */
  private static final Set<String> KIND_OF = Set.of("kind", "kinds", "type", "types", "sort", "sorts", "form", "forms");

  /**
   * The head noun of the kind that "which" or "what" asks for: the last noun of the run of nouns
   * and adjectives after it.
   */
  static String noun(String focus) {
    NounPhrases.Tagged t = NounPhrases.tag(focus);
    int n = t.tags().length;
    int i = 0;
    while (i < n && !(t.token(i).equals("which") || t.token(i).equals("what"))) i++;
    i++;
    if (i + 1 < n && KIND_OF.contains(t.token(i)) && t.token(i + 1).equals("of")) i += 2;
    String head = null;
    for (; i < n; i++) {
      String tag = t.tags()[i];
      if (tag.equals("NOUN")) head = t.token(i);
      else if (!tag.equals("ADJ") && !tag.equals("PROPN")) break;
    }
    return head != null && WordNet.isNoun(head) ? head : null;
  }

  /**
   * Where the span stands to the question's words in the sentence.
   *
   * @param before a term from before the question word stands just before the span
   * @param after a term from after the question phrase stands just after it
   * @param named the kind the question names stands right before it: "the drug Narcan" says what
   *     Narcan is, where the others only say where the answer stands
   * @param appositive the kind follows it after a comma: "Tucker Carlson, the top-rated cable news host"
   */
  record Place(boolean before, boolean after, boolean named, boolean appositive) {}

  Place of(Span span, String sentence, List<int[]> matchOffsets, List<String> matchTerms) {
    boolean left = false;
    boolean right = false;
    boolean named = false;
    boolean appositive = false;
    boolean comma = span.end() < sentence.length() && sentence.charAt(span.end()) == ',';
    for (int i = 0; i < Math.min(matchOffsets.size(), matchTerms.size()); i++) {
      int[] m = matchOffsets.get(i);
      String t = matchTerms.get(i);
      if (m[1] <= span.start() && span.start() - m[1] <= NEAR && before.contains(t)) left = true;
      if (m[1] <= span.start() && span.start() - m[1] <= APPOSED && kind.contains(t)) named = true;
      if (m[0] >= span.end() && m[0] - span.end() <= NEAR && after.contains(t)) right = true;
      if (comma && m[0] >= span.end() && m[0] - span.end() <= APPOSITIVE && kind.contains(t)) appositive = true;
    }
    return new Place(left, right, named, appositive);
  }

  /** Characters between a span and a term that still count as next to it: about three short words. */
  private static final int NEAR = 16;
  /** Apposition: "the drug Narcan", "the bakery chain Greggs"; a space or a quotation mark apart. */
  private static final int APPOSED = 3;
  /** ", the top-rated cable news host": a few words after the comma. */
  private static final int APPOSITIVE = 40;
}

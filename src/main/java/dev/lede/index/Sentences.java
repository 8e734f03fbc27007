package dev.lede.index;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into sentences with ICU's rules, which know that "Mr." rarely ends a
 * sentence (the JDK's BreakIterator does not). ICU's English exceptions miss titles such as
 * "Dr.", "St." or "Sen." and "U.S." before a name, so such breaks are joined again.
 */
public final class Sentences {
  private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() ->
      FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
          .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH)));

  /** Titles that stand before a name, so never end a sentence. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "rev", "mt", "ft", "sens", "reps",
      "v", "vs"); // and the "v." of court cases: "Marbury v. Madison"
  /** These also end sentences ("moved to the U.S.", "on Main St."): joined only when a name follows. */
  private static final Set<String> AMBIGUOUS = Set.of("u.s", "u.k", "u.n", "st");
  /** Words that start a new sentence after "U.S." rather than continue a name ("the U.S. Senate"). */
  private static final Set<String> STARTERS = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
      "but", "and", "so", "his", "her", "their", "its", "in", "on", "at", "after", "before", "when", "if", "as");
  private static final Pattern LAST_WORD = Pattern.compile("(?:^|\\s)\\(?([\\p{L}.]+)\\.$");
  private static final Pattern FIRST_WORD = Pattern.compile("^[\"“‘(]?(\\p{L}[\\p{L}'’-]*)");

  private Sentences() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    BreakIterator it = ITERATOR.get();
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String sentence = text.substring(start, end).strip();
      if (sentence.isEmpty()) continue;
      if (!out.isEmpty() && continues(out.get(out.size() - 1), sentence)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + sentence);
      } else {
        for (String part : GLUED.split(sentence)) if (!part.isBlank()) out.add(part.strip());
      }
    }
    return out;
  }

  /**
   * Where two sentences lost the space between them ("the stories.Political geographers",
   * "Who is he?Teixeira is"), which ICU reads as one: a word's end, a full stop, a capitalised word.
   */
  private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"”’)]?)(?=\\p{Lu}\\p{Ll}{2})");

  /** True when the break between {@code before} and {@code after} fell after a title or "U.S." in a name. */
  private static boolean continues(String before, String after) {
    Matcher last = LAST_WORD.matcher(before);
    Matcher first = FIRST_WORD.matcher(after);
    if (!last.find() || !first.find() || !Character.isUpperCase(first.group(1).charAt(0))) return false;
    String word = last.group(1).toLowerCase(Locale.ROOT);
    if (TITLES.contains(word)) return true;
    if (isInitial(before, last.group(1), after)) return true;
    return AMBIGUOUS.contains(word) && !STARTERS.contains(first.group(1).toLowerCase(Locale.ROOT));
  }

  private static final Pattern NAME_BEFORE_INITIAL = Pattern.compile("(?:^|\\s)(?:\\p{Lu}[\\p{L}'’-]*|\\p{Lu}\\.)\\s+\\p{Lu}\\.$");

  private static final Pattern INITIAL_AFTER = Pattern.compile("^\\p{Lu}\\.(?:\\s|$)");

  /** A middle initial after a name ("Nicholas E. Golovin"), or one of several ("E. W. Scripps"), not the end of a sentence. */
  private static boolean isInitial(String before, String lastWord, String after) {
    if (lastWord.length() != 1 || !Character.isUpperCase(lastWord.charAt(0))) return false;
    return NAME_BEFORE_INITIAL.matcher(before).find() || INITIAL_AFTER.matcher(after).find();
  }

  /** The sentences of a passage, paragraph by paragraph: the order its sentence vectors are kept in. */
  public static List<String> ofPassage(String passage) {
    List<String> out = new ArrayList<>();
    for (String paragraph : passage.split("\n\n")) out.addAll(split(paragraph));
    return out;
  }
}

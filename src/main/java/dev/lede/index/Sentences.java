package dev.lede.index;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits English text into sentences with ICU's rules, which know that "Mr." or "U.S." rarely
 * end a sentence (the JDK's BreakIterator does not).
 */
public final class Sentences {
  private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(() ->
      FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
          .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH)));

  private Sentences() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    BreakIterator it = ITERATOR.get();
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) out.add(sentence);
    }
    return out;
  }
}

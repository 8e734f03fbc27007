package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "WASHINGTON — President Joe Biden's dog Commander is in the dog house."   | President
      "SCOTTSDALE, Ariz. — The Los Angeles Angels have hired Ron Washington."   | The
      "NASHVILLE, Tenn. – Tennessee Rep. Justin Jones will reclaim his seat."   | Tennessee
      "NEW YORK (AP) — Stocks fell on Monday."                                  | Stocks
      "HONG KONG – Walt Disney Co. has removed an episode."                     | Walt
      "WASHINGTON − California Gov. Gavin Newsom said he will appoint Laphonza Butler." | California
      """)
  void theStoryStartsAfterTheDateline(String sentence, String firstWord) {
    assertEquals(firstWord, sentence.substring(Dateline.end(sentence)).split(" ")[0]);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "The harbor was closed on Monday – and may stay closed."
      "Tennessee Rep. Justin Jones – a Democrat – will reclaim his seat."
      "A – the first option – was chosen."
      "NASA halts Psyche mission to unexplored metal world"
      """)
  void sentencesWithoutADatelineAreReadWhole(String sentence) {
    assertEquals(0, Dateline.end(sentence));
  }

  @org.junit.jupiter.api.Test
  void noAnswerIsTakenFromTheDateline() {
    Spans.Choice c = Spans.best("WASHINGTON — The Senate passed the bill after a long debate.", AnswerType.PLACE,
        java.util.List.of("senate", "bill"), java.util.List.of(), new dev.lede.index.NewsAnalyzer());
    org.junit.jupiter.api.Assertions.assertTrue(c == null || !c.span().text().contains("WASHINGTON"), String.valueOf(c));
    // Offsets without the terms they matched: the alignment features are 0, not an error.
    Spans.Choice withOffsets = Spans.best("WASHINGTON — The Senate passed the bill after a long debate.", AnswerType.PLACE,
        java.util.List.of("senate", "bill"), java.util.List.of(new int[] {17, 23}, new int[] {31, 35}), new dev.lede.index.NewsAnalyzer());
    org.junit.jupiter.api.Assertions.assertTrue(withOffsets == null || !withOffsets.span().text().contains("WASHINGTON"), String.valueOf(withOffsets));
  }
}

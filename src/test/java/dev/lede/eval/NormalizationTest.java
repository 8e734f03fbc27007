package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationTest {

  @Test
  void normalize_lowerCases() {
    assertEquals("denver broncos", Normalization.normalize("Denver BRONCOS"));
  }

  @Test
  void normalize_removesAsciiPunctuationWithoutLeavingSpace() {
    assertEquals("usled coalition", Normalization.normalize("U.S.-led, \"coalition\"!"));
  }

  @Test
  void normalize_keepsNonAsciiPunctuationAsTheScriptDoes() {
    assertEquals("ukraine’s 24–10 win", Normalization.normalize("Ukraine’s 24–10 win"));
  }

  @Test
  void normalize_removesArticlesAsWholeWordsOnly() {
    assertEquals("theory of anthem", Normalization.normalize("The Theory of an Anthem"));
  }

  @Test
  void normalize_removesPunctuationBeforeArticles() {
    // "(a)" loses its brackets first and then is an article; "a.m." becomes the word "am".
    assertEquals("at 9 am", Normalization.normalize("at (a) 9 a.m."));
  }

  @Test
  void normalize_collapsesWhiteSpaceIncludingUnicodeSpaces() {
    assertEquals("super bowl 50", Normalization.normalize("  Super \t Bowl\u00a0\n50 "));
  }

  @Test
  void normalize_ofOnlyArticlesIsEmpty() {
    assertEquals("", Normalization.normalize("The a an"));
  }

  @Test
  void tokens_splitOnWhiteSpaceAfterNormalizing() {
    assertEquals(List.of("carolina", "panthers"), Normalization.tokens("The Carolina Panthers."));
  }

  @Test
  void tokens_ofEmptyTextIsEmptyList() {
    assertEquals(List.of(), Normalization.tokens(" the "));
  }
}

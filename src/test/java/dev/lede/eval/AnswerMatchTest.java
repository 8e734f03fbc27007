package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerMatchTest {

  @Test
  void exact_ignoresCaseArticlesAndPunctuation() {
    assertTrue(AnswerMatch.exact("the Denver Broncos.", List.of("Denver Broncos")));
  }

  @Test
  void exact_failsOnAnExtraWord() {
    assertFalse(AnswerMatch.exact("Denver Broncos won", List.of("Denver Broncos")));
  }

  @Test
  void exact_ofDeclinedAnswerIsFalse() {
    assertFalse(AnswerMatch.exact(null, List.of("Denver Broncos")));
  }

  @Test
  void f1_isOneForAnExactMatch() {
    assertEquals(1.0, AnswerMatch.f1("The Denver Broncos", List.of("Denver Broncos")), 1e-12);
  }

  @Test
  void f1_ofPartialOverlap() {
    // same 1; precision 1/3, recall 1/1: 2 * (1/3) * 1 / (4/3) = 0.5
    assertEquals(0.5, AnswerMatch.f1("Denver Broncos won", List.of("Broncos")), 1e-12);
  }

  @Test
  void f1_countsRepeatedTokensOnlyAsOftenAsTheGoldHasThem() {
    // same = min(2, 1) "new" + 1 "york" = 2; precision 2/3, recall 2/2: 2 * (2/3) / (5/3) = 0.8
    assertEquals(0.8, AnswerMatch.f1("new new york", List.of("New York")), 1e-12);
  }

  @Test
  void f1_takesTheBestMatchingGoldAnswer() {
    // against "Panthers": 2 * (1/2) * 1 / 1.5 = 2/3; against "Carolina Panthers and fans": 2 * 1 * (2/4) / 1.5 = 2/3;
    // against "Carolina Panthers": 1
    List<String> golds = List.of("Panthers", "Carolina Panthers and fans", "the Carolina Panthers");
    assertEquals(1.0, AnswerMatch.f1("Carolina Panthers", golds), 1e-12);
  }

  @Test
  void f1_isZeroWithoutCommonTokens() {
    assertEquals(0.0, AnswerMatch.f1("Santa Clara", List.of("Levi's Stadium")), 1e-12);
  }

  @Test
  void f1_ofDeclinedAnswerIsZero() {
    assertEquals(0.0, AnswerMatch.f1(null, List.of("Broncos")), 1e-12);
  }

  @Test
  void contains_findsNormalizedGoldInSentence() {
    String sentence = "The game was played on February 7, 2016, at Levi's Stadium.";
    assertTrue(AnswerMatch.contains(sentence, List.of("LEVI'S STADIUM")));
  }

  @Test
  void contains_isTrueWhenAnyGoldAnswerIsFound() {
    assertTrue(AnswerMatch.contains("It was held at Levi's Stadium.", List.of("Santa Clara", "Levi's Stadium")));
  }

  @Test
  void contains_ofDeclinedSentenceIsFalse() {
    assertFalse(AnswerMatch.contains(null, List.of("Santa Clara")));
  }

  @Test
  void contains_needsWholeWords() {
    assertFalse(AnswerMatch.contains("Prices rose in 2023.", List.of("3")));
    assertTrue(AnswerMatch.contains("Prices rose in 2023.", List.of("2023")));
  }

  @Test
  void contains_acceptsAWordFollowedByNonAsciiApostrophe() {
    assertTrue(AnswerMatch.contains("Pope Benedict XVI’s funeral was held.", List.of("Pope Benedict XVI")));
  }

  @Test
  void contains_neverMatchesAGoldThatNormalizesToNothing() {
    assertFalse(AnswerMatch.contains("The game was played.", List.of("The")));
  }

  @Test
  void answerContains_acceptsAnAnswerContainingTheGold() {
    assertTrue(AnswerMatch.answerContains("Kevin McCarthy of California", List.of("Kevin McCarthy")));
  }

  @Test
  void answerContains_acceptsAPartOfTheGoldAtLeastHalfAsLong() {
    // "mccarthy" is 8 characters, "kevin mccarthy" 14: 8 >= 7
    assertTrue(AnswerMatch.answerContains("McCarthy", List.of("Kevin McCarthy")));
  }

  @Test
  void answerContains_acceptsExactlyHalfTheLength() {
    // "york" is 4 characters, "new york" 8
    assertTrue(AnswerMatch.answerContains("York", List.of("New York")));
  }

  @Test
  void answerContains_rejectsAPartShorterThanHalf() {
    // "benedict" is 8 characters, "pope benedict xvi" 17: 8 < 8.5
    assertFalse(AnswerMatch.answerContains("Benedict", List.of("Pope Benedict XVI")));
  }

  @Test
  void answerContains_rejectsAPartThatIsNotWholeWords() {
    assertFalse(AnswerMatch.answerContains("ork", List.of("York")));
  }

  @Test
  void answerContains_rejectsADeclinedOrEmptyAnswer() {
    assertFalse(AnswerMatch.answerContains(null, List.of("York")));
    assertFalse(AnswerMatch.answerContains("the", List.of("the York")));
  }
}

package dev.lede.eval;

import static dev.lede.eval.Fixtures.answerable;
import static dev.lede.eval.Fixtures.answered;
import static dev.lede.eval.Fixtures.declined;
import static dev.lede.eval.Fixtures.toDecline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradeTest {

  @Test
  void goldRank_countsDistinctDocumentsOnly() {
    // d1 is retrieved three times (three passages of one article): d6 is the 6th distinct document, not the 8th.
    Grade g = Grade.of(answerable("q", List.of("x"), "d6"), answered("x", "x", "d1", "d1", "d2", "d1", "d3", "d4", "d5", "d6"));
    assertEquals(6, g.goldRank());
    assertFalse(g.retrievedWithin(5));
    assertTrue(g.retrievedWithin(20));
  }

  @Test
  void goldRank_isTheFirstOfSeveralGoldDocuments() {
    Grade g = Grade.of(answerable("q", List.of("x"), "d9", "d3"), answered("x", "x", "d1", "d3", "d9"));
    assertEquals(2, g.goldRank());
    assertFalse(g.retrievedWithin(1));
    assertTrue(g.retrievedWithin(5));
  }

  @Test
  void goldRank_isZeroWhenNoGoldDocumentWasRetrieved() {
    Grade g = Grade.of(answerable("q", List.of("x"), "d9"), answered("x", "x", "d1", "d2"));
    assertEquals(0, g.goldRank());
    assertFalse(g.retrievedWithin(20));
  }

  @Test
  void goldRank_countsEvenWhenTheAnswerWasDeclined() {
    Grade g = Grade.of(answerable("q", List.of("x"), "d2"), declined("d1", "d2"));
    assertEquals(2, g.goldRank());
  }

  @Test
  void scores_ofAnAnsweredQuestion() {
    Grade g = Grade.of(answerable("q", List.of("Denver Broncos"), "d1"),
        answered("the Broncos", "The Denver Broncos won Super Bowl 50.", "d1"));
    assertTrue(g.sentenceHit());
    assertFalse(g.exact());
    assertEquals(2.0 / 3, g.f1(), 1e-12); // precision 1/1, recall 1/2
    assertTrue(g.contains()); // "broncos" (7) inside "denver broncos" (14): 14 >= 14
    assertTrue(g.right());
  }

  @Test
  void scores_ofADeclinedAnswerableQuestionAreZero() {
    Grade g = Grade.of(answerable("q", List.of("Denver Broncos"), "d1"), declined("d1"));
    assertFalse(g.sentenceHit());
    assertFalse(g.exact());
    assertEquals(0.0, g.f1());
    assertFalse(g.contains());
    assertFalse(g.right());
  }

  @Test
  void right_forAQuestionToDeclineMeansDeclined() {
    assertTrue(Grade.of(toDecline("q"), declined()).right());
    assertFalse(Grade.of(toDecline("q"), answered("Paris", "Paris is nice.", "d1")).right());
  }
}

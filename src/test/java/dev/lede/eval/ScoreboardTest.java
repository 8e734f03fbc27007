package dev.lede.eval;

import static dev.lede.eval.Fixtures.answerable;
import static dev.lede.eval.Fixtures.answered;
import static dev.lede.eval.Fixtures.declined;
import static dev.lede.eval.Fixtures.toDecline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.eval.Report.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

  private static Report report(Grade... grades) {
    Scoreboard board = new Scoreboard(0);
    for (Grade g : grades) board.add(g);
    return board.report();
  }

  @Test
  void recallAtK_overSeveralQuestionsAndDocuments() {
    List<String> x = List.of("x");
    Report r = report(
        Grade.of(answerable("first", x, "g1"), answered("x", "x", "g1", "a", "b")),
        Grade.of(answerable("third", x, "g2"), answered("x", "x", "a", "b", "a", "g2")),
        Grade.of(answerable("twelfth", x, "g3"), answered("x", "x", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "g3")),
        Grade.of(answerable("missing", x, "g4"), answered("x", "x", "a", "b")));
    assertEquals(new Share(1, 4), r.recallAt1());
    assertEquals(new Share(2, 4), r.recallAt5());
    assertEquals(new Share(3, 4), r.recallAt20());
    assertEquals(0.75, r.recallAt20().fraction());
  }

  @Test
  void recall_leavesOutQuestionsToDeclineAndQuestionsWithoutGoldDocuments() {
    Report r = report(
        Grade.of(answerable("a", List.of("x"), "g1"), answered("x", "x", "g1")),
        Grade.of(answerable("b", List.of("x")), answered("x", "x", "g1")),
        Grade.of(toDecline("c"), declined("g1")));
    assertEquals(new Share(1, 1), r.recallAt1());
  }

  @Test
  void declining_isCountedOnBothSides() {
    List<String> x = List.of("x");
    Report r = report(
        Grade.of(toDecline("d1"), declined()),
        Grade.of(toDecline("d2"), answered("x", "x", "g")),
        Grade.of(answerable("a1", x, "g"), declined("g")),
        Grade.of(answerable("a2", x, "g"), answered("x", "x", "g")),
        Grade.of(answerable("a3", x, "g"), answered("y", "y", "g")));
    assertEquals(new Share(1, 2), r.abstainCorrect());
    assertEquals(new Share(1, 3), r.abstainWrong());
    assertEquals(5, r.questions());
  }

  @Test
  void answerScores_countDeclinedAnswerableQuestionsAsMisses() {
    List<String> broncos = List.of("Denver Broncos");
    Report r = report(
        Grade.of(answerable("a", broncos, "g"), answered("Denver Broncos", "The Denver Broncos won.", "g")),
        Grade.of(answerable("b", broncos, "g"), answered("Broncos won", "They won.", "g")),
        Grade.of(answerable("c", broncos, "g"), declined("g")),
        Grade.of(toDecline("d"), declined()));
    assertEquals(new Share(1, 3), r.exactMatch());
    assertEquals(new Share(1, 3), r.sentenceAccuracy());
    // F1: 1 + (same 1, precision 1/2, recall 1/2 -> 1/2) + 0, over 3
    assertEquals(0.5, r.f1().value(), 1e-12);
    // "broncos won" neither contains "denver broncos" nor is inside it
    assertEquals(new Share(1, 3), r.answerContains());
  }

  @Test
  void metrics_withoutQuestionsToMeasureAreNull() {
    Report r = report(Grade.of(answerable("a", List.of("x"), "g"), answered("x", "x", "g")));
    assertNull(r.abstainCorrect().fraction());
    assertEquals(0.0, r.abstainWrong().fraction());
    Report empty = report();
    assertNull(empty.recallAt1().fraction());
    assertNull(empty.f1().value());
    assertNull(empty.latency().p50());
  }
}

package dev.lede.eval;

import static dev.lede.eval.Fixtures.answerable;
import static dev.lede.eval.Fixtures.answered;
import static dev.lede.eval.Fixtures.declined;
import static dev.lede.eval.Fixtures.toDecline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorLogTest {
  private static final List<String> BRONCOS = List.of("Denver Broncos");

  @TempDir Path dir;

  private static String failure(EvalQuestion q, dev.lede.answer.Answerer.Trace t) {
    return ErrorLog.failure(Grade.of(q, t), null);
  }

  @Test
  void failure_ofAnExactAnswerIsNone() {
    assertNull(failure(answerable("a", BRONCOS, "g"), answered("Denver Broncos", "Denver Broncos won.", "g")));
  }

  @Test
  void failure_ofALenientButInexactAnswerIsInexact() {
    assertEquals("inexact", failure(answerable("a", BRONCOS, "g"), answered("the Denver Broncos team", "s", "g")));
  }

  @Test
  void failure_ofAWrongAnswerIsWrong() {
    assertEquals("wrong", failure(answerable("a", BRONCOS, "g"), answered("Carolina Panthers", "s", "g")));
  }

  @Test
  void failure_ofADeclinedAnswerableQuestionIsDeclined() {
    assertEquals("declined", failure(answerable("a", BRONCOS, "g"), declined("g")));
  }

  @Test
  void failure_onAQuestionToDeclineIsNotDeclining() {
    assertEquals("not declined", failure(toDecline("d"), answered("Paris", "s", "g")));
    assertNull(failure(toDecline("d"), declined()));
  }

  @Test
  void failure_ofAPipelineErrorIsError() {
    assertEquals("error", ErrorLog.failure(Grade.of(toDecline("d"), declined()), "java.lang.IllegalStateException"));
  }

  @Test
  void errorLog_createsMissingFolders() throws Exception {
    Path file = dir.resolve("new/folder/errors.jsonl");
    try (ErrorLog log = new ErrorLog(file)) {
      log.record(Grade.of(answerable("a", BRONCOS, "g"), declined("g")), null);
    }
    assertEquals(1, Files.readAllLines(file).size());
  }

  @Test
  void errorLog_thatCannotBeWrittenNamesTheFile() throws Exception {
    Path blocker = Files.writeString(dir.resolve("a-file"), "x");
    IOException e = assertThrows(IOException.class, () -> new ErrorLog(blocker.resolve("errors.jsonl")));
    assertTrue(e.getMessage().startsWith("cannot write the error file " + blocker.resolve("errors.jsonl")), e.getMessage());
  }
}

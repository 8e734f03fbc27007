package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFileTest {
  @TempDir Path dir;

  private QuestionFile read(String... lines) throws Exception {
    Path file = dir.resolve("questions.jsonl");
    Files.write(file, List.of(lines));
    return QuestionFile.read(file);
  }

  @Test
  void read_takesEveryField() throws Exception {
    QuestionFile f = read("{\"id\": \"20230106_1\", \"question\": \"Which pope?\", \"asked_on\": \"2023-01-05\", "
        + "\"answers\": [\"Benedict XVI\"], \"answer_doc_ids\": [\"n-1\", \"n-2\"]}");
    EvalQuestion q = f.questions().get(0);
    assertEquals("20230106_1", q.id());
    assertEquals("Which pope?", q.text());
    assertEquals(LocalDate.of(2023, 1, 5), q.asOf());
    assertEquals(List.of("Benedict XVI"), q.answers());
    assertEquals(Set.of("n-1", "n-2"), q.goldDocIds());
    assertTrue(q.answerable());
    assertEquals(List.of(), f.problems());
  }

  @Test
  void read_marksAbstainQuestionsAsOnesToDecline() throws Exception {
    QuestionFile f = read("{\"id\": \"x\", \"question\": \"Who won?\", \"asked_on\": \"2023-02-01\", \"abstain\": true}");
    assertTrue(f.questions().get(0).mustDecline());
  }

  @Test
  void read_skipsABadDateNamingTheLine() throws Exception {
    QuestionFile f = read(
        "{\"id\": \"a\", \"question\": \"Who?\", \"asked_on\": \"2023-01-05\", \"answers\": [\"Me\"]}",
        "{\"id\": \"b\", \"question\": \"Who?\", \"asked_on\": \"5 Jan\", \"answers\": [\"Me\"]}");
    assertEquals(1, f.questions().size());
    assertEquals(dir.resolve("questions.jsonl") + " line 2: \"asked_on\" must be a date YYYY-MM-DD, was '5 Jan'; skipped",
        f.problems().get(0));
  }

  @Test
  void read_skipsAQuestionWithoutAnswersThatIsNotToDecline() throws Exception {
    QuestionFile f = read("{\"id\": \"a\", \"question\": \"Who?\", \"asked_on\": \"2023-01-05\", \"answers\": []}");
    assertEquals(List.of(), f.questions());
    assertTrue(f.problems().get(0).endsWith("line 1: \"answers\" is empty and the question is not marked \"abstain\": true; skipped"));
  }

  @Test
  void read_skipsALineThatIsNotJson() throws Exception {
    QuestionFile f = read("{\"id\": \"a\", \"question\": ", "",
        "{\"id\": \"b\", \"question\": \"Who?\", \"asked_on\": \"2023-01-05\", \"answers\": [\"Me\"]}");
    assertEquals(1, f.questions().size());
    assertEquals(1, f.problems().size());
    assertTrue(f.problems().get(0).contains("line 1: not a JSON object"), f.problems().get(0));
  }
}

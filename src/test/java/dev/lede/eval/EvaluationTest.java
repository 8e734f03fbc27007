package dev.lede.eval;

import static dev.lede.eval.Fixtures.answerable;
import static dev.lede.eval.Fixtures.answered;
import static dev.lede.eval.Fixtures.declined;
import static dev.lede.eval.Fixtures.toDecline;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.answer.Answerer;
import dev.lede.answer.Question;
import dev.lede.eval.Report.Share;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<EvalQuestion> questions = List.of(
      answerable("right", List.of("Ada Brook"), "d1"),
      answerable("wrong", List.of("red"), "d2"),
      answerable("declined", List.of("blue"), "d3"),
      toDecline("answered anyway"),
      answerable("throws", List.of("x"), "d4"));

  private final Map<String, Answerer.Trace> traces = Map.of(
      "question right", answered("Ada Brook", "The mayor is Ada Brook.", "d1"),
      "question wrong", answered("green", "The bridge is green.", "d9", "d2"),
      "question declined", declined("d3"),
      "question answered anyway", answered("Paris", "Paris is nice.", "d5"));

  private final List<Question> asked = new ArrayList<>();

  private Answerer.Trace trace(Question q) {
    asked.add(q);
    Answerer.Trace t = traces.get(q.text());
    if (t == null) throw new IllegalStateException("index is closed");
    return t;
  }

  @Test
  void run_asksEveryQuestionAsOfItsDay() {
    new Evaluation(this::trace, 0, null, null).run(questions);
    assertEquals(5, asked.size());
    assertEquals(Fixtures.DAY, asked.get(0).asOf());
  }

  @Test
  void run_scoresEveryQuestionAndCountsAFailureAsDeclined() {
    Report r = new Evaluation(this::trace, 0, null, null).run(questions);
    assertEquals(5, r.questions());
    assertEquals(new Share(1, 4), r.exactMatch());
    // gold first for "right" and "declined", second for "wrong", never for "throws"
    assertEquals(new Share(2, 4), r.recallAt1());
    assertEquals(new Share(3, 4), r.recallAt5());
    assertEquals(new Share(2, 4), r.abstainWrong());
    assertEquals(new Share(0, 1), r.abstainCorrect());
    assertEquals(1, r.failures());
  }

  @Test
  void run_leavesWarmUpQuestionsAndFailuresOutOfLatency() {
    Report r = new Evaluation(this::trace, 2, null, null).run(questions);
    // 5 questions, 2 warm-up, 1 failure
    assertEquals(2, r.latency().samples());
    assertEquals(2, r.warmup());
  }

  @Test
  void run_writesEachFailedQuestionWithWhatLedeAnswered() throws Exception {
    Path file = dir.resolve("errors.jsonl");
    try (ErrorLog errors = new ErrorLog(file)) {
      new Evaluation(this::trace, 0, errors, null).run(questions);
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) lines.add(JSON.readTree(line));
    assertEquals(List.of("wrong", "declined", "answered anyway", "throws"), lines.stream().map(l -> l.get("id").asText()).toList());
    assertEquals(List.of("wrong", "declined", "not declined", "error"),
        lines.stream().map(l -> l.get("failure").asText()).toList());
    JsonNode wrong = lines.get(0);
    assertEquals("green", wrong.get("answer").asText());
    assertEquals("The bridge is green.", wrong.get("sentence").asText());
    assertEquals("d9", wrong.get("source").asText());
    assertEquals("red", wrong.get("gold_answers").get(0).asText());
    assertEquals(2, wrong.get("gold_rank").asInt());
    assertEquals("java.lang.IllegalStateException: index is closed", lines.get(3).get("error").asText());
  }

  @Test
  void defaultWarmup_isFivePercentAtMostFifty() {
    assertEquals(0, Evaluation.defaultWarmup(19));
    assertEquals(27, Evaluation.defaultWarmup(558));
    assertEquals(50, Evaluation.defaultWarmup(5_397));
  }
}

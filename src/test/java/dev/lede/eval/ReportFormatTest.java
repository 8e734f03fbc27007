package dev.lede.eval;

import static dev.lede.eval.Fixtures.answerable;
import static dev.lede.eval.Fixtures.answered;
import static dev.lede.eval.Fixtures.declined;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Report twoQuestions() {
    Scoreboard board = new Scoreboard(0);
    board.add(Grade.of(answerable("a", List.of("Denver Broncos"), "g"), answered("Denver Broncos", "Denver Broncos won.", "g")));
    board.add(Grade.of(answerable("b", List.of("Carolina"), "h"), declined("g", "h")));
    board.addLatency(4_000_000);
    board.addLatency(2_500_000);
    return board.report();
  }

  @Test
  void json_hasTheIssuesKeysInOrder_thenTheCalibration() throws Exception {
    JsonNode o = JSON.readTree(ReportFormat.json(twoQuestions()));
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("questions", "recall_at_1", "recall_at_5", "recall_at_20", "sentence_accuracy", "exact_match",
        "f1", "answer_contains", "abstain_correct", "abstain_wrong", "latency_ms", "calibration"), keys);
    List<String> latencyKeys = new ArrayList<>();
    o.get("latency_ms").fieldNames().forEachRemaining(latencyKeys::add);
    assertEquals(List.of("p50", "p95", "p99"), latencyKeys);
    // One answered question, at the confidence the fixture gives it; the declined one is not calibrated.
    assertEquals(1, o.get("calibration").get("bins").size());
    assertEquals(1, o.get("calibration").get("bins").get(0).get("questions").asInt());
    assertEquals(1.0, o.get("calibration").get("bins").get(0).get("sentence_right").asDouble());
  }

  @Test
  void json_givesFractionsAndMilliseconds() throws Exception {
    JsonNode o = JSON.readTree(ReportFormat.json(twoQuestions()));
    assertEquals(2, o.get("questions").asInt());
    assertEquals(0.5, o.get("recall_at_1").asDouble());
    assertEquals(1.0, o.get("recall_at_5").asDouble());
    assertEquals(0.5, o.get("exact_match").asDouble());
    assertEquals(0.5, o.get("abstain_wrong").asDouble());
    assertEquals(2.5, o.get("latency_ms").get("p50").asDouble());
    assertEquals(4.0, o.get("latency_ms").get("p99").asDouble());
  }

  @Test
  void json_givesNullForAMetricWithNothingToMeasure() throws Exception {
    JsonNode o = JSON.readTree(ReportFormat.json(twoQuestions()));
    assertTrue(o.get("abstain_correct").isNull());
    JsonNode empty = JSON.readTree(ReportFormat.json(new Scoreboard(0).report()));
    assertTrue(empty.get("f1").isNull());
    assertTrue(empty.get("latency_ms").get("p95").isNull());
  }

  @Test
  void table_showsFiguresWithTheirCounts() {
    String table = ReportFormat.table(twoQuestions());
    assertTrue(table.contains("recall@1                50.0%  1 of 2"), table);
    assertTrue(table.contains("declined, rightly         n/a  0 of 0"), table);
    assertTrue(table.contains("latency p50            2.5 ms  2 questions after 0 warm-up, cache off"), table);
  }
}

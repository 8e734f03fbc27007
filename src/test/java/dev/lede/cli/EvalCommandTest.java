package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end: a tiny evaluation set written here, indexed and asked through the real core. */
class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SQUAD = """
      {"version": "v2.0", "data": [
        {"title": "Harbor_City", "paragraphs": [
          {"context": "Harbor City opened a new library in 1998. The library holds forty thousand books and was designed by the architect Mira Olsen.",
           "qas": [{"id": "q1", "question": "Who designed the Harbor City library?", "answers": [{"text": "Mira Olsen"}]}]},
          {"context": "The Harbor City marathon is held every April. Last year the race was won by Tomas Reed, who finished in two hours and ten minutes.",
           "qas": [{"id": "q2", "question": "Who won the Harbor City marathon?", "answers": [{"text": "Tomas Reed"}]}]}]},
        {"title": "Green_Valley", "paragraphs": [
          {"context": "Green Valley is known for its apple orchards. Farmers there harvest about twelve thousand tonnes of apples each autumn.",
           "qas": [{"id": "q3", "question": "How many tonnes of apples do Green Valley farmers harvest?", "answers": [{"text": "about twelve thousand tonnes"}]},
                   {"id": "q4", "question": "Who founded the Green Valley orchards?", "answers": [], "is_impossible": true}]}]}]}
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>();
    all.addAll(List.of(args));
    return cli.execute(all.toArray(String[]::new));
  }

  private Path squad() throws Exception {
    Path file = dir.resolve("tiny-squad.json");
    Files.writeString(file, SQUAD);
    return file;
  }

  @Test
  void squad_json_printsEveryMetricOfTheSet() throws Exception {
    assertEquals(0, run("--squad", squad().toString(), "--json"), err.toString());
    JsonNode o = JSON.readTree(out.toString());
    assertEquals(4, o.get("questions").asInt());
    assertEquals(1.0, o.get("recall_at_20").asDouble(), "three paragraphs: every gold paragraph is among the top 20");
    double declined = o.get("abstain_correct").asDouble(-1);
    assertTrue(declined == 0 || declined == 1, "one question to decline: " + declined);
    for (String key : List.of("recall_at_1", "sentence_accuracy", "exact_match", "f1", "answer_contains", "abstain_wrong")) {
      double v = o.get(key).asDouble(-1);
      assertTrue(v >= 0 && v <= 1, key + " = " + o.get(key));
    }
    assertFalse(o.get("latency_ms").get("p50").isNull());
  }

  @Test
  void squad_table_showsCountsAndIndex() throws Exception {
    assertEquals(0, run("--squad", squad().toString()), err.toString());
    String table = out.toString();
    assertTrue(table.startsWith("SQuAD v2.0 tiny-squad.json: 3 paragraphs; 4 questions"), table);
    assertTrue(table.contains("index: 3 articles"), table);
    assertTrue(table.contains("3 answerable, 1 to decline"), table);
  }

  @Test
  void errors_writesOneLinePerFailedQuestion() throws Exception {
    Path errors = dir.resolve("errors.jsonl");
    assertEquals(0, run("--squad", squad().toString(), "--errors", errors.toString()), err.toString());
    Set<String> failures = Set.of("declined", "wrong", "inexact", "not declined", "error");
    for (String line : Files.readAllLines(errors)) {
      JsonNode e = JSON.readTree(line);
      assertTrue(Set.of("q1", "q2", "q3", "q4").contains(e.get("id").asText()), line);
      assertTrue(failures.contains(e.get("failure").asText()), line);
    }
    assertTrue(err.toString().contains("failed questions to " + errors), err.toString());
  }

  @Test
  void index_keptBetweenRunsIsReused() throws Exception {
    Path index = dir.resolve("kept-index");
    assertEquals(0, run("--squad", squad().toString(), "--index", index.toString(), "--json"), err.toString());
    String first = JSON.readTree(out.toString()).get("recall_at_20").asText();
    out.getBuffer().setLength(0);
    assertEquals(0, run("--squad", squad().toString(), "--index", index.toString(), "--json"), err.toString());
    assertTrue(err.toString().contains("Index is up to date"), err.toString());
    assertEquals(first, JSON.readTree(out.toString()).get("recall_at_20").asText());
  }

  @Test
  void news_asksEachQuestionAsOfItsDay() throws Exception {
    Path articles = dir.resolve("articles.jsonl");
    Files.write(articles, List.of(
        "{\"id\": \"n1\", \"title\": \"Port strike ends\", \"date\": \"2023-03-01\", \"text\": \"Dock workers in Port Alma ended their strike on Tuesday after the union accepted a pay rise of nine percent.\"}",
        "{\"id\": \"n2\", \"title\": \"Port strike begins\", \"date\": \"2023-05-01\", \"text\": \"Dock workers in Port Alma began a new strike on Monday, the union said.\"}"));
    Path questions = dir.resolve("questions.jsonl");
    Files.write(questions, List.of(
        "{\"id\": \"a\", \"question\": \"What pay rise did the Port Alma union accept?\", \"asked_on\": \"2023-03-02\", \"answers\": [\"nine percent\"], \"answer_doc_ids\": [\"n1\"]}",
        "{\"id\": \"b\", \"question\": \"Who won the election in Port Alma?\", \"asked_on\": \"2023-03-02\", \"abstain\": true}"));
    assertEquals(0, run("--corpus", articles.toString(), "--questions", questions.toString(), "--json"), err.toString());
    JsonNode o = JSON.readTree(out.toString());
    assertEquals(2, o.get("questions").asInt());
    // asked on 2023-03-02, before n2 was published: only n1 can be retrieved
    assertEquals(1.0, o.get("recall_at_1").asDouble());
  }

  @Test
  void options_withoutASetAreAUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString().contains("Give --squad FILE, or --corpus ARTICLES with --questions FILE."), err.toString());
  }

  @Test
  void options_squadWithCorpusAreAUsageError() throws Exception {
    assertEquals(2, run("--squad", squad().toString(), "--corpus", squad().toString()));
    assertTrue(err.toString().contains("--squad cannot be combined with --corpus or --questions"), err.toString());
  }

  @Test
  void options_missingFileIsAUsageError() {
    assertEquals(2, run("--squad", dir.resolve("nope.json").toString()));
    assertTrue(err.toString().contains("Not a file: " + dir.resolve("nope.json")), err.toString());
  }

  @Test
  void brokenSquadFile_isReportedNotThrown() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"version\": \"1.1\"}");
    CommandLine cli = new CommandLine(new EvalCommand());
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, c, p) -> {
      err.write("lede: " + e.getMessage());
      return 1;
    });
    assertEquals(1, cli.execute("--squad", file.toString()));
    assertTrue(err.toString().contains("is not a SQuAD file: it has no \"data\" array"), err.toString());
  }

  @Test
  void without_switchesRankerAndSpanFeaturesOff_andAnUnknownOneIsAUsageError() throws Exception {
    assertEquals(0, run("--squad", squad().toString(), "--json", "--without", "coverage,span,member,nearness"), err.toString());
    assertEquals(2, run("--squad", squad().toString(), "--without", "colour"));
    assertTrue(err.toString().contains("colour") && err.toString().contains("coverage") && err.toString().contains("appositive"),
        err.toString());
  }

  @Test
  void semantic_readsByMeaningAndStillPrintsEveryMetric() throws Exception {
    assertEquals(0, run("--squad", squad().toString(), "--json", "--semantic", "--meaning-sentences", "4"), err.toString());
    com.fasterxml.jackson.databind.JsonNode o = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertTrue(o.get("questions").asInt() > 0);
    assertTrue(o.has("calibration"));
  }
}

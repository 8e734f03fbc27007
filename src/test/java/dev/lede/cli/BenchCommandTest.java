package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new BenchCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<Path> leftIn(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.toList();
    }
  }

  @Test
  void synthetic_json_reportsEveryFigureAndCleansUp() throws Exception {
    Path work = dir.resolve("work");
    assertEquals(0, run("--synthetic", "30", "--questions", "10", "--warmup", "2", "--work", work.toString(), "--json"),
        err.toString());
    JsonNode o = new ObjectMapper().readTree(out.toString());
    assertEquals(30, o.get("articles").asInt());
    assertEquals(10, o.get("questions").asInt());
    for (String key : List.of("lede_ms", "lucene_ms", "cache_hit_ms")) assertTrue(o.get(key).get("p50").isNumber(), key);
    assertTrue(o.get("lede_to_lucene").get("p50").isNumber());
    assertTrue(o.get("generated_seconds").isNumber());
    assertTrue(o.get("heap_bytes").get("peak_answering").asLong() > 0);
    assertEquals(List.of(), leftIn(work), "the temporary index and corpus are deleted");
  }

  /** Two dated wire stories, as JSONL. */
  private Path twoArticles() throws java.io.IOException {
    Path corpus = dir.resolve("articles.jsonl");
    Files.write(corpus, List.of(
        "{\"id\": \"a\", \"title\": \"Port\", \"date\": \"1987-03-01\", \"text\": \"Grain exports from the port of Santos rose sharply in March, traders said.\"}",
        "{\"id\": \"b\", \"title\": \"Cocoa\", \"date\": \"1987-03-02\", \"text\": \"Cocoa farmers in Bahia expect a larger harvest later this year, officials said.\"}"));
    return corpus;
  }

  @Test
  void corpusPath_isIndexedAndAskedWithItsOwnSentences() throws Exception {
    Path corpus = twoArticles();
    assertEquals(0, run("--corpus", corpus.toString(), "--questions", "1", "--warmup", "1", "--work", dir.resolve("w").toString()),
        err.toString());
    String table = out.toString();
    assertTrue(table.startsWith("corpus     articles.jsonl"), table);
    assertTrue(table.contains("indexing   2 articles"), table);
    assertTrue(table.contains("questions  1 timed after 1 warm-up"), table);
  }

  @Test
  void keep_leavesTheIndexAndCorpus() throws Exception {
    Path work = dir.resolve("work");
    assertEquals(0, run("--synthetic", "5", "--questions", "2", "--warmup", "1", "--work", work.toString(), "--keep"),
        err.toString());
    Path kept = leftIn(work).get(0);
    assertTrue(Files.isDirectory(kept.resolve("index")));
    assertTrue(Files.exists(kept.resolve("synthetic-5-seed42.jsonl")));
  }

  @Test
  void options_withoutCorpusAreAUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString().contains("Give a corpus (files or folders), or --synthetic N."), err.toString());
  }

  @Test
  void options_corpusAndSyntheticTogetherAreAUsageError() {
    assertEquals(2, run(dir.toString(), "--synthetic", "5"));
    assertTrue(err.toString().contains("Give a corpus or --synthetic N, not both."), err.toString());
  }

  @Test
  void tooFewQuestions_isReported() throws Exception {
    Path corpus = dir.resolve("one.jsonl");
    Files.write(corpus, List.of("{\"id\": \"a\", \"text\": \"Grain exports from the port of Santos rose sharply in March.\"}"));
    assertEquals(1, run(corpus.toString(), "--warmup", "5", "--work", dir.resolve("w").toString()), "a corpus path as a parameter");
    assertTrue(err.toString().contains("Only 1 questions to ask, but 5 are needed for warm-up alone"), err.toString());
  }

  @Test
  void index_keptInAFolderIsReused_soTheSecondRunTimesOnlyQuestions() throws Exception {
    Path corpus = twoArticles();
    Path index = dir.resolve("kept-index");
    String[] args = {"--corpus", corpus.toString(), "--questions", "1", "--warmup", "1", "--work", dir.resolve("w").toString(), "--index", index.toString()};
    assertEquals(0, run(args), err.toString());
    assertTrue(out.toString().contains("indexing   2 articles"), out.toString());
    assertTrue(Files.isDirectory(index), "the index stays");
    out.getBuffer().setLength(0);
    assertEquals(0, run(args), err.toString());
    assertTrue(out.toString().contains("indexing   0 articles"), "nothing to index the second time: " + out);
    assertTrue(out.toString().contains("questions  1 timed after 1 warm-up"), out.toString());
  }
}

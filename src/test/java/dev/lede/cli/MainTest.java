package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.TestCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user or a script sees it: exit codes, stdout and stderr. */
class MainTest {
  static final String REMOVAL = "How many New Yorkers received removal orders?";
  static final Set<String> ANSWER_KEYS = Set.of("question", "answer", "sentence", "abstained", "confidence", "sources", "cached", "took_ms");
  static final Set<String> SOURCE_KEYS = Set.of("id", "title", "date", "url", "snippet");
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  Path config;
  Path data;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void settings() throws IOException {
    // Our own settings file, so that the repository's config/lede.yaml cannot point the tests elsewhere.
    config = Files.writeString(dir.resolve("lede.yaml"), "corpus: []\n");
    data = dir.resolve("data");
  }

  private Run run(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(input == null ? null : new StringReader(input), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run core(String command, Path dataDir, String... rest) {
    List<String> args = new ArrayList<>(List.of(command, "--config", config.toString(), "--data", dataDir.toString()));
    args.addAll(List.of(rest));
    return run(null, args.toArray(String[]::new));
  }

  /** Stdout must hold exactly one JSON object, on one line. */
  private static JsonNode onlyJsonObject(String stdout) throws IOException {
    assertEquals(1, stdout.strip().lines().count(), "one line on stdout: " + stdout);
    List<JsonNode> values = new ArrayList<>();
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(stdout)) {
      while (it.hasNext()) values.add(it.next());
    }
    assertEquals(1, values.size(), stdout);
    JsonNode o = values.get(0);
    assertTrue(o.isObject(), stdout);
    Set<String> keys = new HashSet<>();
    o.fieldNames().forEachRemaining(keys::add);
    assertTrue(keys.containsAll(ANSWER_KEYS), "keys " + keys);
    keys.removeAll(ANSWER_KEYS);
    assertTrue(keys.isEmpty() || keys.equals(Set.of("message")), "unexpected keys " + keys);
    assertTrue(o.get("abstained").isBoolean() && o.get("cached").isBoolean());
    assertTrue(o.get("confidence").isNumber() && o.get("took_ms").isIntegralNumber());
    assertTrue(o.get("sources").isArray());
    for (JsonNode s : o.get("sources")) {
      Set<String> sk = new HashSet<>();
      s.fieldNames().forEachRemaining(sk::add);
      assertEquals(SOURCE_KEYS, sk);
    }
    return o;
  }

  @Test
  void askJson_printsOneAnswerObject() throws IOException {
    Run r = core("ask", data, "--json", "--as-of", "2025-03-01", REMOVAL);
    assertEquals(0, r.code(), r.err());
    JsonNode o = onlyJsonObject(r.out());
    assertEquals(REMOVAL, o.get("question").asText());
    assertFalse(o.get("abstained").asBoolean());
    assertTrue(o.get("answer").asText().contains("250,000"), o.toString());
    assertTrue(o.get("sentence").asText().contains("removal orders"));
    JsonNode source = o.get("sources").get(0);
    assertEquals("2025-02-03", source.get("date").asText());
    assertFalse(source.get("title").asText().isBlank());
    assertFalse(source.get("id").asText().isBlank());
  }

  @Test
  void askJson_wordsNeedNoQuotes() throws IOException {
    Run r = core("ask", data, "--json", "--as-of", "2025-03-01", "How", "many", "New", "Yorkers", "received", "removal", "orders?");
    assertEquals(REMOVAL, onlyJsonObject(r.out()).get("question").asText());
  }

  @Test
  void askJson_emptyQuestion_isADeclineObject() throws IOException {
    Run r = core("ask", data, "--json", "");
    assertEquals(0, r.code(), r.err());
    JsonNode o = onlyJsonObject(r.out());
    assertTrue(o.get("abstained").asBoolean());
    assertTrue(o.get("answer").isNull());
    assertTrue(o.get("sources").isEmpty());
    assertFalse(o.get("message").asText().isBlank());
  }

  @Test
  void askJson_noQuestionAtAll_isADeclineObject() throws IOException {
    Run r = core("ask", data, "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(onlyJsonObject(r.out()).get("abstained").asBoolean());
  }

  @Test
  void askJson_querySyntax_isADeclineObject() throws IOException {
    for (String q : List.of("*:*", "AND (", "title:foo OR", "\"unbalanced")) {
      Run r = core("ask", data, "--json", q);
      assertEquals(0, r.code(), q + ": " + r.err());
      JsonNode o = onlyJsonObject(r.out());
      assertEquals(q, o.get("question").asText());
      if (o.get("abstained").asBoolean()) assertTrue(o.get("answer").isNull());
    }
  }

  @Test
  void askJson_declined_saysSo() throws IOException {
    JsonNode o = onlyJsonObject(core("ask", data, "--json", "--as-of", "2025-03-01", "What is the capital of Australia?").out());
    assertTrue(o.get("abstained").asBoolean());
    assertTrue(o.get("answer").isNull() && o.get("sentence").isNull());
    assertTrue(o.has("message"));
  }

  @Test
  void askAsOf_beforeTheArticle_declines() throws IOException {
    JsonNode o = onlyJsonObject(core("ask", data, "--json", "--as-of", "2025-02-01", REMOVAL).out());
    assertTrue(o.get("abstained").asBoolean());
  }

  @Test
  void askPlain_printsAnswerSentenceAndCitation() {
    Run r = core("ask", data, "--as-of", "2025-03-01", REMOVAL);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("250,000"), r.out());
    assertTrue(r.out().contains("2025-02-03"), r.out());
  }

  @Test
  void badAsOf_isAUsageErrorNamingTheValue() {
    Run r = core("ask", data, "--as-of", "03/01/2025", REMOVAL);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("03/01/2025"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void invalidConfig_isExitCode2NamingTheKey() throws IOException {
    Files.writeString(config, "cache:\n  max_size: lots\n");
    Run r = core("ask", data, "--json", REMOVAL);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cache.max_size") && r.err().contains("lots"), r.err());
    assertEquals("", r.out(), "nothing on stdout for a script to mistake for an answer");
  }

  @Test
  void indexThenAsk_answersFromTheIndexedCorpus() throws IOException {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "marina.txt", "Pellworth marina full", "2024-11-02",
        "The harbour master said 120 boats are moored at the Pellworth marina this autumn.");
    TestCorpus.background(corpus, 16);
    Path other = dir.resolve("other-data");
    Run index = core("index", other, "--corpus", corpus.toString());
    assertEquals(0, index.code(), index.err());
    assertTrue(index.err().contains("17 articles"), index.err());

    JsonNode o = onlyJsonObject(core("ask", other, "--json", "--as-of", "2024-12-01",
        "How many boats are moored at the Pellworth marina?").out());
    assertTrue(o.get("answer").asText().contains("120"), o.toString());
    assertEquals("marina", o.get("sources").get(0).get("id").asText());

    JsonNode sample = onlyJsonObject(core("ask", other, "--json", "--as-of", "2025-03-01", REMOVAL).out());
    assertTrue(sample.get("abstained").asBoolean(), "the index holds the corpus, not the sample: " + sample);
  }

  @Test
  void indexTwice_reportsUpToDate() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "a.txt", "A", "2024-01-01", "The Ostermark bridge was repainted green.");
    assertEquals(0, core("index", data, "--corpus", corpus.toString()).code());
    Run again = core("index", data, "--corpus", corpus.toString());
    assertEquals(0, again.code());
    assertTrue(again.err().contains("up to date"), again.err());
  }

  @Test
  void indexMissingCorpus_isExitCode2NamingThePath() {
    Path missing = dir.resolve("no-such-corpus");
    Run r = core("index", data, "--corpus", missing.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(missing.toString()), r.err());
  }

  @Test
  void indexWithoutCorpus_isExitCode2() {
    Run r = core("index", data);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--corpus"), r.err());
  }

  @Test
  void chat_readsCommandsFromItsInputUntilQuit() {
    String input = String.join("\n", REMOVAL, "", "/help", "/bogus", "/about", "/quit", "What is the capital of Australia?") + "\n";
    Run r = run(input, "chat", "--config", config.toString(), "--data", data.toString(), "--as-of", "2025-03-01");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("250,000"), r.out());
    assertTrue(r.out().contains("/search"), "help text: " + r.out());
    assertTrue(r.out().contains("Unknown command /bogus"), r.out());
    assertTrue(r.out().contains("1 articles"), "about: " + r.out());
    assertFalse(r.out().contains(TerminalText.DECLINED), "nothing after /quit is read: " + r.out());
  }

  @Test
  void chat_endsAtEndOfInput() {
    Run r = run("/stats\n", "chat", "--config", config.toString(), "--data", data.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("questions"), r.out());
  }

  @Test
  void help_isExitCode0() {
    Run r = run(null, "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("ask") && r.out().contains("index") && r.out().contains("chat"), r.out());
  }

  @Test
  void unknownCommand_isExitCode2() {
    assertEquals(2, run(null, "frobnicate").code());
  }
}

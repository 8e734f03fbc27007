package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {
  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    return Files.writeString(dir.resolve("lede.yaml"), yaml);
  }

  private LedeConfig load(String yaml) throws IOException {
    return ConfigFile.load(file(yaml), dir);
  }

  private ConfigException rejected(String yaml) throws IOException {
    Path f = file(yaml);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(f, dir));
    assertTrue(e.getMessage().contains(f.toString()), "names the file: " + e.getMessage());
    return e;
  }

  private static void assertMentions(ConfigException e, String... parts) {
    for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should mention " + p);
  }

  @Test
  void unknownTopLevelKey_isRejectedByName() throws IOException {
    assertMentions(rejected("corpus: []\ncahce:\n  max_size: 5\n"), "cahce");
  }

  @Test
  void unknownNestedKey_isRejectedWithItsSection() throws IOException {
    assertMentions(rejected("cache:\n  maxsize: 5\n"), "cache.maxsize", "max_size");
  }

  @Test
  void wrongType_namesKeyAndValue() throws IOException {
    assertMentions(rejected("cache: {max_size: lots}\n"), "cache.max_size", "lots");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      retrieval: {passages: 2.5}          | retrieval.passages      | 2.5
      answer: {decline_below: high}       | answer.decline_below    | high
      index: {passage_words: [1, 2]}      | index.passage_words     | 1
      cache: {max_age: 6 hours}           | cache.max_age           | 6 hours
      cache: {max_age: 30}                | cache.max_age           | 30
      data_dir: 42                        | data_dir                | 42
      cache: 5                            | cache                   | 5
      corpus: {a: b}                      | corpus                  | a
      """)
  void badValue_namesKeyAndValue(String yaml, String key, String value) throws IOException {
    assertMentions(rejected(yaml + "\n"), key, value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      answer: {decline_below: 2}                          | answer.decline_below
      retrieval: {passages: 0}                            | retrieval.passages
      cache: {max_size: -1}                               | cache.max_size
      index: {passage_words: 100, passage_max_words: 50}  | index.passage_max_words
      index: {passage_words: 3}                           | index.passage_words
      """)
  void outOfRangeValue_namesTheKeyAndTheRule(String yaml, String key) throws IOException {
    assertMentions(rejected(yaml + "\n"), key, "must");
  }

  @Test
  void validFile_appliesEveryValue() throws IOException {
    LedeConfig c = load("""
        corpus: [news, more/wire.jsonl]
        data_dir: state
        index:
          dir: elsewhere/idx
          passage_words: 80
          passage_max_words: 150
        cache:
          max_size: 25
          max_age: 90m
        retrieval:
          passages: 12
        answer:
          decline_below: 0.5
        """);
    assertEquals(List.of(dir.resolve("news"), dir.resolve("more/wire.jsonl")), c.corpus());
    assertEquals(dir.resolve("state"), c.dataDir());
    assertEquals(dir.resolve("elsewhere/idx"), c.indexDir());
    assertEquals(25, c.cacheSize());
    assertEquals(Duration.ofMinutes(90), c.cacheAge());
    assertEquals(12, c.passages());
    assertEquals(0.5, c.declineBelow());
    assertEquals(80, c.passageWords());
    assertEquals(150, c.passageMaxWords());
  }

  @Test
  void singleCorpusPath_isAccepted() throws IOException {
    assertEquals(List.of(dir.resolve("news")), load("corpus: news\n").corpus());
  }

  @Test
  void missingKeys_keepTheDefaults() throws IOException {
    LedeConfig c = load("cache:\n  max_size: 7\n");
    LedeConfig d = LedeConfig.defaults(dir.resolve("data"));
    assertEquals(7, c.cacheSize());
    assertEquals(d.withCacheSize(7), c);
    assertEquals(dir.resolve("data/index"), c.indexDir());
  }

  @Test
  void emptyFile_isTheDefaults() throws IOException {
    assertEquals(LedeConfig.defaults(dir.resolve("data")), load(""));
    assertEquals(LedeConfig.defaults(dir.resolve("data")), load("# only a comment\n"));
  }

  @Test
  void topLevelList_isRejected() throws IOException {
    assertMentions(rejected("- a\n- b\n"), "mapping");
  }

  @Test
  void brokenYaml_isAConfigExceptionNotAParserTrace() throws IOException {
    ConfigException e = rejected("cache: {max_size: 5\n");
    assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
  }

  @Test
  void missingFile_namesTheFile() {
    Path missing = dir.resolve("nope.yaml");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(missing, dir));
    assertTrue(e.getMessage().contains("nope.yaml"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "30s, PT30S", "10m, PT10M", "6h, PT6H", "2d, PT48H", "0s, PT0S"})
  void durations_takeAUnit(String text, Duration expected) throws IOException {
    assertEquals(expected, load("cache: {max_age: " + text + "}\n").cacheAge());
  }

  @Test
  void theRepositorysOwnConfigFile_isValid() {
    Path shipped = Path.of("config/lede.yaml");
    if (Files.isRegularFile(shipped)) ConfigFile.load(shipped, dir);
  }

  @Test
  void semantic_isOffByDefault_andReadFromItsSection() throws IOException {
    assertEquals(Semantic.defaults(), load("corpus: []\n").semantic());
    assertFalse(load("corpus: []\n").semantic().enabled());
    assertEquals(new Semantic(true, 12, true), load("semantic:\n  enabled: true\n  sentences: 12\n  index: true\n").semantic());
  }

  @Test
  void semantic_badValuesAreRejectedByName() throws IOException {
    assertMentions(rejected("semantic:\n  index: true\n"), "semantic.index", "semantic.enabled");
    assertMentions(rejected("semantic:\n  enabled: true\n  sentences: 0\n"), "semantic.sentences");
    assertMentions(rejected("semantic:\n  model: bge\n"), "semantic.model", "enabled");
  }
}

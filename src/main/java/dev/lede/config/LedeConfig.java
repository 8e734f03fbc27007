package dev.lede.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The core's settings, from {@code config/lede.yaml} and the command line.
 *
 * @param corpus files and folders of articles; empty for the bundled sample
 * @param dataDir where Lede keeps its state
 * @param indexDir the Lucene index; by default {@code <dataDir>/index}
 * @param cacheSize answers kept in the cache; 0 turns it off
 * @param cacheAge how long a cached answer is served
 * @param passages passages retrieved and read per question
 * @param declineBelow confidence under which Lede declines
 * @param passageWords a passage is closed once it reaches this many words
 * @param passageMaxWords longer paragraphs are cut between sentences
 * @param http the HTTP API's address and limits
 */
public record LedeConfig(
    List<Path> corpus, Path dataDir, Path indexDir, long cacheSize, Duration cacheAge, int passages,
    double declineBelow, int passageWords, int passageMaxWords, HttpConfig http) {

  public LedeConfig {
    Objects.requireNonNull(http, "http");
    corpus = List.copyOf(corpus);
    Objects.requireNonNull(dataDir, "data_dir");
    if (indexDir == null) indexDir = dataDir.resolve("index");
    check(cacheSize >= 0, "cache.max_size", cacheSize, "must not be negative");
    check(!cacheAge.isNegative(), "cache.max_age", cacheAge, "must not be negative");
    check(passages >= 1 && passages <= 1000, "retrieval.passages", passages, "must be between 1 and 1000");
    check(declineBelow >= 0 && declineBelow <= 1, "answer.decline_below", declineBelow, "must be between 0 and 1");
    check(passageWords >= 10, "index.passage_words", passageWords, "must be at least 10");
    check(passageMaxWords >= passageWords, "index.passage_max_words", passageMaxWords, "must be at least index.passage_words");
  }

  /** The embedded defaults, with state under {@code dataDir}. */
  public static LedeConfig defaults(Path dataDir) {
    return new LedeConfig(List.of(), dataDir, null, 10_000, Duration.ofHours(6), 30, 0.2, 120, 220, HttpConfig.defaults());
  }

  public LedeConfig withCorpus(List<Path> paths) {
    return new LedeConfig(paths, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, http);
  }

  public LedeConfig withDataDir(Path dir) {
    Path index = indexDir.equals(dataDir.resolve("index")) ? null : indexDir;
    return new LedeConfig(corpus, dir, index, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, http);
  }

  public LedeConfig withIndexDir(Path dir) {
    return new LedeConfig(corpus, dataDir, dir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, http);
  }

  public LedeConfig withCacheSize(long size) {
    return new LedeConfig(corpus, dataDir, indexDir, size, cacheAge, passages, declineBelow, passageWords, passageMaxWords, http);
  }

  public LedeConfig withDeclineBelow(double threshold) {
    return new LedeConfig(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, threshold, passageWords, passageMaxWords, http);
  }

  public LedeConfig withHttp(HttpConfig settings) {
    return new LedeConfig(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, settings);
  }

  static void check(boolean ok, String key, Object value, String rule) {
    if (!ok) throw new ConfigException(key + " " + rule + ", was " + value);
  }
}

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
 * @param rescanEvery while serving, how often the corpus folders are listed again in case a change was not reported
 * @param feeds RSS and Atom feeds whose items are written into the corpus while serving
 * @param http the HTTP API's address and limits
 * @param semantic whether sentences are compared with the question by meaning too
 */
public record LedeConfig(
    List<Path> corpus, Path dataDir, Path indexDir, long cacheSize, Duration cacheAge, int passages,
    double declineBelow, int passageWords, int passageMaxWords, Duration rescanEvery, List<Feed> feeds, HttpConfig http,
    Semantic semantic) {

  public static final Duration DEFAULT_RESCAN = Duration.ofSeconds(5);
  /** Feeds polled more often than this would be impolite to their publishers. */
  public static final Duration MIN_FEED_EVERY = Duration.ofSeconds(30);

  public LedeConfig(
      List<Path> corpus, Path dataDir, Path indexDir, long cacheSize, Duration cacheAge, int passages,
      double declineBelow, int passageWords, int passageMaxWords) {
    this(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, DEFAULT_RESCAN, List.of(), HttpConfig.defaults());
  }

  public LedeConfig(
      List<Path> corpus, Path dataDir, Path indexDir, long cacheSize, Duration cacheAge, int passages,
      double declineBelow, int passageWords, int passageMaxWords, Duration rescanEvery, List<Feed> feeds) {
    this(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, HttpConfig.defaults());
  }

  public LedeConfig(
      List<Path> corpus, Path dataDir, Path indexDir, long cacheSize, Duration cacheAge, int passages,
      double declineBelow, int passageWords, int passageMaxWords, HttpConfig http) {
    this(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, DEFAULT_RESCAN, List.of(), http);
  }

  public LedeConfig(
      List<Path> corpus, Path dataDir, Path indexDir, long cacheSize, Duration cacheAge, int passages,
      double declineBelow, int passageWords, int passageMaxWords, Duration rescanEvery, List<Feed> feeds, HttpConfig http) {
    this(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, http, Semantic.defaults());
  }

  public LedeConfig {
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(semantic, "semantic");
    corpus = List.copyOf(corpus);
    feeds = List.copyOf(feeds);
    Objects.requireNonNull(dataDir, "data_dir");
    if (indexDir == null) indexDir = dataDir.resolve("index");
    check(cacheSize >= 0, "cache.max_size", cacheSize, "must not be negative");
    check(!cacheAge.isNegative(), "cache.max_age", cacheAge, "must not be negative");
    check(passages >= 1 && passages <= 1000, "retrieval.passages", passages, "must be between 1 and 1000");
    check(declineBelow >= 0 && declineBelow <= 1, "answer.decline_below", declineBelow, "must be between 0 and 1");
    check(passageWords >= 10, "index.passage_words", passageWords, "must be at least 10");
    check(passageMaxWords >= passageWords, "index.passage_max_words", passageMaxWords, "must be at least index.passage_words");
    check(rescanEvery.compareTo(Duration.ofSeconds(1)) >= 0, "watch.rescan_every", rescanEvery, "must be at least 1s");
    for (int i = 0; i < feeds.size(); i++) {
      check(feeds.get(i).every().compareTo(MIN_FEED_EVERY) >= 0, "feeds[" + i + "].every", feeds.get(i).every(), "must be at least 30s");
    }
  }

  /** The embedded defaults, with state under {@code dataDir}. */
  public static LedeConfig defaults(Path dataDir) {
    return new LedeConfig(List.of(), dataDir, null, 10_000, Duration.ofHours(6), 30, 0.08, 120, 220, DEFAULT_RESCAN, List.of(), HttpConfig.defaults());
  }

  public LedeConfig withCorpus(List<Path> paths) {
    return new LedeConfig(paths, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, http, semantic);
  }

  public LedeConfig withDataDir(Path dir) {
    Path index = indexDir.equals(dataDir.resolve("index")) ? null : indexDir;
    return new LedeConfig(corpus, dir, index, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, http, semantic);
  }

  public LedeConfig withIndexDir(Path dir) {
    return new LedeConfig(corpus, dataDir, dir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, http, semantic);
  }

  public LedeConfig withCacheSize(long size) {
    return new LedeConfig(corpus, dataDir, indexDir, size, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, http, semantic);
  }

  public LedeConfig withDeclineBelow(double threshold) {
    return new LedeConfig(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, threshold, passageWords, passageMaxWords, rescanEvery, feeds, http, semantic);
  }

  public LedeConfig withFeeds(List<Feed> list) {
    return new LedeConfig(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, list, http, semantic);
  }

  public LedeConfig withRescanEvery(Duration every) {
    return new LedeConfig(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, every, feeds, http, semantic);
  }

  public LedeConfig withHttp(HttpConfig settings) {
    return new LedeConfig(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, settings, semantic);
  }

  public LedeConfig withSemantic(Semantic settings) {
    return new LedeConfig(corpus, dataDir, indexDir, cacheSize, cacheAge, passages, declineBelow, passageWords, passageMaxWords, rescanEvery, feeds, http, settings);
  }

  static void check(boolean ok, String key, Object value, String rule) {
    if (!ok) throw new ConfigException(key + " " + rule + ", was " + value);
  }
}

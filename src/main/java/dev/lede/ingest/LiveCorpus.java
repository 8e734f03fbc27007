package dev.lede.ingest;

import dev.lede.Lede;
import dev.lede.config.ConfigException;
import dev.lede.config.LedeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps a serving Lede's articles current: the corpus watcher, and the feed poller that
 * writes feed items into the first corpus folder. Closing it stops both, letting an update in
 * progress finish and commit.
 */
public final class LiveCorpus implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LiveCorpus.class);
  /** Feed items go to {@code <first corpus folder>/feeds/<host>/}. */
  public static final String FEEDS = "feeds";

  private final CorpusWatcher watcher;
  private final FeedPoller poller;

  private LiveCorpus(CorpusWatcher watcher, FeedPoller poller) {
    this.watcher = watcher;
    this.poller = poller;
  }

  /** Starts watching {@code lede}'s configured corpus and polling its feeds; nothing to do without a corpus. */
  public static LiveCorpus start(Lede lede) {
    LedeConfig config = lede.config();
    if (config.corpus().isEmpty()) {
      if (!config.feeds().isEmpty()) {
        throw new ConfigException("feeds are written into the first corpus folder, but no corpus is configured: "
            + "set corpus in config/lede.yaml or give --corpus");
      }
      log.info("No corpus configured: nothing to watch");
      return new LiveCorpus(null, null);
    }
    if (!lede.passages().writable()) {
      log.warn("The index is written by another Lede process: not watching the corpus here");
      return new LiveCorpus(null, null);
    }
    Path feeds = null;
    if (!config.feeds().isEmpty()) {
      Path first = config.corpus().getFirst();
      if (Files.exists(first) && !Files.isDirectory(first)) {
        throw new ConfigException("feeds are written into the first corpus folder, but " + first + " is a file");
      }
      feeds = first.resolve(FEEDS);
    }
    CorpusWatcher watcher = CorpusWatcher.start(config.corpus(), lede::index, config.rescanEvery());
    FeedPoller poller = feeds == null ? null : FeedPoller.start(config.feeds(), feeds, watcher::changed);
    return new LiveCorpus(watcher, poller);
  }

  /** The watcher, or {@code null} when nothing is watched. */
  public CorpusWatcher watcher() {
    return watcher;
  }

  @Override
  public void close() {
    if (poller != null) poller.close();
    if (watcher != null) watcher.close();
  }
}

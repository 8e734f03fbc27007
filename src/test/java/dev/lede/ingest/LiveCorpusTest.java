package dev.lede.ingest;

import static dev.lede.ingest.Eventually.PROMISE;
import static dev.lede.ingest.Eventually.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.answer.Question;
import dev.lede.config.ConfigException;
import dev.lede.config.LedeConfig;
import dev.lede.index.Passage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher and poller as serve starts them from the settings. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveCorpusTest {
  @TempDir Path dir;

  @Test
  void configuredFeed_isPolledIntoTheFirstCorpusFolderAndListenersHearOfIt() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.background(corpus, 16);
    try (FeedServer server = new FeedServer()) {
      server.serve("/rss", "application/rss+xml", FeedServer.rss("Quillby Gazette", FeedPollerTest.GULLS_ITEM));
      LedeConfig config = LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus))
          .withFeeds(List.of(server.feed("/rss", Duration.ofMinutes(5))));
      List<Passage> told = new CopyOnWriteArrayList<>();
      try (Lede lede = Lede.open(config)) {
        lede.onNewArticles(told::addAll);
        try (LiveCorpus live = LiveCorpus.start(lede)) {
          Question q = new Question(FeedPollerTest.GULLS, LocalDate.of(2024, 12, 1));
          within(PROMISE, "the feed item answers", () -> !lede.answering().ask(q).abstained());
          assertTrue(lede.answering().ask(q).text().contains("64"));
        }
        assertEquals(1, told.size(), told.toString());
        assertEquals("feeds/127.0.0.1/" + FeedItem.idOf("gazette-gulls-1"), told.getFirst().articleId());
        assertEquals("Dunmore gulls counted", told.getFirst().title());
      }
    }
  }

  @Test
  void feedsWithoutACorpus_stopStartUpWithTheReason() {
    LedeConfig config = LedeConfig.defaults(dir.resolve("data"))
        .withFeeds(List.of(new dev.lede.config.Feed(java.net.URI.create("http://127.0.0.1:9/rss"), Duration.ofMinutes(5))));
    try (Lede lede = Lede.open(config)) {
      ConfigException e = assertThrows(ConfigException.class, () -> LiveCorpus.start(lede));
      assertTrue(e.getMessage().contains("no corpus is configured"), e.getMessage());
    }
  }

  @Test
  void noCorpus_watchesNothing() {
    try (Lede lede = Lede.open(LedeConfig.defaults(dir.resolve("data"))); LiveCorpus live = LiveCorpus.start(lede)) {
      assertNull(live.watcher());
    }
  }
}

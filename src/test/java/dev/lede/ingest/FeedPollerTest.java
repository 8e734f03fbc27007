package dev.lede.ingest;

import static dev.lede.ingest.Eventually.PROMISE;
import static dev.lede.ingest.Eventually.within;
import static dev.lede.ingest.FeedServer.item;
import static dev.lede.ingest.FeedServer.rss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.answer.Answer;
import dev.lede.answer.Question;
import dev.lede.config.Feed;
import dev.lede.config.LedeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Feeds served from 127.0.0.1 become article files in the corpus, and answerable articles. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeedPollerTest {
  static final LocalDate DAY = LocalDate.of(2024, 12, 1);
  static final Clock TODAY = Clock.fixed(Instant.parse("2024-11-25T12:00:00Z"), ZoneOffset.UTC);
  static final String GULLS = "How many gulls nest on the Dunmore cliffs?";
  static final String GULLS_ITEM = item("gazette-gulls-1", "Dunmore gulls counted", "Wed, 20 Nov 2024 09:00:00 GMT",
      "&lt;p&gt;The lighthouse keeper said &lt;b&gt;64 gulls&lt;/b&gt; nest on the Dunmore cliffs this spring.&lt;/p&gt;"
          + "&lt;p&gt;Last year there were fewer.&lt;/p&gt;");
  static final String FERRY_ITEM = item("gazette-ferry-2", "Ferry times change", "Thu, 21 Nov 2024 09:00:00 GMT",
      "The Quillby ferry now runs every forty minutes.");

  @TempDir Path dir;
  FeedServer server;
  Path corpus;
  Path feeds;
  AtomicInteger writes = new AtomicInteger();

  @BeforeEach
  void open() {
    server = new FeedServer();
    corpus = dir.resolve("corpus");
    feeds = corpus.resolve(LiveCorpus.FEEDS);
    TestCorpus.background(corpus, 16);
  }

  @AfterEach
  void close() {
    server.close();
  }

  private FeedPoller poller(Runnable written) {
    return new FeedPoller(List.of(), feeds, () -> {
      writes.incrementAndGet();
      written.run();
    }, TODAY);
  }

  private List<Path> articleFiles() throws IOException {
    if (!Files.isDirectory(feeds)) return List.of();
    try (Stream<Path> files = Files.walk(feeds)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void rssItems_becomeArticleFilesWithHeaders() throws IOException {
    server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", GULLS_ITEM, FERRY_ITEM));
    Feed feed = server.feed("/rss", Duration.ofMinutes(5));
    try (FeedPoller poller = poller(() -> {})) {
      assertEquals(2, poller.poll(feed));
    }
    List<Path> files = articleFiles();
    assertEquals(2, files.size());
    assertTrue(files.stream().allMatch(f -> f.getParent().getFileName().toString().equals("127.0.0.1")), files.toString());
    String gulls = Files.readString(feeds.resolve("127.0.0.1").resolve(FeedItem.idOf("gazette-gulls-1") + ".txt"));
    assertEquals("""
        date 2024-11-20
        title: Dunmore gulls counted
        url: https://gazette.example/news/gazette-gulls-1
        source: Quillby Gazette

        The lighthouse keeper said 64 gulls nest on the Dunmore cliffs this spring.

        Last year there were fewer.
        """, gulls);
    assertEquals(1, writes.get());
  }

  @Test
  void feedItems_areAnswerableThroughTheWatchedCorpus() {
    server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", GULLS_ITEM, FERRY_ITEM));
    try (Lede lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)));
        CorpusWatcher watcher = CorpusWatcher.start(List.of(corpus), lede::index, Duration.ofHours(1));
        FeedPoller poller = poller(watcher::changed)) {
      Question q = new Question(GULLS, DAY);
      assertTrue(lede.answering().ask(q).abstained());
      poller.poll(server.feed("/rss", Duration.ofMinutes(5)));
      within(PROMISE, "the feed item answers", () -> !lede.answering().ask(q).abstained());
      Answer a = lede.answering().ask(q);
      assertTrue(a.text().contains("64"), a.text());
      assertEquals("Dunmore gulls counted", a.source().title());
      assertEquals("https://gazette.example/news/gazette-gulls-1", a.source().url());
      assertEquals(LocalDate.of(2024, 11, 20), a.source().date());
    }
  }

  @Test
  void nextPoll_writesOnlyNewItems() throws IOException {
    server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", GULLS_ITEM));
    Feed feed = server.feed("/rss", Duration.ofMinutes(5));
    try (FeedPoller poller = poller(() -> {})) {
      assertEquals(1, poller.poll(feed));
      Path first = articleFiles().getFirst();
      long modified = Files.getLastModifiedTime(first).toMillis();
      assertEquals(0, poller.poll(feed), "the same item is not written twice");
      server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", FERRY_ITEM, GULLS_ITEM));
      assertEquals(1, poller.poll(feed), "only the new item");
      assertEquals(2, articleFiles().size());
      assertEquals(modified, Files.getLastModifiedTime(first).toMillis(), "the known item's file is left alone");
    }
    assertEquals(2, writes.get());
  }

  @Test
  void unchangedFeed_isAskedWithItsEtagAndNotReadAgain() throws IOException {
    server.serve("/rss", new FeedServer.Doc(200, "application/rss+xml", rss("Quillby Gazette", GULLS_ITEM), "\"v1\""));
    Feed feed = server.feed("/rss", Duration.ofMinutes(5));
    try (FeedPoller poller = poller(() -> {})) {
      assertEquals(1, poller.poll(feed));
      assertEquals(0, poller.poll(feed));
    }
    assertEquals(1, server.notModified("/rss"));
    assertEquals(1, articleFiles().size());
  }

  @Test
  void atomFeed_isReadToo() throws IOException {
    server.serve("/atom", "application/atom+xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Harbour Wire</title><id>urn:uuid:harbour-wire</id><updated>2024-11-22T08:00:00Z</updated>
          <entry>
            <title>Pier reopened</title><id>urn:uuid:pier-7</id>
            <link href="https://wire.example/pier-7"/>
            <published>2024-11-22T07:30:00Z</published><updated>2024-11-22T08:00:00Z</updated>
            <content type="html">&lt;p&gt;Pier seven in Quillby harbour reopened after the storm repairs.&lt;/p&gt;</content>
          </entry>
        </feed>
        """);
    try (FeedPoller poller = poller(() -> {})) {
      assertEquals(1, poller.poll(server.feed("/atom", Duration.ofMinutes(5))));
    }
    String text = Files.readString(articleFiles().getFirst());
    assertTrue(text.startsWith("date 2024-11-22\ntitle: Pier reopened\nurl: https://wire.example/pier-7\nsource: Harbour Wire\n"), text);
    assertTrue(text.contains("Pier seven in Quillby harbour reopened"), text);
  }

  @Test
  void itemWithoutDate_countsAsPublishedOnTheDayItWasFetched() throws IOException {
    server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", item("undated-1", "Market moves", null, "The market moves to the square.")));
    try (FeedPoller poller = poller(() -> {})) {
      poller.poll(server.feed("/rss", Duration.ofMinutes(5)));
    }
    assertTrue(Files.readString(articleFiles().getFirst()).startsWith("date 2024-11-25\n"));
  }

  @Test
  void unusableItem_isSkippedWithAWarningAndTheOthersStored() throws IOException {
    server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", GULLS_ITEM, item(null, null, null, null), FERRY_ITEM));
    try (LogCapture log = new LogCapture(FeedPoller.class); FeedPoller poller = poller(() -> {})) {
      assertEquals(2, poller.poll(server.feed("/rss", Duration.ofMinutes(5))));
      assertTrue(log.warned("item 2 skipped"), log.warnings().toString());
    }
    assertEquals(2, articleFiles().size());
  }

  @Test
  void malformedOrFailingFeed_isAWarningAndWritesNothing() throws IOException {
    server.serve("/broken", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut off");
    server.serve("/html", "text/html", "<html><body>Not a feed</body></html>");
    server.serve("/down", new FeedServer.Doc(503, "text/plain", "maintenance", null));
    try (LogCapture log = new LogCapture(FeedPoller.class); FeedPoller poller = poller(() -> {})) {
      assertEquals(0, poller.poll(server.feed("/broken", Duration.ofMinutes(5))));
      assertEquals(0, poller.poll(server.feed("/html", Duration.ofMinutes(5))));
      assertEquals(0, poller.poll(server.feed("/down", Duration.ofMinutes(5))));
      List<String> warnings = log.warnings();
      assertEquals(3, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).contains("/broken skipped: not a readable RSS or Atom document"), warnings.get(0));
      assertTrue(warnings.get(1).contains("/html skipped: not a readable RSS or Atom document"), warnings.get(1));
      assertTrue(warnings.get(2).contains("/down skipped: the server answered HTTP 503"), warnings.get(2));
    }
    assertEquals(List.of(), articleFiles());
    assertEquals(0, writes.get());
  }

  @Test
  void scheduledPoller_keepsPollingPastAMalformedFeed() throws IOException {
    server.serve("/broken", "application/rss+xml", "<rss><channel><item>");
    server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", GULLS_ITEM));
    try (LogCapture log = new LogCapture(FeedPoller.class);
        FeedPoller poller = FeedPoller.start(List.of(server.feed("/broken", Duration.ofMillis(100)), server.feed("/rss", Duration.ofMillis(100))),
            feeds, writes::incrementAndGet)) {
      within(PROMISE, "the good feed's item", () -> writes.get() == 1);
      within(PROMISE, "the broken feed polled again", () -> server.requests("/broken") >= 3);
      assertTrue(log.warned("/broken skipped"), log.warnings().toString());
      server.serve("/broken", "application/rss+xml", rss("Mended Feed", FERRY_ITEM));
      within(PROMISE, "the mended feed's item", () -> writes.get() == 2);
    }
    assertEquals(2, articleFiles().size());
  }

  @Test
  void leftoverTempFile_isRemovedAtStartAndNeverIndexed() throws IOException {
    server.serve("/rss", "application/rss+xml", rss("Quillby Gazette", GULLS_ITEM));
    Path hostFolder = Files.createDirectories(feeds.resolve("127.0.0.1"));
    Path leftover = Files.writeString(hostFolder.resolve(".abc.txt.123.tmp"), "date 2024-11-20\ntitle: half");
    try (FeedPoller poller = FeedPoller.start(List.of(server.feed("/rss", Duration.ofMinutes(5))), feeds, writes::incrementAndGet)) {
      assertFalse(Files.exists(leftover));
      within(PROMISE, "the item", () -> writes.get() == 1);
    }
  }

  @Test
  void htmlDescriptions_becomePlainParagraphs() {
    assertEquals("Fish & chips cost \u00a37.\n\nA second \u201cparagraph\u201d.\n\nThird line",
        HtmlText.plain("<p>Fish &amp; chips <em>cost</em> &pound;7.</p><script>alert(1)</script>"
            + "<div>A second &ldquo;paragraph&rdquo;.</div><!-- note -->Third&#32;line"));
    assertEquals("", HtmlText.plain("<img src=x>  "));
  }
}

package dev.lede.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.lede.config.Feed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS and Atom feeds, each on its own schedule, and writes each item not seen before as an
 * article file under {@code <folder>/<feed host>/}, where the corpus watcher indexes it. A feed that
 * cannot be fetched or read, or an item that cannot be used, is logged and passed over; the next
 * poll tries again.
 */
public final class FeedPoller implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** A feed document larger than this is not a feed. */
  static final int MAX_BYTES = 16 * 1024 * 1024;
  private static final String USER_AGENT = "Lede/0.1 (news question answering; feed poller)";

  private record Validators(String etag, String lastModified) {}

  private final List<Feed> feeds;
  private final Path folder;
  private final Runnable written;
  private final HttpClient http;
  private final Clock clock;
  private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
  private final ScheduledExecutorService schedule;

  FeedPoller(List<Feed> feeds, Path folder, Runnable written, Clock clock) {
    this.feeds = List.copyOf(feeds);
    this.folder = folder;
    this.written = written;
    this.clock = clock;
    this.http = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.schedule = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("lede-feeds").daemon().unstarted(r));
  }

  /**
   * Starts polling: each feed at once, then every {@link Feed#every()}. Items go under
   * {@code folder} (the corpus's {@code feeds} folder); {@code written} is run after a poll that
   * wrote files.
   */
  public static FeedPoller start(List<Feed> feeds, Path folder, Runnable written) {
    FeedPoller poller = new FeedPoller(feeds, folder, written, Clock.systemUTC());
    for (Feed feed : poller.feeds) {
      ArticleFile.removeLeftovers(poller.folderOf(feed));
      poller.schedule.scheduleWithFixedDelay(() -> poller.pollQuietly(feed), 0, feed.every().toMillis(), TimeUnit.MILLISECONDS);
    }
    log.info("Polling {} feeds into {}", poller.feeds.size(), folder);
    return poller;
  }

  /** Where {@code feed}'s articles go. */
  Path folderOf(Feed feed) {
    return folder.resolve(feed.host().replaceAll("[^a-z0-9.-]", "_"));
  }

  private void pollQuietly(Feed feed) {
    try {
      poll(feed);
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: this feed would go silent for good.
      log.warn("Feed {} failed, trying again in {}: {}", feed.url(), feed.every(), e.toString());
    }
  }

  /** Fetches {@code feed} once and writes its new items; returns how many files were written. */
  int poll(Feed feed) {
    byte[] body;
    String contentType;
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(feed.url())
          .timeout(REQUEST_TIMEOUT)
          .header("User-Agent", USER_AGENT)
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
      Validators known = validators.get(feed.url());
      if (known != null && known.etag() != null) request.header("If-None-Match", known.etag());
      if (known != null && known.lastModified() != null) request.header("If-Modified-Since", known.lastModified());
      HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() == 304) {
          log.debug("Feed {}: not modified", feed.url());
          return 0;
        }
        if (response.statusCode() != 200) {
          log.warn("Feed {} skipped: the server answered HTTP {}; trying again in {}", feed.url(), response.statusCode(), feed.every());
          return 0;
        }
        body = in.readNBytes(MAX_BYTES + 1);
      }
      if (body.length > MAX_BYTES) {
        log.warn("Feed {} skipped: larger than {} MB", feed.url(), MAX_BYTES / (1024 * 1024));
        return 0;
      }
      contentType = response.headers().firstValue("Content-Type").orElse(null);
      validators.put(feed.url(), new Validators(
          response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Last-Modified").orElse(null)));
    } catch (IOException e) {
      log.warn("Feed {} skipped: cannot fetch it ({}); trying again in {}", feed.url(), e.toString(), feed.every());
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }

    SyndFeed parsed;
    try {
      parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      validators.remove(feed.url()); // read it again next time, in case it was a passing fault
      log.warn("Feed {} skipped: not a readable RSS or Atom document ({})", feed.url(), oneLine(e.getMessage()));
      return 0;
    }
    return store(feed, parsed);
  }

  private int store(Feed feed, SyndFeed parsed) {
    Path target = folderOf(feed);
    String source = parsed.getTitle() != null && !parsed.getTitle().isBlank() ? HtmlText.line(parsed.getTitle()) : feed.host();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    int wrote = 0;
    int seen = 0;
    List<SyndEntry> entries = parsed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      FeedItem item;
      try {
        item = FeedItem.of(entries.get(i), source, today);
      } catch (FeedItem.Unusable e) {
        log.warn("Feed {} item {} skipped: {}", feed.url(), i + 1, e.getMessage());
        continue;
      } catch (RuntimeException e) {
        log.warn("Feed {} item {} skipped: {}", feed.url(), i + 1, e.toString());
        continue;
      }
      Path file = target.resolve(item.fileName());
      if (Files.exists(file)) {
        seen++;
        continue;
      }
      try {
        ArticleFile.write(file, item.article());
        wrote++;
      } catch (IOException e) {
        log.warn("Feed {} item {} not stored: cannot write {} ({})", feed.url(), i + 1, file, e.toString());
      }
    }
    if (wrote > 0) {
      log.info("Feed {}: {} new items written to {} ({} seen before)", feed.url(), wrote, target, seen);
      written.run();
    }
    return wrote;
  }

  private static String oneLine(String s) {
    String line = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  /** Stops polling; a poll in progress is given a few seconds to finish (its files are written whole either way). */
  @Override
  public void close() {
    schedule.shutdown();
    try {
      if (!schedule.awaitTermination(5, TimeUnit.SECONDS)) schedule.shutdownNow();
    } catch (InterruptedException e) {
      schedule.shutdownNow();
      Thread.currentThread().interrupt();
    }
    http.close();
  }
}

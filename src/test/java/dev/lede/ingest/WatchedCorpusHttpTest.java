package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.chat.Health;
import dev.lede.config.HttpConfig;
import dev.lede.config.LedeConfig;
import dev.lede.http.HttpFrontEnd;
import dev.lede.http.Metrics;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise end to end, wired as {@code lede serve} wires it: a file dropped into a watched
 * folder is answerable through {@code /api/ask} within 10 s, and a deleted one stops being used.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WatchedCorpusHttpTest {
  private static final Duration PROMISE = Duration.ofSeconds(10);
  private static final String SEALS = "How many grey seals were counted on the Brackwater sandbanks?";
  private static final String SEALS_DATE = "2025-03-01";
  private static final String ORCHARD = "Which orchard won the apple prize?";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path corpus;
  private Lede lede;
  private LiveCorpus live;
  private HttpFrontEnd http;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void corpus() {
    corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "orchard.txt", "Orchard prize", "2025-02-10", "The Vantree orchard won the apple prize again this year.");
    TestCorpus.background(corpus, 16);
  }

  private void serve() {
    LedeConfig config = LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus))
        .withHttp(new HttpConfig(true, "127.0.0.1", 0, 0, 1_000));
    lede = Lede.open(config);
    Health health = new Health();
    Metrics metrics = new Metrics().bind(lede);
    http = new HttpFrontEnd(config.http(), lede, health, metrics);
    http.start();
    live = LiveCorpus.start(lede);
    // The watcher's first update indexes what is already in the folder.
    awaitAnswer(ORCHARD, a -> answers(a, "Vantree"), System.nanoTime(), "the folder's first indexing");
  }

  @AfterEach
  void stop() {
    if (http != null) http.close();
    if (live != null) live.close();
    if (lede != null) lede.close();
  }

  private static String seals(String count) {
    return "date " + SEALS_DATE + "\ntitle: Brackwater seal count\n\n"
        + "Volunteers counted " + count + " grey seals on the Brackwater sandbanks during the winter survey. "
        + "The survey team said the colony had grown since the last count. "
        + "Boats were kept away from the sandbanks while the pups were young.\n";
  }

  private JsonNode ask(String question) {
    String q = URLEncoder.encode(question, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/api/ask?q=" + q + "&as_of=2025-03-10"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("GET /api/ask failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static boolean answers(JsonNode a, String expected) {
    return !a.path("abstained").asBoolean() && a.path("answer").asText().contains(expected);
  }

  /** Polls until an answer passes, failing if none does within the promise counted from {@code since}. */
  private JsonNode awaitAnswer(String question, Predicate<JsonNode> done, long since, String what) {
    long deadline = since + PROMISE.toNanos();
    JsonNode last;
    while (true) {
      last = ask(question);
      if (done.test(last)) {
        long took = System.nanoTime() - since;
        assertTrue(took <= PROMISE.toNanos(), what + " took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
        return last;
      }
      if (System.nanoTime() - deadline > 0) fail("not within " + PROMISE.toSeconds() + " s: " + what + "; last answer " + last);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for: " + what);
      }
    }
  }

  @Test
  void droppedFile_isAnswerableThroughApiAskWithinTenSeconds() throws IOException {
    serve();
    JsonNode before = ask(SEALS);
    assertTrue(before.path("abstained").asBoolean(), "nothing about seals yet: " + before);

    // Moved in whole, as a well-behaved writer does, so no update sees half a file.
    Path staged = TestCorpus.write(Files.createDirectories(dir.resolve("staging")), "seals.txt", seals("4,700"));
    long written = System.nanoTime();
    Files.move(staged, corpus.resolve("seals.txt"), StandardCopyOption.ATOMIC_MOVE);

    JsonNode first = awaitAnswer(SEALS, a -> answers(a, "4,700"), written, "the dropped file answers");
    assertEquals(SEALS_DATE, first.path("sources").path(0).path("date").asText(), first.toString());
    assertFalse(first.path("cached").asBoolean(), "the first right answer is read afresh, not the cached decline: " + first);
    assertTrue(first.path("sentence").asText().contains("Brackwater sandbanks"), first.toString());
  }

  @Test
  void deletedFile_isNoLongerUsedByApiAskWithinTenSeconds() throws IOException {
    Path seals = TestCorpus.write(corpus, "seals.txt", seals("4,700"));
    serve();
    JsonNode answered = ask(SEALS);
    assertTrue(answers(answered, "4,700"), "the article answers while it is there: " + answered);

    Files.delete(seals);
    long deleted = System.nanoTime();
    JsonNode after = awaitAnswer(SEALS, a -> a.path("abstained").asBoolean(), deleted, "the deleted file stops answering");
    assertTrue(after.path("answer").isNull(), after.toString());
    assertTrue(answers(ask(ORCHARD), "Vantree"), "the other articles still answer");
  }
}

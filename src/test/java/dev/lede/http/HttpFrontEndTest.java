package dev.lede.http;

import static dev.lede.http.ApiClient.encode;
import static dev.lede.http.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.answer.AnswerJson;
import dev.lede.answer.Question;
import dev.lede.chat.Health;
import dev.lede.config.HttpConfig;
import dev.lede.config.LedeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpFrontEndTest {
  private static final String REMOVAL = "How many New Yorkers received removal orders?";

  @TempDir Path dir;
  private Lede lede;
  private Health health;
  private Metrics metrics;
  private HttpFrontEnd http;
  private ApiClient api;

  private void serve(HttpConfig settings) {
    lede = Lede.open(LedeConfig.defaults(dir.resolve("data")));
    health = new Health();
    metrics = new Metrics().bind(lede);
    http = new HttpFrontEnd(settings, lede, health, metrics);
    http.start();
    api = new ApiClient(http.port());
  }

  private void serve() {
    serve(new HttpConfig(true, "127.0.0.1", 0, 0, 200));
  }

  @AfterEach
  void stop() {
    if (http != null) http.close();
    if (lede != null) lede.close();
  }

  private static void assertJsonError(HttpResponse<String> r, int status, String mentioned) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    JsonNode body = json(r);
    assertEquals(1, body.size(), "only an error field: " + r.body());
    assertTrue(body.path("error").asText().contains(mentioned), "'" + body.path("error").asText() + "' should mention " + mentioned);
    assertNoStackTrace(r);
  }

  private static void assertNoStackTrace(HttpResponse<String> r) {
    assertFalse(r.body().contains("Exception"), r.body());
    assertFalse(r.body().contains("\tat ") || r.body().contains("at dev.lede") || r.body().contains("at org."), r.body());
  }

  @Test
  void ask_returnsTheAskJsonObject() {
    serve();
    HttpResponse<String> r = api.get("/api/ask?q=" + encode(REMOVAL) + "&as_of=2025-03-01");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode a = json(r);
    assertEquals(REMOVAL, a.path("question").asText());
    assertTrue(a.path("answer").asText().contains("250,000"), r.body());
    assertTrue(a.path("sentence").asText().contains("received removal orders"), r.body());
    assertFalse(a.path("abstained").asBoolean());
    assertEquals("2025-02-03", a.path("sources").path(0).path("date").asText());
    assertFalse(a.has("message"), "an answer carries no message");
    // The same fields as `ask --json` prints, in the same order.
    JsonNode cli = AnswerJson.of(lede.answering().ask(new Question(REMOVAL, LocalDate.parse("2025-03-01"))));
    assertEquals(fieldNames(cli), fieldNames(a));
    assertEquals(cli.path("answer"), a.path("answer"));
    assertEquals(cli.path("sources").path(0).path("id"), a.path("sources").path(0).path("id"));
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void ask_repeated_isServedFromTheCache() {
    serve();
    assertFalse(json(api.get("/api/ask?q=" + encode(REMOVAL))).path("cached").asBoolean());
    assertTrue(json(api.get("/api/ask?q=" + encode(REMOVAL.toLowerCase()))).path("cached").asBoolean());
  }

  @Test
  void ask_withoutAnAnswer_declines() {
    serve();
    HttpResponse<String> r = api.get("/api/ask?q=" + encode("What is the capital of Australia?"));
    assertEquals(200, r.statusCode());
    JsonNode a = json(r);
    assertTrue(a.path("abstained").asBoolean(), r.body());
    assertTrue(a.path("answer").isNull(), r.body());
    assertEquals(AnswerJson.DECLINED, a.path("message").asText());
  }

  @Test
  void ask_withoutQ_is400() {
    serve();
    assertJsonError(api.get("/api/ask"), 400, "missing parameter q");
    assertJsonError(api.get("/api/ask?q=%20%20"), 400, "missing parameter q");
    assertJsonError(api.get("/api/ask?q=" + encode("?!")), 400, "q must contain a word");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2025-13-01", "2025-02-30", "03/01/2025"})
  void ask_withABadAsOf_is400(String asOf) {
    serve();
    assertJsonError(api.get("/api/ask?q=" + encode(REMOVAL) + "&as_of=" + encode(asOf)), 400, "as_of must be a date in the form YYYY-MM-DD");
  }

  @Test
  void ask_tooLong_is400() {
    serve();
    assertJsonError(api.get("/api/ask?q=" + encode("Why " + "very ".repeat(50) + "long?")), 400, "at most 200 characters");
    assertEquals(200, api.get("/api/ask?q=" + encode("Why " + "very ".repeat(30) + "long?")).statusCode());
  }

  @Test
  void ask_fasterThanTheLimit_is429WithRetryAfter() {
    serve(new HttpConfig(true, "127.0.0.1", 0, 2, 200));
    assertEquals(200, api.get("/api/ask?q=one").statusCode());
    assertEquals(200, api.get("/api/search?q=two").statusCode());
    HttpResponse<String> r = api.get("/api/ask?q=three");
    assertJsonError(r, 429, "too many requests");
    assertTrue(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) >= 1);
  }

  @Test
  void search_returnsArticlesNewestFirst() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "a.txt", "Ferry fares rise", "2024-03-04", "The Quillby ferry fares rose by a tenth.");
    TestCorpus.text(corpus, "b.txt", "Ferry timetable changes", "2024-05-09", "The Quillby ferry now runs every forty minutes.");
    TestCorpus.text(corpus, "c.txt", "Bridge repainted", "2024-06-01", "The Ostermark bridge was repainted green.");
    lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)));
    health = new Health();
    metrics = new Metrics().bind(lede);
    http = new HttpFrontEnd(new HttpConfig(true, "127.0.0.1", 0, 0, 200), lede, health, metrics);
    http.start();
    api = new ApiClient(http.port());

    HttpResponse<String> r = api.get("/api/search?q=" + encode("Quillby ferry"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals("Quillby ferry", body.path("query").asText());
    JsonNode articles = body.path("articles");
    assertEquals(2, articles.size(), r.body());
    assertEquals("Ferry timetable changes", articles.path(0).path("title").asText());
    assertEquals("2024-05-09", articles.path(0).path("date").asText());
    assertEquals("Ferry fares rise", articles.path(1).path("title").asText());
    assertEquals(0, json(api.get("/api/search?q=" + encode("zeppelin"))).path("articles").size());
    assertJsonError(api.get("/api/search"), 400, "missing parameter q");
  }

  @Test
  void health_reportsTheIndexAndEachFrontEnd() {
    serve();
    health.report("telegram", Health.State.RUNNING);
    JsonNode h = json(api.get("/health"));
    assertEquals("ok", h.path("status").asText());
    JsonNode index = h.path("index");
    assertEquals(1, index.path("articles").asLong());
    assertTrue(index.path("passages").asLong() >= 1);
    assertTrue(index.path("generation").asLong() >= 1, h.toString());
    assertEquals(lede.passages().version(), index.path("version").asLong());
    assertNotNull(java.time.Instant.parse(index.path("last_ingest").asText()));
    assertEquals("running", h.path("front_ends").path("http").path("state").asText());
    assertEquals("running", h.path("front_ends").path("telegram").path("state").asText());

    health.report("discord", Health.State.FAILED, "login refused");
    JsonNode after = json(api.get("/health"));
    assertEquals("degraded", after.path("status").asText());
    assertEquals("failed", after.path("front_ends").path("discord").path("state").asText());
    assertEquals("login refused", after.path("front_ends").path("discord").path("detail").asText());
  }

  @Test
  void metrics_countQuestionsOutcomesCacheAndIndex() {
    serve();
    api.get("/api/ask?q=" + encode(REMOVAL));
    api.get("/api/ask?q=" + encode(REMOVAL));
    api.get("/api/ask?q=" + encode("What is the capital of Australia?"));
    api.get("/api/ask?q=" + encode("?!"));
    HttpResponse<String> r = api.get("/metrics");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
    String text = r.body();
    assertEquals(2.0, value(text, "lede_questions_total{front_end=\"http\",outcome=\"answered\"}"), text);
    assertEquals(1.0, value(text, "lede_questions_total{front_end=\"http\",outcome=\"declined\"}"));
    assertEquals(1.0, value(text, "lede_questions_total{front_end=\"http\",outcome=\"refused\"}"));
    assertEquals(1.0, value(text, "lede_cache_hits_total"));
    assertEquals(2.0, value(text, "lede_cache_misses_total"));
    assertEquals(1.0, value(text, "lede_index_articles"));
    assertEquals(3.0, value(text, "lede_question_latency_seconds_count{front_end=\"http\"}"));
    assertTrue(text.contains("lede_question_latency_seconds_bucket{front_end=\"http\",le=\"+Inf\"} 3"), text);
    assertTrue(text.contains("lede_articles_ingested_total"), text);
    assertTrue(text.contains("jvm_memory_used_bytes"), text);
  }

  /** The value of one sample line of Prometheus text, or fails when the line is absent. */
  static double value(String text, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
    if (!m.find()) throw new AssertionError("no sample " + series + " in\n" + text);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void unknownPath_is404Json() {
    serve();
    assertJsonError(api.get("/api/answer?q=x"), 404, "no such endpoint");
    assertJsonError(api.get("/"), 404, "/api/ask");
  }

  @Test
  void failures_are500JsonWithoutAStackTrace_andCountAsErrors() {
    serve();
    lede.passages().close(); // the index goes away under the running server
    assertJsonError(api.get("/health"), 500, "internal error");
    assertJsonError(api.get("/api/ask?q=" + encode(REMOVAL)), 500, "internal error");
    assertEquals(2.0, value(api.get("/metrics").body(), "lede_errors_total{front_end=\"http\"}"));
    lede = null; // closed already
  }

  @Test
  void close_releasesThePortAndReportsStopped() throws IOException {
    serve();
    int port = http.port();
    assertEquals(200, api.get("/health").statusCode());
    http.close();
    assertEquals(Health.State.STOPPED, health.frontEnds().get("http").state());
    assertThrows(UncheckedIOException.class, () -> api.get("/health"));
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      assertEquals(port, again.getLocalPort());
    }
    http.close(); // twice is harmless
    http = null;
  }

  @Test
  void portInUse_failsStartWithTheAddress_andReportsFailed() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      lede = Lede.open(LedeConfig.defaults(dir.resolve("data")));
      health = new Health();
      HttpFrontEnd busy = new HttpFrontEnd(new HttpConfig(true, "127.0.0.1", taken.getLocalPort(), 0, 200), lede, health, new Metrics());
      IllegalStateException e = assertThrows(IllegalStateException.class, busy::start);
      assertTrue(e.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), e.getMessage());
      assertEquals(Health.State.FAILED, health.frontEnds().get("http").state());
      busy.close();
    }
  }
}

package dev.lede.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.Lede;
import dev.lede.answer.AnswerJson;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatRequest;
import dev.lede.chat.Command;
import dev.lede.chat.Health;
import dev.lede.chat.Reply;
import dev.lede.index.PassageIndex;
import dev.lede.retrieve.Source;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The routes of the HTTP API. Every response, errors included, is JSON except /metrics. */
final class Api {
  private static final Logger log = LoggerFactory.getLogger(Api.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";

  private final Chat chat;
  private final Lede lede;
  private final Health health;
  private final Metrics metrics;

  Api(Chat chat, Lede lede, Health health, Metrics metrics) {
    this.chat = chat;
    this.lede = lede;
    this.health = health;
    this.metrics = metrics;
  }

  void routes(RoutesConfig routes) {
    routes.get("/api/ask", this::ask);
    routes.get("/api/search", this::search);
    routes.get("/health", this::health);
    routes.get("/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()));
    routes.error(404, ctx -> error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()
        + "; try GET /api/ask?q=..., /api/search?q=..., /health or /metrics"));
    routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> {
      log.error("{} {} failed", ctx.method(), ctx.path(), e);
      metrics.error(HttpFrontEnd.NAME);
      error(ctx, 500, "internal error; the server log has the details");
    });
  }

  private void ask(Context ctx) {
    String q = required(ctx, "q", "/api/ask?q=How+many+New+Yorkers+received+removal+orders%3F");
    LocalDate asOf = asOf(ctx.queryParam("as_of"));
    Reply reply = chat.handle(new ChatRequest(HttpFrontEnd.NAME, ctx.ip(), ctx.ip(), Command.ASK, q, asOf));
    if (reply instanceof Reply.Answered a) {
      json(ctx, 200, AnswerJson.of(a.answer()));
    } else {
      refused(ctx, reply);
    }
  }

  private void search(Context ctx) {
    String q = required(ctx, "q", "/api/search?q=immigration+courts");
    Reply reply = chat.handle(new ChatRequest(HttpFrontEnd.NAME, ctx.ip(), ctx.ip(), Command.SEARCH, q));
    if (!(reply instanceof Reply.Articles found)) {
      refused(ctx, reply);
      return;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("query", q);
    var articles = o.putArray("articles");
    for (Source s : found.articles()) {
      ObjectNode j = articles.addObject();
      j.put("id", s.articleId());
      j.put("title", s.title());
      j.put("date", s.date() == null ? null : s.date().toString());
      j.put("url", s.url());
      j.put("publisher", s.publisher());
      j.put("snippet", s.snippet());
    }
    json(ctx, 200, o);
  }

  private void health(Context ctx) {
    ObjectNode o = JSON.createObjectNode();
    ObjectNode index = JSON.createObjectNode();
    PassageIndex passages = lede.passages();
    IndexSearcher searcher = passages.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      index.put("generation", reader.getIndexCommit().getGeneration());
      index.put("version", reader.getVersion());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      passages.release(searcher);
    }
    index.put("articles", passages.articleCount());
    index.put("passages", passages.passageCount());
    Instant last = passages.lastUpdate();
    index.put("last_ingest", last == null ? null : last.toString());
    index.put("writable", passages.writable());
    boolean degraded = false;
    ObjectNode frontEnds = JSON.createObjectNode();
    for (Map.Entry<String, Health.Status> e : health.frontEnds().entrySet()) {
      Health.Status s = e.getValue();
      degraded |= s.state() == Health.State.FAILED;
      ObjectNode f = frontEnds.putObject(e.getKey());
      f.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
      f.put("since", s.since().toString());
      if (s.detail() != null) f.put("detail", s.detail());
    }
    o.put("status", degraded ? "degraded" : "ok");
    o.set("index", index);
    o.set("front_ends", frontEnds);
    json(ctx, 200, o);
  }

  private void refused(Context ctx, Reply reply) {
    if (!(reply instanceof Reply.Refused r)) throw new IllegalStateException("unexpected reply " + reply);
    switch (r.reason()) {
      case EMPTY_QUESTION -> error(ctx, 400, "parameter q must contain a word");
      case TOO_LONG -> error(ctx, 400, "parameter q is too long: at most " + chat.policy().maxQuestionChars() + " characters");
      case RATE_LIMITED -> {
        long seconds = r.retryAfter() == null ? 1 : Math.max(1, (r.retryAfter().toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
        error(ctx, 429, "too many requests from " + ctx.ip() + "; retry in " + seconds + " s");
      }
      case NOT_ALLOWED -> error(ctx, 403, r.reason().defaultText());
      // Chat has logged the failure already.
      case UNAVAILABLE -> error(ctx, 500, "internal error while answering; the server log has the details");
    }
  }

  private static String required(Context ctx, String name, String example) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) throw new BadRequest("missing parameter " + name + ", for example " + example);
    return value.strip();
  }

  private static LocalDate asOf(String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest("parameter as_of must be a date in the form YYYY-MM-DD, was '" + shorten(value) + "'");
    }
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, JSON.createObjectNode().put("error", message));
  }

  private static void json(Context ctx, int status, ObjectNode body) {
    ctx.status(status).contentType(JSON_TYPE).result(AnswerJson.write(body));
  }

  /** A request the API cannot take as it stands; its message tells the client what to change. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message, null, false, false);
    }
  }
}

package dev.lede.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A stand-in Bot API server on 127.0.0.1: speaks Telegram's JSON for the methods Lede uses, queues
 * updates for long-polled getUpdates (offset confirms, timeout waits), records every call, checks
 * HTML, lengths and button data as Telegram does, and fails the next calls of a method on request.
 */
final class FakeBotApi implements AutoCloseable {
  static final String TOKEN = "123456789:TEST_token-abcdefghijklmnopqrstuvwxyz12";
  static final long BOT_ID = 777_000_111L;
  static final String BOT_USERNAME = "lede_test_bot";

  /** One call as the server received it. */
  record Call(String method, JsonNode params, long atNanos) {
    String text() {
      return params.path("text").asText(null);
    }

    long chatId() {
      return params.path("chat_id").asLong();
    }
  }

  private record Failure(int code, String description, Integer retryAfter) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-bot-api");
    t.setDaemon(true);
    return t;
  });
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();
  private int nextUpdateId = 5000;
  private int nextMessageId = 1;
  private volatile boolean closed;

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next {@code times} calls of {@code method} fail with {@code code} (and retry_after for 429). */
  void failNext(String method, int times, int code, Integer retryAfterSeconds) {
    String description = code == 429 ? "Too Many Requests: retry after " + retryAfterSeconds
        : code >= 500 ? "Internal Server Error" : "Bad Request";
    synchronized (lock) {
      Deque<Failure> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
      for (int i = 0; i < times; i++) queue.add(new Failure(code, description, retryAfterSeconds));
    }
  }

  // ---- updates ---------------------------------------------------------------------------------

  ObjectNode user(long id, String name) {
    ObjectNode u = json.createObjectNode();
    u.put("id", id).put("is_bot", false).put("first_name", name);
    return u;
  }

  /** A text message in a private chat with the user; returns the update id. */
  int privateText(long userId, String text) {
    ObjectNode chat = json.createObjectNode().put("id", userId).put("type", "private").put("first_name", "Reader" + userId);
    return push("message", message(chat, userId, text));
  }

  /** A text message in a group; {@code replyToBot} makes it a reply to one of the bot's messages. */
  int groupText(long chatId, long userId, String text, boolean replyToBot) {
    ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", "supergroup").put("title", "Newsroom");
    ObjectNode message = message(chat, userId, text);
    int at = text.indexOf("@" + BOT_USERNAME);
    if (at >= 0) {
      message.putArray("entities").addObject().put("type", "mention").put("offset", at).put("length", BOT_USERNAME.length() + 1);
    }
    if (text.startsWith("/")) {
      int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
      ArrayNode entities = message.has("entities") ? (ArrayNode) message.get("entities") : message.putArray("entities");
      entities.insertObject(0).put("type", "bot_command").put("offset", 0).put("length", end);
    }
    if (replyToBot) {
      ObjectNode original = json.createObjectNode();
      original.put("message_id", 1).put("date", now()).set("chat", chat.deepCopy());
      original.set("from", json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Lede").put("username", BOT_USERNAME));
      original.put("text", "An earlier answer");
      message.set("reply_to_message", original);
    }
    return push("message", message);
  }

  /** A non-text message (a sticker) in a private chat. */
  int privateSticker(long userId) {
    ObjectNode chat = json.createObjectNode().put("id", userId).put("type", "private");
    ObjectNode message = message(chat, userId, null);
    message.remove("text");
    message.putObject("sticker").put("file_id", "s1").put("file_unique_id", "u1").put("type", "regular")
        .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
    return push("message", message);
  }

  int inlineQuery(long userId, String query) {
    ObjectNode q = json.createObjectNode();
    q.put("id", "iq" + userId + "-" + System.nanoTime()).put("query", query).put("offset", "").put("chat_type", "sender");
    q.set("from", user(userId, "Reader" + userId));
    return push("inline_query", q);
  }

  /** A press on a button of the bot's message {@code messageId} in {@code chatId}. */
  int callback(long userId, long chatId, int messageId, String data) {
    ObjectNode q = json.createObjectNode();
    q.put("id", "cb" + userId + "-" + System.nanoTime()).put("chat_instance", "ci" + chatId).put("data", data);
    q.set("from", user(userId, "Reader" + userId));
    ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
    ObjectNode message = json.createObjectNode().put("message_id", messageId).put("date", now()).put("text", "answer");
    message.set("chat", chat);
    message.set("from", json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Lede"));
    q.set("message", message);
    return push("callback_query", q);
  }

  /** A raw update body, for kinds the helpers above do not build. */
  int push(String kind, ObjectNode body) {
    synchronized (lock) {
      int id = nextUpdateId++;
      ObjectNode update = json.createObjectNode().put("update_id", id);
      update.set(kind, body);
      updates.add(update);
      lock.notifyAll();
      return id;
    }
  }

  private ObjectNode message(ObjectNode chat, long userId, String text) {
    ObjectNode m = json.createObjectNode();
    synchronized (lock) {
      m.put("message_id", 100_000 + nextMessageId++);
    }
    m.put("date", now());
    m.set("chat", chat);
    m.set("from", user(userId, "Reader" + userId));
    if (text != null) m.put("text", text);
    return m;
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  // ---- what was called ---------------------------------------------------------------------------

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method.equals(method)).toList();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Waits (bounded) until {@code count} calls of {@code method} match; returns those that do. */
  List<Call> await(String method, Predicate<Call> match, int count, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      List<Call> found = calls(method).stream().filter(match).toList();
      if (found.size() >= count) return found;
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " " + method + " call(s) matching within " + within + ", saw "
            + found.size() + "; all calls: " + summary());
      }
      pause();
    }
  }

  Call awaitOne(String method, Predicate<Call> match) {
    return await(method, match, 1, Duration.ofSeconds(10)).getFirst();
  }

  /** Waits until {@code condition} holds (bounded). */
  static void awaitTrue(String what, java.util.function.BooleanSupplier condition, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted");
    }
  }

  String summary() {
    StringBuilder s = new StringBuilder();
    for (Call c : calls) {
      if (c.method.equals("getUpdates")) continue;
      s.append("\n  ").append(c.method).append(' ').append(c.params.toString(), 0, Math.min(300, c.params.toString().length()));
    }
    return s.toString();
  }

  /** Confirmed (acknowledged by a later offset) updates are dropped from the queue. */
  boolean pending(int updateId) {
    synchronized (lock) {
      return updates.stream().anyMatch(u -> u.get("update_id").asInt() == updateId);
    }
  }

  // ---- serving ---------------------------------------------------------------------------------

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String[] parts = path.split("/");
      if (parts.length != 3 || !parts[1].startsWith("bot")) {
        respond(exchange, 404, error(404, "Not Found: " + path, null));
        return;
      }
      if (!parts[1].equals("bot" + TOKEN)) {
        respond(exchange, 401, error(401, "Unauthorized", null));
        return;
      }
      String method = canonical(parts[2]);
      byte[] body = exchange.getRequestBody().readAllBytes();
      JsonNode params = body.length == 0 ? json.createObjectNode() : json.readTree(body);
      calls.add(new Call(method, params, System.nanoTime()));
      Failure failure;
      synchronized (lock) {
        Deque<Failure> queue = failures.get(method);
        failure = queue == null ? null : queue.poll();
      }
      if (failure != null) {
        respond(exchange, failure.code, error(failure.code, failure.description, failure.retryAfter));
        return;
      }
      JsonNode result;
      try {
        result = handle(method, params);
      } catch (BadRequest e) {
        respond(exchange, 400, error(400, "Bad Request: " + e.getMessage(), null));
        return;
      }
      if (result == null) {
        respond(exchange, 404, error(404, "Not Found: method not found", null));
        return;
      }
      ObjectNode ok = json.createObjectNode().put("ok", true);
      ok.set("result", result);
      respond(exchange, 200, ok);
    } catch (RuntimeException e) {
      e.printStackTrace();
    }
  }

  private static final List<String> METHODS = List.of("getMe", "deleteWebhook", "getUpdates", "sendMessage", "editMessageText",
      "answerCallbackQuery", "answerInlineQuery", "setMyCommands", "sendChatAction");

  /** Telegram's method names are case-insensitive (TelegramBots sends "getme"). */
  private static String canonical(String method) {
    return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
  }

  private static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  private JsonNode handle(String method, JsonNode p) {
    return switch (method) {
      case "getMe" -> json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Lede")
          .put("username", BOT_USERNAME).put("can_join_groups", true).put("can_read_all_group_messages", false)
          .put("supports_inline_queries", true);
      case "deleteWebhook", "setMyCommands" -> json.getNodeFactory().booleanNode(true);
      case "sendChatAction" -> {
        if (!p.path("action").asText().equals("typing")) throw new BadRequest("wrong parameter action in request");
        yield json.getNodeFactory().booleanNode(true);
      }
      case "getUpdates" -> getUpdates(p);
      case "sendMessage" -> {
        String visible = checkText(p.path("text").asText(null), p.path("parse_mode").asText(null));
        checkMarkup(p.path("reply_markup"));
        ObjectNode m = json.createObjectNode();
        synchronized (lock) {
          m.put("message_id", nextMessageId++);
        }
        m.put("date", now()).put("text", visible);
        m.set("chat", json.createObjectNode().put("id", p.path("chat_id").asLong()).put("type", "private"));
        m.set("from", json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Lede"));
        yield m;
      }
      case "editMessageText" -> {
        checkText(p.path("text").asText(null), p.path("parse_mode").asText(null));
        checkMarkup(p.path("reply_markup"));
        if (p.hasNonNull("inline_message_id")) yield json.getNodeFactory().booleanNode(true);
        ObjectNode m = json.createObjectNode().put("message_id", p.path("message_id").asInt()).put("date", now());
        m.set("chat", json.createObjectNode().put("id", p.path("chat_id").asLong()).put("type", "private"));
        yield m;
      }
      case "answerCallbackQuery" -> {
        if (!p.hasNonNull("callback_query_id")) throw new BadRequest("callback_query_id is empty");
        if (p.path("text").asText("").length() > 200) throw new BadRequest("MESSAGE_TOO_LONG");
        yield json.getNodeFactory().booleanNode(true);
      }
      case "answerInlineQuery" -> {
        JsonNode results = p.path("results");
        if (results.size() > 50) throw new BadRequest("RESULTS_TOO_MUCH");
        for (JsonNode r : results) {
          if (r.path("id").asText("").getBytes(StandardCharsets.UTF_8).length > 64) throw new BadRequest("RESULT_ID_INVALID");
          if (r.path("title").asText("").isEmpty()) throw new BadRequest("RESULT_TITLE_EMPTY");
          JsonNode content = r.path("input_message_content");
          checkText(content.path("message_text").asText(null), content.path("parse_mode").asText(null));
          checkMarkup(r.path("reply_markup"));
        }
        yield json.getNodeFactory().booleanNode(true);
      }
      default -> null;
    };
  }

  private String checkText(String text, String parseMode) {
    if (text == null || text.isBlank()) throw new BadRequest("message text is empty");
    String visible;
    if ("HTML".equalsIgnoreCase(parseMode)) {
      try {
        visible = TelegramHtml.visibleText(text);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("can't parse entities: " + e.getMessage());
      }
    } else {
      visible = text;
    }
    if (visible.length() > 4096) throw new BadRequest("message is too long");
    return visible;
  }

  private static void checkMarkup(JsonNode markup) {
    for (JsonNode row : markup.path("inline_keyboard")) {
      for (JsonNode button : row) {
        String data = button.path("callback_data").asText("");
        if (data.getBytes(StandardCharsets.UTF_8).length > 64) throw new BadRequest("BUTTON_DATA_INVALID");
      }
    }
  }

  private JsonNode getUpdates(JsonNode p) {
    int offset = p.path("offset").asInt(0);
    int limit = p.path("limit").asInt(100);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(p.path("timeout").asInt(0));
    ArrayNode result = json.createArrayNode();
    synchronized (lock) {
      // An offset confirms every update below it; Telegram forgets those.
      updates.removeIf(u -> u.get("update_id").asInt() < offset);
      while (updates.isEmpty() && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) break;
        try {
          lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      for (ObjectNode u : updates) {
        if (result.size() >= limit) break;
        result.add(u);
      }
    }
    return result;
  }

  private ObjectNode error(int code, String description, Integer retryAfter) {
    ObjectNode e = json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    if (retryAfter != null) e.putObject("parameters").put("retry_after", retryAfter);
    return e;
  }

  private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (lock) {
      lock.notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}

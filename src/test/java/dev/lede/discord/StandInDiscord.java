package dev.lede.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A stand-in for Discord on 127.0.0.1: the REST API JDA uses (users/@me, gateway/bot, command
 * registration, interaction callbacks, webhook edits and follow-ups) and a gateway WebSocket that
 * says HELLO, accepts IDENTIFY and RESUME, acknowledges heartbeats, sends READY and dispatches
 * interactions. Every REST call is recorded; the edit endpoint can be told to fail with a 500.
 */
final class StandInDiscord implements AutoCloseable {
  static final String BOT_ID = "1100000000000000001";
  static final String APP_ID = "1100000000000000002";
  static final String GUILD_ID = "1100000000000000003";
  static final String CHANNEL_ID = "1100000000000000004";
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One REST request: method, path below /api/v10/, and the JSON body (an empty object if none). */
  record Call(String method, String path, JsonNode body) {
    boolean is(String m, String pathPrefix) {
      return method.equals(m) && path.startsWith(pathPrefix);
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  final java.util.Set<String> authorizations = ConcurrentHashMap.newKeySet();
  private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
  private final AtomicLong increment = new AtomicLong();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger identifies = new AtomicInteger();
  private final AtomicInteger resumes = new AtomicInteger();
  private final AtomicInteger editFailuresLeft = new AtomicInteger();
  private final AtomicInteger channelFailuresLeft = new AtomicInteger();
  private volatile WebSocket socket;
  private volatile boolean ready;
  private final String sessionId = "stand-in-session";

  StandInDiscord() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return handle(request);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  String apiUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
  }

  String gatewayUrl() {
    return "ws://127.0.0.1:" + server.getPort() + "/gateway";
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method, String pathPrefix) {
    return calls.stream().filter(c -> c.is(method, pathPrefix)).toList();
  }

  int identifies() {
    return identifies.get();
  }

  int resumes() {
    return resumes.get();
  }

  /** The next {@code n} edits of an original response answer 500. */
  /** The next {@code n} messages posted to a channel are refused with 403 Missing Access. */
  void failChannelMessages(int n) {
    channelFailuresLeft.set(n);
  }

  void failEdits(int n) {
    editFailuresLeft.set(n);
  }

  /** Puts a command list in place as if registered earlier. */
  void registered(String target, ArrayNode list) {
    commands.put(target, list);
  }

  /**
   * Drops the gateway connection the way Discord does when something broke on its side (close
   * code 4000, "unknown error; reconnect"): the client should resume the session.
   */
  void dropSocket() {
    WebSocket s = socket;
    ready = false;
    socket = null;
    if (s != null) s.close(4000, "stand-in dropped the connection");
  }

  boolean ready() {
    return ready;
  }

  // ---- interactions -------------------------------------------------------------------------

  static String snowflake(long increment) {
    return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (increment & 0xFFF));
  }

  String nextId() {
    return snowflake(increment.incrementAndGet());
  }

  /** Dispatches a slash command from {@code user}; returns the interaction id. Options: name, value pairs. */
  String slash(String user, String command, Object... options) {
    ObjectNode data = JSON.createObjectNode().put("id", "1200000000000000" + Math.abs(command.hashCode() % 1000))
        .put("name", command).put("type", 1);
    ArrayNode opts = data.putArray("options");
    for (int i = 0; i < options.length; i += 2) {
      ObjectNode o = opts.addObject().put("name", (String) options[i]);
      if (options[i + 1] instanceof Boolean b) o.put("type", 5).put("value", b);
      else o.put("type", 3).put("value", options[i + 1].toString());
    }
    return interaction(2, user, data, null);
  }

  String autocomplete(String user, String command, String option, String typed) {
    ObjectNode data = JSON.createObjectNode().put("id", "1200000000000000999").put("name", command).put("type", 1);
    data.putArray("options").addObject().put("name", option).put("type", 3).put("value", typed).put("focused", true);
    return interaction(4, user, data, null);
  }

  String button(String user, String customId) {
    ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
    ObjectNode message = JSON.createObjectNode().put("id", nextId()).put("flags", 64);
    return interaction(3, user, data, message);
  }

  private String interaction(int type, String user, ObjectNode data, ObjectNode message) {
    String id = nextId();
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id).put("application_id", APP_ID).put("type", type).put("token", "token-" + id).put("version", 1)
        .put("guild_id", GUILD_ID).put("channel_id", CHANNEL_ID).put("locale", "en-US").put("guild_locale", "en-US")
        .put("app_permissions", "2248473465835073").put("context", 0);
    d.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
    d.putObject("channel").put("id", CHANNEL_ID).put("type", 0).put("guild_id", GUILD_ID).put("name", "general")
        .put("position", 0).put("permissions", "2248473465835073").put("nsfw", false).put("flags", 0)
        .put("rate_limit_per_user", 0).putNull("parent_id").putNull("topic").putNull("last_message_id");
    ObjectNode member = d.putObject("member");
    member.putObject("user").put("id", user).put("username", "user" + user.substring(user.length() - 3))
        .put("discriminator", "0").putNull("global_name").putNull("avatar").put("public_flags", 0);
    member.putArray("roles");
    member.put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("permissions", "2248473465835073")
        .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false).putNull("nick").putNull("avatar")
        .putNull("premium_since");
    d.putArray("entitlements");
    d.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    d.set("data", data);
    if (message != null) d.set("message", message);
    dispatch("INTERACTION_CREATE", d);
    return id;
  }

  private void dispatch(String event, JsonNode data) {
    WebSocket s = socket;
    if (s == null) throw new IllegalStateException("no gateway connection to dispatch " + event + " on");
    ObjectNode frame = JSON.createObjectNode().put("op", 0).put("t", event).put("s", sequence.incrementAndGet());
    frame.set("d", data);
    s.send(frame.toString());
  }

  // ---- gateway ------------------------------------------------------------------------------

  private final class Gateway extends WebSocketListener {
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      webSocket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode frame;
      try {
        frame = JSON.readTree(text);
      } catch (IOException e) {
        webSocket.close(4002, "decode error");
        return;
      }
      switch (frame.path("op").asInt(-1)) {
        case 1 -> webSocket.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
        case 2 -> {
          identifies.incrementAndGet();
          ObjectNode d = JSON.createObjectNode().put("v", 10).put("session_id", sessionId)
              .put("resume_gateway_url", gatewayUrl());
          d.set("user", self());
          d.putArray("guilds");
          d.putArray("private_channels");
          d.putObject("application").put("id", APP_ID).put("flags", 0);
          JsonNode shard = frame.path("d").path("shard");
          if (shard.isArray()) d.set("shard", shard);
          ready = true;
          dispatch("READY", d);
        }
        case 6 -> {
          resumes.incrementAndGet();
          ready = true;
          dispatch("RESUMED", JSON.createObjectNode());
        }
        default -> { }
      }
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      if (socket == webSocket) socket = null;
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(1000, null);
      if (socket == webSocket) socket = null;
    }
  }

  // ---- REST ---------------------------------------------------------------------------------

  private MockResponse handle(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.startsWith("/gateway")) return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
    if (!path.startsWith("/api/v10/")) return json(404, "{\"message\":\"404: Not Found\",\"code\":0}");
    String route = path.substring("/api/v10/".length());
    JsonNode body;
    try {
      body = request.getBody() == null || request.getBody().size() == 0 ? JSON.createObjectNode()
          : JSON.readTree(request.getBody().utf8());
    } catch (IOException e) {
      body = JSON.createObjectNode().put("unparsed", request.getBody().utf8());
    }
    String method = request.getMethod();
    String authorization = request.getHeaders().get("Authorization");
    if (authorization != null) authorizations.add(authorization);
    calls.add(new Call(method, route, body));
    if (route.equals("users/@me")) return json(200, self().toString());
    if (route.equals("applications/@me")) {
      return json(200, JSON.createObjectNode().put("id", APP_ID).put("name", "Lede").put("description", "")
          .put("bot_public", true).put("flags", 0).toString());
    }
    if (route.equals("gateway/bot")) {
      ObjectNode g = JSON.createObjectNode().put("url", gatewayUrl()).put("shards", 1);
      g.putObject("session_start_limit").put("total", 1000).put("remaining", 1000).put("reset_after", 0)
          .put("max_concurrency", 1);
      return json(200, g.toString());
    }
    if (route.startsWith("applications/" + APP_ID + "/")) return commandsRoute(method, route, body);
    if (route.startsWith("interactions/") && route.endsWith("/callback")) return new MockResponse.Builder().code(204).build();
    if (method.equals("POST") && route.matches("channels/\\d+/messages")) {
      if (channelFailuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return json(403, "{\"message\":\"Missing Access\",\"code\":50001}");
      }
      return json(200, message(body).put("channel_id", route.split("/")[1]).put("type", 0).toString());
    }
    if (route.startsWith("webhooks/" + APP_ID + "/")) {
      if (method.equals("PATCH") && route.endsWith("/messages/@original") && editFailuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return json(500, "{\"message\":\"500: Internal Server Error\",\"code\":0}");
      }
      return json(200, message(body).toString());
    }
    return json(404, "{\"message\":\"Unknown route " + route + "\",\"code\":0}");
  }

  private MockResponse commandsRoute(String method, String route, JsonNode body) {
    String target = route.contains("/guilds/") ? "guild-" + route.split("/")[3] : "global";
    if (!route.endsWith("/commands")) return json(404, "{\"message\":\"Unknown command route\",\"code\":0}");
    if (method.equals("GET")) return json(200, commands.getOrDefault(target, JSON.createArrayNode()).toString());
    if (method.equals("PUT")) {
      ArrayNode stored = JSON.createArrayNode();
      for (JsonNode c : body) {
        ObjectNode copy = c.deepCopy();
        copy.put("id", nextId()).put("application_id", APP_ID).put("version", nextId());
        if (!copy.has("type")) copy.put("type", 1);
        if (target.startsWith("guild-")) copy.put("guild_id", target.substring(6));
        stored.add(copy);
      }
      commands.put(target, stored);
      return json(200, stored.toString());
    }
    return json(405, "{\"message\":\"405: Method Not Allowed\",\"code\":0}");
  }

  private ObjectNode message(JsonNode body) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", nextId()).put("type", 20).put("channel_id", CHANNEL_ID).put("application_id", APP_ID)
        .put("webhook_id", APP_ID).put("content", body.path("content").asText(""))
        .put("timestamp", OffsetDateTime.now().toString()).putNull("edited_timestamp").put("tts", false)
        .put("mention_everyone", false).put("pinned", false).put("flags", body.path("flags").asInt(0));
    ObjectNode author = m.putObject("author");
    author.put("id", BOT_ID).put("username", "lede").put("discriminator", "0000").put("bot", true).putNull("avatar");
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("attachments");
    ArrayNode embeds = m.putArray("embeds");
    for (JsonNode e : body.path("embeds")) embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
    m.putArray("components");
    return m;
  }

  private static ObjectNode self() {
    return JSON.createObjectNode().put("id", BOT_ID).put("username", "lede").put("discriminator", "0000")
        .put("bot", true).put("verified", true).put("mfa_enabled", false).putNull("avatar").putNull("global_name")
        .put("flags", 0);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  // ---- waiting ------------------------------------------------------------------------------

  /** Waits (bounded) until the condition holds; fails with the description and the calls so far. */
  void await(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + limit.toMillis() + " ms waiting for " + what + "; REST calls: " + describeCalls());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }

  /** Waits for the first call matching and returns it. */
  Call awaitCall(String what, Predicate<Call> match) {
    Call[] found = new Call[1];
    await(what, Duration.ofSeconds(10), () -> {
      for (Call c : calls) {
        if (match.test(c)) {
          found[0] = c;
          return true;
        }
      }
      return false;
    });
    return found[0];
  }

  /** Calls about one interaction: its callbacks and its webhook requests. */
  List<Call> callsFor(String interactionId) {
    List<Call> out = new ArrayList<>();
    for (Call c : calls) {
      if (c.path().startsWith("interactions/" + interactionId + "/") || c.path().contains("/token-" + interactionId)) out.add(c);
    }
    return out;
  }

  String describeCalls() {
    StringBuilder b = new StringBuilder();
    for (Call c : calls) b.append("\n  ").append(c.method()).append(' ').append(c.path().replaceAll("token-\\d+", "token-…"));
    return b.toString();
  }

  @Override
  public void close() {
    dropSocket();
    server.close();
  }
}

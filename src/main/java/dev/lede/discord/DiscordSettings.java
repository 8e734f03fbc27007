package dev.lede.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lede.chat.ChatPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Discord front end's settings, read from {@code bots/discord.yaml}. Every key is optional;
 * an unknown key or a bad value stops start-up with a message naming both. {@code DISCORD_API_URL}
 * and {@code DISCORD_GATEWAY_URL} override the connection URLs. The token is not a setting: it
 * comes only from {@code DISCORD_BOT_TOKEN}.
 *
 * @param commandGuilds guilds to register the slash commands in; empty for global commands
 * @param descriptions each slash command's description, by command name
 * @param privateReplies whether replies are ephemeral unless the {@code private:} option says otherwise
 * @param answerBudget how long an answer may take before the interaction is deferred
 * @param answerThreads threads that answer questions
 * @param policy limits and the guild allow-list
 * @param apiUrl the REST base URL, ending in "/"
 * @param gatewayUrl the gateway WebSocket URL
 * @param shards 1 for one gateway connection; more to run that many shards through a ShardManager
 * @param stateDir where the registered commands' fingerprint is kept
 */
public record DiscordSettings(
    List<String> commandGuilds,
    Map<String, String> descriptions,
    boolean privateReplies,
    Duration answerBudget,
    int answerThreads,
    ChatPolicy policy,
    String apiUrl,
    String gatewayUrl,
    int shards,
    Path stateDir) {

  static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
  static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";
  static final Map<String, String> DEFAULT_DESCRIPTIONS = defaultDescriptions();

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, Set<String>> KEYS = Map.of(
      "", Set.of("commands", "replies", "limits", "connection", "state_dir"),
      "commands", Set.of("guilds", "descriptions"),
      "commands.descriptions", DEFAULT_DESCRIPTIONS.keySet(),
      "replies", Set.of("private", "answer_budget_ms", "answer_threads"),
      "limits", Set.of("max_question_chars", "per_user_per_minute", "per_guild_per_minute", "allowed_guilds"),
      "connection", Set.of("api_url", "gateway_url", "shards"));

  public DiscordSettings {
    commandGuilds = List.copyOf(commandGuilds);
    descriptions = Map.copyOf(descriptions);
  }

  /** The defaults, as if the file were empty. */
  public static DiscordSettings defaults() {
    try {
      return parse(YAML.createObjectNode(), "defaults", Map.of());
    } catch (InvalidSettings e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Reads the file (the defaults when it does not exist) and applies the environment overrides.
   *
   * @throws InvalidSettings naming the file, the key and the value that broke a rule
   */
  public static DiscordSettings read(Path file, Map<String, String> env) throws InvalidSettings {
    JsonNode root;
    if (!Files.exists(file)) {
      root = YAML.createObjectNode();
    } else {
      try {
        root = YAML.readTree(file.toFile());
      } catch (JsonProcessingException e) {
        throw new InvalidSettings(file + ": not valid YAML: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new InvalidSettings(file + ": cannot be read: " + e.getMessage());
      }
      if (root == null || root.isMissingNode() || root.isNull()) root = YAML.createObjectNode();
    }
    return parse(root, file.toString(), env);
  }

  private static DiscordSettings parse(JsonNode root, String origin, Map<String, String> env) throws InvalidSettings {
    Reader r = new Reader(origin);
    r.checkKeys(root, "");
    JsonNode commands = r.object(root, "commands");
    JsonNode replies = r.object(root, "replies");
    JsonNode limits = r.object(root, "limits");
    JsonNode connection = r.object(root, "connection");

    List<String> guilds = r.snowflakes(commands, "commands.guilds");
    Map<String, String> descriptions = new LinkedHashMap<>(DEFAULT_DESCRIPTIONS);
    JsonNode given = r.object(commands, "commands.descriptions");
    for (String name : DEFAULT_DESCRIPTIONS.keySet()) {
      String d = r.text(given, "commands.descriptions." + name, null);
      if (d == null) continue;
      if (d.isBlank() || d.length() > 100) {
        throw r.invalid("commands.descriptions." + name, d, "must be 1 to 100 characters");
      }
      descriptions.put(name, d);
    }

    boolean privateReplies = r.bool(replies, "replies.private", false);
    int budgetMs = r.integer(replies, "replies.answer_budget_ms", 1_500, 0, 2_500);
    int threads = r.integer(replies, "replies.answer_threads", 4, 1, 64);

    int maxChars = r.integer(limits, "limits.max_question_chars", 500, 1, 6_000);
    int perUser = r.integer(limits, "limits.per_user_per_minute", 6, 0, 10_000);
    int perGuild = r.integer(limits, "limits.per_guild_per_minute", 60, 0, 1_000_000);
    List<String> allowed = r.snowflakes(limits, "limits.allowed_guilds");

    String apiUrl = r.url(env.get("DISCORD_API_URL"), "DISCORD_API_URL",
        r.text(connection, "connection.api_url", DEFAULT_API_URL), "connection.api_url", Set.of("http", "https"));
    if (!apiUrl.endsWith("/")) apiUrl = apiUrl + "/";
    String gatewayUrl = r.url(env.get("DISCORD_GATEWAY_URL"), "DISCORD_GATEWAY_URL",
        r.text(connection, "connection.gateway_url", DEFAULT_GATEWAY_URL), "connection.gateway_url", Set.of("ws", "wss"));
    int shards = r.integer(connection, "connection.shards", 1, 1, 10_000);
    Path stateDir = Path.of(r.text(root, "state_dir", "data/discord"));

    return new DiscordSettings(guilds, descriptions, privateReplies, Duration.ofMillis(budgetMs), threads,
        new ChatPolicy(maxChars, perUser, perGuild, Set.copyOf(allowed)), apiUrl, gatewayUrl, shards, stateDir);
  }

  private static Map<String, String> defaultDescriptions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("ask", "Ask a question; Lede answers from the news articles it has read");
    d.put("search", "Find articles by words, newest first");
    d.put("latest", "The newest articles, optionally on a topic");
    d.put("about", "What Lede has read and how to ask it");
    d.put("lede-stats", "Lede's usage and cache figures (server managers)");
    d.put("follow", "Follow a topic: Lede posts new articles on it in this channel");
    d.put("following", "The topics this channel follows");
    d.put("unfollow", "Stop following a topic, by its words or number");
    return Map.copyOf(d);
  }

  /** A settings file that breaks a rule; the message names the file, key and value. */
  public static final class InvalidSettings extends Exception {
    InvalidSettings(String message) {
      super(message);
    }
  }

  /** Reads typed values and words every complaint the same way. */
  private record Reader(String origin) {
    void checkKeys(JsonNode node, String path) throws InvalidSettings {
      if (node == null || node.isMissingNode()) return;
      if (!node.isObject()) throw invalid(path.isEmpty() ? "(top level)" : path, node.toString(), "must be a mapping of keys");
      Set<String> known = KEYS.get(path);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        String full = path.isEmpty() ? key : path + "." + key;
        if (!known.contains(key)) {
          throw new InvalidSettings(origin + ": unknown key '" + full + "' (known here: " + String.join(", ", sorted(known)) + ")");
        }
        if (KEYS.containsKey(full)) checkKeys(node.get(key), full);
      }
    }

    JsonNode object(JsonNode parent, String path) {
      JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
      return n == null || n.isNull() ? YAML.createObjectNode() : n;
    }

    String text(JsonNode parent, String path, String fallback) throws InvalidSettings {
      JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
      if (n == null || n.isNull()) return fallback;
      if (!n.isTextual()) throw invalid(path, n.toString(), "must be text");
      return n.asText();
    }

    boolean bool(JsonNode parent, String path, boolean fallback) throws InvalidSettings {
      JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
      if (n == null || n.isNull()) return fallback;
      if (!n.isBoolean()) throw invalid(path, n.toString(), "must be true or false");
      return n.asBoolean();
    }

    int integer(JsonNode parent, String path, int fallback, int min, int max) throws InvalidSettings {
      JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
      if (n == null || n.isNull()) return fallback;
      if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
        throw invalid(path, n.toString(), "must be a whole number from " + min + " to " + max);
      }
      return n.asInt();
    }

    List<String> snowflakes(JsonNode parent, String path) throws InvalidSettings {
      JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
      List<String> out = new ArrayList<>();
      if (n == null || n.isNull()) return out;
      if (!n.isArray()) throw invalid(path, n.toString(), "must be a list of guild ids");
      for (JsonNode e : n) {
        String id = e.isIntegralNumber() ? e.bigIntegerValue().toString() : e.asText();
        if (!id.matches("[0-9]{15,21}")) throw invalid(path, e.toString(), "must hold guild ids (15 to 21 digits)");
        out.add(id);
      }
      return out;
    }

    String url(String override, String envName, String configured, String path, Set<String> schemes) throws InvalidSettings {
      String value = override != null && !override.isBlank() ? override.strip() : configured;
      String culprit = override != null && !override.isBlank() ? "environment variable " + envName : path;
      try {
        URI uri = new URI(value);
        if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase()) || uri.getHost() == null) {
          throw new InvalidSettings(origin + ": " + culprit + " must be a " + String.join(" or ", sorted(schemes))
              + " URL, was '" + value + "'");
        }
      } catch (java.net.URISyntaxException e) {
        throw new InvalidSettings(origin + ": " + culprit + " is not a URL: '" + value + "'");
      }
      return value;
    }

    InvalidSettings invalid(String path, String value, String rule) {
      return new InvalidSettings(origin + ": " + path + " " + rule + ", was " + value);
    }

    private static List<String> sorted(Set<String> s) {
      return s.stream().sorted().toList();
    }
  }
}

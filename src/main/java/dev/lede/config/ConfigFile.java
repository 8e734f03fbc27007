package dev.lede.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code config/lede.yaml}. Every key is known: a misspelt or unknown key, or a value of
 * the wrong kind, stops start-up with a message naming the file, the key and the value.
 */
public final class ConfigFile {
  private static final Map<String, Set<String>> KEYS = Map.of(
      "", Set.of("corpus", "data_dir", "cache", "retrieval", "answer", "index", "watch", "feeds", "http", "semantic"),
      "semantic", Set.of("enabled", "sentences", "index"),
      "watch", Set.of("rescan_every"),
      "cache", Set.of("max_size", "max_age"),
      "retrieval", Set.of("passages"),
      "answer", Set.of("decline_below"),
      "index", Set.of("dir", "passage_words", "passage_max_words"),
      "http", Set.of("enabled", "host", "port", "per_client_per_minute", "max_question_chars"));
  private static final Set<String> FEED_KEYS = Set.of("url", "every");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private ConfigFile() {}

  /** The settings in {@code file} over the defaults; relative paths are taken from {@code base}. */
  public static LedeConfig load(Path file, Path base) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""));
    }
    LedeConfig c = LedeConfig.defaults(base.resolve("data"));
    if (root == null || root.isNull() || root.isMissingNode()) return c;
    if (!root.isObject()) throw new ConfigException(file + ": expected a mapping of settings at the top level");
    checkKeys(file, "", root);
    List<Path> corpus = new ArrayList<>();
    JsonNode corpusNode = root.path("corpus");
    if (corpusNode.isTextual()) corpus.add(base.resolve(corpusNode.asText()));
    else if (corpusNode.isArray()) for (JsonNode p : corpusNode) corpus.add(base.resolve(text(file, "corpus[]", p)));
    else if (!corpusNode.isMissingNode() && !corpusNode.isNull()) throw invalid(file, "corpus", corpusNode, "a path or a list of paths");
    Path dataDir = root.has("data_dir") ? base.resolve(text(file, "data_dir", root.get("data_dir"))) : c.dataDir();
    JsonNode index = root.path("index");
    Path indexDir = index.has("dir") ? base.resolve(text(file, "index.dir", index.get("dir"))) : null;
    JsonNode cache = root.path("cache");
    JsonNode watch = root.path("watch");
    try {
      List<Feed> feeds = feeds(file, root.path("feeds"));
      return new LedeConfig(corpus, dataDir, indexDir,
          cache.has("max_size") ? integer(file, "cache.max_size", cache.get("max_size")) : c.cacheSize(),
          cache.has("max_age") ? duration(file, "cache.max_age", cache.get("max_age")) : c.cacheAge(),
          root.path("retrieval").has("passages") ? (int) integer(file, "retrieval.passages", root.path("retrieval").get("passages")) : c.passages(),
          root.path("answer").has("decline_below") ? number(file, "answer.decline_below", root.path("answer").get("decline_below")) : c.declineBelow(),
          index.has("passage_words") ? (int) integer(file, "index.passage_words", index.get("passage_words")) : c.passageWords(),
          index.has("passage_max_words") ? (int) integer(file, "index.passage_max_words", index.get("passage_max_words")) : c.passageMaxWords(),
          watch.has("rescan_every") ? duration(file, "watch.rescan_every", watch.get("rescan_every")) : c.rescanEvery(),
          feeds,
          http(file, root.path("http"), c.http()),
          semantic(file, root.path("semantic"), c.semantic()));
    } catch (ConfigException e) {
      throw e.getMessage().startsWith(file.toString()) ? e : new ConfigException(file + ": " + e.getMessage());
    }
  }

  private static HttpConfig http(Path file, JsonNode http, HttpConfig d) {
    return new HttpConfig(
        http.has("enabled") ? bool(file, "http.enabled", http.get("enabled")) : d.enabled(),
        http.has("host") ? text(file, "http.host", http.get("host")) : d.host(),
        http.has("port") ? (int) integer(file, "http.port", http.get("port")) : d.port(),
        http.has("per_client_per_minute") ? (int) integer(file, "http.per_client_per_minute", http.get("per_client_per_minute")) : d.perClientPerMinute(),
        http.has("max_question_chars") ? (int) integer(file, "http.max_question_chars", http.get("max_question_chars")) : d.maxQuestionChars());
  }

  private static Semantic semantic(Path file, JsonNode semantic, Semantic d) {
    return new Semantic(
        semantic.has("enabled") ? bool(file, "semantic.enabled", semantic.get("enabled")) : d.enabled(),
        semantic.has("sentences") ? (int) integer(file, "semantic.sentences", semantic.get("sentences")) : d.sentences(),
        semantic.has("index") ? bool(file, "semantic.index", semantic.get("index")) : d.index());
  }

  private static boolean bool(Path file, String key, JsonNode v) {
    if (!v.isBoolean()) throw invalid(file, key, v, "true or false");
    return v.asBoolean();
  }

  private static void checkKeys(Path file, String section, JsonNode node) {
    Set<String> allowed = KEYS.get(section);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      String path = section.isEmpty() ? key : section + "." + key;
      if (!allowed.contains(key)) throw new ConfigException(file + ": unknown setting '" + path + "'; known here: " + String.join(", ", allowed.stream().sorted().toList()));
      if (KEYS.containsKey(key) && section.isEmpty()) {
        JsonNode child = node.get(key);
        if (child.isNull()) continue;
        if (!child.isObject()) throw invalid(file, path, child, "a mapping");
        checkKeys(file, key, child);
      }
    }
  }

  /** {@code feeds:} a list of {@code {url, every}} mappings. */
  private static List<Feed> feeds(Path file, JsonNode node) {
    List<Feed> feeds = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) return feeds;
    if (!node.isArray()) throw invalid(file, "feeds", node, "a list of {url, every} mappings");
    for (int i = 0; i < node.size(); i++) {
      String key = "feeds[" + i + "]";
      JsonNode feed = node.get(i);
      if (!feed.isObject()) throw invalid(file, key, feed, "a mapping with url and every");
      for (Iterator<String> it = feed.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!FEED_KEYS.contains(name)) throw new ConfigException(file + ": unknown setting '" + key + "." + name + "'; known here: every, url");
      }
      if (!feed.has("url")) throw new ConfigException(file + ": " + key + ".url is missing: each feed needs the address of its RSS or Atom document");
      JsonNode url = feed.get("url");
      if (!url.isTextual()) throw invalid(file, key + ".url", url, "an http or https address");
      URI uri;
      try {
        uri = new URI(url.asText().strip());
      } catch (URISyntaxException e) {
        throw invalid(file, key + ".url", url, "an http or https address (" + e.getReason() + ")");
      }
      Duration every = feed.has("every") ? duration(file, key + ".every", feed.get("every")) : Feed.DEFAULT_EVERY;
      try {
        feeds.add(new Feed(uri, every));
      } catch (ConfigException e) {
        throw new ConfigException(file + ": " + key + ": " + e.getMessage());
      }
    }
    return feeds;
  }

  private static String text(Path file, String key, JsonNode v) {
    if (!v.isTextual() || v.asText().isBlank()) throw invalid(file, key, v, "a path");
    return v.asText();
  }

  private static long integer(Path file, String key, JsonNode v) {
    if (!v.canConvertToLong() || !v.isIntegralNumber()) throw invalid(file, key, v, "a whole number");
    return v.asLong();
  }

  private static double number(Path file, String key, JsonNode v) {
    if (!v.isNumber()) throw invalid(file, key, v, "a number");
    return v.asDouble();
  }

  static Duration duration(Path file, String key, JsonNode v) {
    String s = v.asText().strip();
    Matcher m = DURATION.matcher(s);
    if (!v.isTextual() || !m.matches()) throw invalid(file, key, v, "a duration such as 30s, 10m, 6h or 2d");
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  private static ConfigException invalid(Path file, String key, JsonNode v, String expected) {
    return new ConfigException(file + ": " + key + " must be " + expected + ", was " + v);
  }
}

package dev.lede.telegram;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.lede.chat.ChatPolicy;
import dev.lede.chat.Command;
import dev.lede.chat.Refusal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the Telegram front end reads from {@code bots/telegram.yaml}: where the Bot API is,
 * limits, retry timing, the command menu and every text a reader sees. Every key is optional and
 * falls back to {@link #defaults()}; an unknown key or a bad value stops start-up with a message
 * that names the key and the value.
 *
 * @param apiUrl the Bot API server, e.g. {@code https://api.telegram.org} or a self-hosted one
 * @param mode long polling (the default) or a webhook, set up by {@code webhook}
 */
public record TelegramSettings(
    URI apiUrl,
    Limits limits,
    Workers workers,
    Polling polling,
    Sending sending,
    int shutdownGraceSeconds,
    List<MenuCommand> commands,
    Texts texts,
    Mode mode,
    WebhookSettings webhook) {

  /** How updates arrive: Lede asks for them (getUpdates), or Telegram posts them to a webhook. */
  public enum Mode {
    @JsonProperty("polling") POLLING,
    @JsonProperty("webhook") WEBHOOK
  }

  /** The environment variable that overrides {@code api_url}. */
  public static final String API_URL_ENV = "TELEGRAM_API_URL";
  static final String FILE_NAME = "telegram.yaml";

  /**
   * @param maxQuestionChars longer questions are refused with a message
   * @param perUserPerMinute questions and searches one reader may make a minute; 0 for no limit
   * @param perChatPerMinute requests one chat may make a minute; 0 for no limit
   * @param allowedChats chat ids Lede answers in ("inline" admits inline mode); empty for everywhere
   * @param inlineResults at most this many inline results, 1 to 5
   * @param inlineMinChars inline queries shorter than this get no results yet (people are still typing)
   * @param inlineCacheSeconds how long Telegram may reuse an inline answer for the same query
   */
  public record Limits(
      int maxQuestionChars,
      int perUserPerMinute,
      int perChatPerMinute,
      List<String> allowedChats,
      int inlineResults,
      int inlineMinChars,
      int inlineCacheSeconds) {}

  /**
   * @param threads updates answered at once; a slow answer occupies one
   * @param queue updates waiting for a thread before polling pauses
   */
  public record Workers(int threads, int queue) {}

  /** getUpdates long-poll timeout, and the back-off between failed polls. */
  public record Polling(int timeoutSeconds, long retryInitialMillis, long retryMaxMillis) {}

  /**
   * @param maxAttempts tries per Bot API call before the reply is given up (and logged)
   * @param retryInitialMillis first back-off after a network error or 5xx, doubled each time
   * @param retryMaxMillis longest back-off
   * @param maxRetryAfterSeconds a 429 asking to wait longer than this gives up instead
   * @param requestTimeoutSeconds timeout of one Bot API call
   */
  public record Sending(
      int maxAttempts, long retryInitialMillis, long retryMaxMillis, int maxRetryAfterSeconds, int requestTimeoutSeconds) {}

  /** One entry of the command menu registered with setMyCommands. */
  public record MenuCommand(String command, String description) {}

  /**
   * What readers see. Plain text: Lede escapes it. Placeholders in braces are filled in.
   *
   * @param refusals texts for {@link Refusal}s by lower-case name; a missing one uses {@link Refusal#defaultText()}
   */
  public record Texts(
      String start,
      String help,
      String about,
      String declined,
      String nearestArticles,
      String searchHeader,
      String latestHeader,
      String latestTopicHeader,
      String noArticles,
      String otherSources,
      String noOtherSources,
      String unknownCommand,
      String textOnly,
      String sourcesButton,
      String helpfulButton,
      String unhelpfulButton,
      String feedbackThanks,
      String expired,
      String inlineMore,
      Map<String, String> refusals,
      String followed,
      String alreadyFollowing,
      String followingHeader,
      String followingNone,
      String unfollowed,
      String notFollowed,
      String notification) {}

  public static TelegramSettings defaults() {
    return new TelegramSettings(
        URI.create("https://api.telegram.org"),
        new Limits(500, 20, 60, List.of(), 5, 3, 300),
        new Workers(8, 200),
        new Polling(50, 500, 30_000),
        new Sending(6, 500, 30_000, 120, 30),
        20,
        List.of(
            new MenuCommand("ask", "Ask a question about the news"),
            new MenuCommand("search", "Find articles by words, newest first"),
            new MenuCommand("latest", "The most recent articles, optionally on a topic"),
            new MenuCommand("follow", "Follow a topic: new articles on it are posted here"),
            new MenuCommand("following", "The topics this chat follows"),
            new MenuCommand("unfollow", "Stop following a topic (its words or number)"),
            new MenuCommand("about", "What the archive holds"),
            new MenuCommand("help", "How to use Lede")),
        new Texts(
            "Hello! I'm Lede. Ask me a question about the news and I'll answer from our articles, with the sentence and the article that say so.\n\nFor example: {example}",
            "Send me a question in plain words and I'll answer from the articles, quoting the sentence that supports the answer and linking the article.\n\nIn groups, use /ask or mention me. In any chat, type my @name and a question to answer inline.",
            "The archive holds {articles} articles, from {first} to {last}. Last updated {updated}.",
            "I couldn't find that in the articles.",
            "Nearest articles:",
            "Articles matching \u201c{query}\u201d, newest first:",
            "The latest articles:",
            "The latest on \u201c{query}\u201d:",
            "No articles match \u201c{query}\u201d.",
            "Other articles:",
            "No other articles support this answer.",
            "I don't know that command. Send /help to see what I can do.",
            "I can only read text. Please type your question.",
            "Sources",
            "\uD83D\uDC4D",
            "\uD83D\uDC4E",
            "Thanks for the feedback!",
            "That answer has expired. Please ask again.",
            "Also in",
            Map.of(
                "rate_limited", "Please slow down a little: you can ask again in {seconds} seconds.",
                "too_long", "That question is too long: please keep it under {max} characters."),
            "Following \u201c{topic}\u201d. I'll post new articles on it here.",
            "This chat already follows \u201c{topic}\u201d.",
            "This chat follows:",
            "This chat follows no topics. Start with /follow and a few words, e.g. /follow climate summit",
            "No longer following \u201c{topic}\u201d.",
            "This chat does not follow \u201c{asked}\u201d. Send /following to see its topics and their numbers.",
            "New on \u201c{topic}\u201d:"),
        Mode.POLLING,
        WebhookSettings.defaults());
  }

  /** What the shared chat layer enforces for Telegram. */
  public ChatPolicy policy() {
    return new ChatPolicy(limits.maxQuestionChars, limits.perUserPerMinute, limits.perChatPerMinute,
        Set.copyOf(limits.allowedChats));
  }

  Duration shutdownGrace() {
    return Duration.ofSeconds(shutdownGraceSeconds);
  }

  /** The text for a refusal, configured or the chat layer's default. */
  String refusalText(Refusal reason) {
    String configured = texts.refusals.get(reason.name().toLowerCase(Locale.ROOT));
    return configured != null ? configured : reason.defaultText();
  }

  /**
   * Reads {@code botsDir/telegram.yaml} over the defaults (a missing file means all defaults),
   * then applies {@value #API_URL_ENV} from {@code env}.
   *
   * @throws IllegalArgumentException naming the key and value that are wrong
   */
  public static TelegramSettings load(Path botsDir, Map<String, String> env) {
    Path file = botsDir.resolve(FILE_NAME);
    String apiUrl = env.get(API_URL_ENV);
    boolean fromEnv = apiUrl != null && !apiUrl.isBlank();
    TelegramSettings settings = SettingsFile.read(file, defaults(), TelegramSettings.class, merged -> {
      if (fromEnv) merged.put("api_url", apiUrl.strip());
    });
    return settings.validated(file + (fromEnv ? " (api_url from " + API_URL_ENV + ")" : ""));
  }

  /** Checks every value; {@code origin} says where they came from, for the messages. */
  TelegramSettings validated(String origin) {
    String where = origin + ": ";
    require(apiUrl != null, where + "api_url is missing");
    String scheme = apiUrl.getScheme();
    require("https".equals(scheme) || "http".equals(scheme),
        where + "api_url must be an http or https URL, was '" + apiUrl + "'");
    require(apiUrl.getHost() != null, where + "api_url has no host: '" + apiUrl + "'");
    require(apiUrl.getRawPath() == null || apiUrl.getRawPath().isEmpty() || apiUrl.getRawPath().equals("/"),
        where + "api_url must have no path (the Bot API lives at the server's root), was '" + apiUrl + "'");
    require(apiUrl.getRawQuery() == null && apiUrl.getRawUserInfo() == null,
        where + "api_url must have no query or user info, was '" + apiUrl + "'");
    require(limits != null && workers != null && polling != null && sending != null && texts != null && commands != null
        && webhook != null, where + "a section is empty");
    require(mode != null, where + "mode must be polling or webhook");
    webhook.validate(where, mode == Mode.WEBHOOK);
    between(where, "limits.max_question_chars", limits.maxQuestionChars, 1, 4000);
    between(where, "limits.per_user_per_minute", limits.perUserPerMinute, 0, 10_000);
    between(where, "limits.per_chat_per_minute", limits.perChatPerMinute, 0, 100_000);
    between(where, "limits.inline_results", limits.inlineResults, 1, 5);
    between(where, "limits.inline_min_chars", limits.inlineMinChars, 1, 256);
    between(where, "limits.inline_cache_seconds", limits.inlineCacheSeconds, 0, 86_400);
    for (String chat : limits.allowedChats) {
      require(chat != null && (chat.equals("inline") || chat.matches("-?[0-9]{1,20}")),
          where + "limits.allowed_chats entries must be chat ids (digits, '-' for groups) or 'inline', was '" + chat + "'");
    }
    between(where, "workers.threads", workers.threads, 1, 256);
    between(where, "workers.queue", workers.queue, 0, 100_000);
    between(where, "polling.timeout_seconds", polling.timeoutSeconds, 0, 120);
    between(where, "polling.retry_initial_millis", polling.retryInitialMillis, 1, 600_000);
    between(where, "polling.retry_max_millis", polling.retryMaxMillis, polling.retryInitialMillis, 3_600_000);
    between(where, "sending.max_attempts", sending.maxAttempts, 1, 100);
    between(where, "sending.retry_initial_millis", sending.retryInitialMillis, 1, 600_000);
    between(where, "sending.retry_max_millis", sending.retryMaxMillis, sending.retryInitialMillis, 3_600_000);
    between(where, "sending.max_retry_after_seconds", sending.maxRetryAfterSeconds, 0, 3_600);
    between(where, "sending.request_timeout_seconds", sending.requestTimeoutSeconds, 1, 600);
    between(where, "shutdown_grace_seconds", shutdownGraceSeconds, 0, 600);
    validateCommands(where);
    validateTexts(where);
    return this;
  }

  private void validateCommands(String where) {
    require(!commands.isEmpty(), where + "commands must list at least one command");
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < commands.size(); i++) {
      MenuCommand c = commands.get(i);
      String key = "commands[" + i + "]";
      require(c != null && c.command != null && c.description != null, where + key + " needs a command and a description");
      require(c.command.matches("[a-z0-9_]{1,32}"),
          where + key + ".command must be 1-32 lower-case letters, digits or underscores, was '" + c.command + "'");
      require(Command.named(c.command).isPresent(), where + key + ".command '" + c.command
          + "' is not a command Lede knows (one of " + List.of(Command.values()).stream().map(Command::word).toList() + ")");
      require(seen.add(c.command), where + key + ".command '" + c.command + "' is listed twice");
      require(!c.description.isBlank() && c.description.length() <= 256,
          where + key + ".description must be 1-256 characters, was '" + c.description + "'");
    }
  }

  private void validateTexts(String where) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("start", texts.start);
    all.put("help", texts.help);
    all.put("about", texts.about);
    all.put("declined", texts.declined);
    all.put("nearest_articles", texts.nearestArticles);
    all.put("search_header", texts.searchHeader);
    all.put("latest_header", texts.latestHeader);
    all.put("latest_topic_header", texts.latestTopicHeader);
    all.put("no_articles", texts.noArticles);
    all.put("other_sources", texts.otherSources);
    all.put("no_other_sources", texts.noOtherSources);
    all.put("unknown_command", texts.unknownCommand);
    all.put("text_only", texts.textOnly);
    all.put("sources_button", texts.sourcesButton);
    all.put("helpful_button", texts.helpfulButton);
    all.put("unhelpful_button", texts.unhelpfulButton);
    all.put("feedback_thanks", texts.feedbackThanks);
    all.put("expired", texts.expired);
    all.put("inline_more", texts.inlineMore);
    all.put("followed", texts.followed);
    all.put("already_following", texts.alreadyFollowing);
    all.put("following_header", texts.followingHeader);
    all.put("following_none", texts.followingNone);
    all.put("unfollowed", texts.unfollowed);
    all.put("not_followed", texts.notFollowed);
    all.put("notification", texts.notification);
    Map<String, Set<String>> placeholders = Map.ofEntries(
        Map.entry("followed", Set.of("topic")),
        Map.entry("already_following", Set.of("topic")),
        Map.entry("unfollowed", Set.of("topic")),
        Map.entry("not_followed", Set.of("asked")),
        Map.entry("notification", Set.of("topic")),
        Map.entry("start", Set.of("example")),
        Map.entry("about", Set.of("articles", "first", "last", "updated")),
        Map.entry("search_header", Set.of("query")),
        Map.entry("latest_topic_header", Set.of("query")),
        Map.entry("no_articles", Set.of("query")));
    for (Map.Entry<String, String> e : all.entrySet()) {
      String key = "texts." + e.getKey();
      require(e.getValue() != null && !e.getValue().isBlank(), where + key + " must not be empty");
      require(e.getValue().length() <= 2000, where + key + " must be at most 2000 characters");
      checkPlaceholders(where, key, e.getValue(), placeholders.getOrDefault(e.getKey(), Set.of()));
    }
    require(texts.feedbackThanks.length() <= 200 && texts.expired.length() <= 200,
        where + "texts.feedback_thanks and texts.expired are shown as notifications: at most 200 characters");
    require(texts.sourcesButton.length() <= 64 && texts.helpfulButton.length() <= 64 && texts.unhelpfulButton.length() <= 64,
        where + "button texts must be at most 64 characters");
    require(texts.refusals != null, where + "texts.refusals must be a mapping");
    Map<String, Set<String>> refusalPlaceholders = Map.of("rate_limited", Set.of("seconds"), "too_long", Set.of("max"));
    for (Map.Entry<String, String> e : texts.refusals.entrySet()) {
      String key = "texts.refusals." + e.getKey();
      Set<String> names = new LinkedHashSet<>();
      for (Refusal r : Refusal.values()) names.add(r.name().toLowerCase(Locale.ROOT));
      require(names.contains(e.getKey()), where + "unknown key '" + key + "' (known here: " + String.join(", ", names) + ")");
      require(e.getValue() != null && !e.getValue().isBlank(), where + key + " must not be empty");
      checkPlaceholders(where, key, e.getValue(), refusalPlaceholders.getOrDefault(e.getKey(), Set.of()));
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private static void checkPlaceholders(String where, String key, String text, Set<String> allowed) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      require(allowed.contains(m.group(1)), where + key + " uses unknown placeholder {" + m.group(1) + "}"
          + (allowed.isEmpty() ? " (it takes none)" : " (it takes " + allowed.stream().sorted().map(s -> "{" + s + "}").toList() + ")"));
    }
  }

  private static void between(String where, String key, long value, long min, long max) {
    require(value >= min && value <= max, where + key + " must be between " + min + " and " + max + ", was " + value);
  }

  private static void require(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }
}

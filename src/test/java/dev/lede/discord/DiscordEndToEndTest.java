package dev.lede.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.answer.AnswerCache;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import dev.lede.retrieve.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real JDA against a stand-in Discord on 127.0.0.1: REST and gateway. */
class DiscordEndToEndTest {
  private static final String USER = "1300000000000000001";
  private static final String QUESTION = "How many New Yorkers received removal orders?";
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path state;
  private final List<AutoCloseable> open = new ArrayList<>();
  private StandInDiscord discord;
  private FakeCore core;
  private Chat chat;

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
  }

  private DiscordFrontEnd start(ChatPolicy policy, boolean privateReplies) throws Exception {
    if (discord == null) {
      discord = new StandInDiscord();
      open.add(discord);
    }
    if (core == null) core = new FakeCore(600);
    chat = new Chat(new AnswerCache(core, () -> 1, 1_000, Duration.ofHours(1)), core, policy);
    DiscordSettings settings = new DiscordSettings(List.of(), DiscordSettings.DEFAULT_DESCRIPTIONS, privateReplies,
        Duration.ofMillis(300), 8, policy, discord.apiUrl(), discord.gatewayUrl(), 1, state);
    DiscordFrontEnd frontEnd = new DiscordFrontEnd("stand-in-token", settings, chat, List.of(Duration.ofMillis(50), Duration.ofMillis(100)));
    open.add(frontEnd);
    frontEnd.start();
    return frontEnd;
  }

  private DiscordFrontEnd start() throws Exception {
    return start(ChatPolicy.open(), false);
  }

  private StandInDiscord.Call callback(String interaction) {
    return discord.awaitCall("the callback of interaction " + interaction,
        c -> c.is("POST", "interactions/" + interaction + "/"));
  }

  private StandInDiscord.Call edit(String interaction) {
    return discord.awaitCall("the edit of interaction " + interaction,
        c -> c.is("PATCH", "webhooks/") && c.path().contains("/token-" + interaction + "/messages/@original"));
  }

  @Test
  void ask_slowAnswer_isDeferredThenTheOriginalEditedWithTheAnswerEmbed() throws Exception {
    start();
    String id = discord.slash(USER, "ask", "question", QUESTION);

    assertEquals(5, callback(id).body().path("type").asInt(), "deferred: DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE");
    JsonNode message = edit(id).body();
    JsonNode embed = message.path("embeds").get(0);
    assertTrue(embed.path("title").asText().contains("250,000"), embed.toString());
    assertTrue(embed.path("description").asText().contains("received removal orders"), embed.toString());
    JsonNode field = embed.path("fields").get(0);
    assertEquals("Immigration courts issue removal orders", field.path("name").asText());
    assertTrue(field.path("value").asText().contains("2025-02-03"), field.toString());
    assertTrue(field.path("value").asText().contains("(https://example.com/removal-orders)"), field.toString());
    assertTrue(embed.path("footer").path("text").asText().matches("answered from 1 article · \\d+ ms"), embed.toString());
    List<String> buttons = new ArrayList<>();
    for (JsonNode b : message.path("components").get(0).path("components")) {
      buttons.add(b.path("label").asText(b.path("emoji").path("name").asText()));
    }
    assertEquals(List.of("Sources", "👍", "👎"), buttons);
  }

  @Test
  void ask_cachedAnswer_isTheReplyItselfWithoutDeferring() throws Exception {
    start();
    String first = discord.slash(USER, "ask", "question", QUESTION);
    edit(first);
    String second = discord.slash(USER, "ask", "question", QUESTION.toLowerCase());

    JsonNode reply = callback(second).body();
    assertEquals(4, reply.path("type").asInt(), "CHANNEL_MESSAGE_WITH_SOURCE at once");
    assertTrue(reply.path("data").path("embeds").get(0).path("title").asText().contains("250,000"));
    discord.await("no more calls", Duration.ofMillis(500), () -> true);
    assertEquals(1, discord.callsFor(second).size(), discord.describeCalls());
    assertEquals(1, core.asked.get(), "the core answered once; the cache the second time");
  }

  @Test
  void ask_onTheSampleCorpus_answersFromTheRealCore(@TempDir Path data) throws Exception {
    discord = new StandInDiscord();
    open.add(discord);
    dev.lede.Lede lede = dev.lede.Lede.open(dev.lede.config.LedeConfig.defaults(data));
    open.add(lede);
    ChatPolicy policy = ChatPolicy.open();
    DiscordSettings settings = new DiscordSettings(List.of(), DiscordSettings.DEFAULT_DESCRIPTIONS, false,
        Duration.ofMillis(300), 2, policy, discord.apiUrl(), discord.gatewayUrl(), 1, state);
    DiscordFrontEnd frontEnd = new DiscordFrontEnd("stand-in-token", settings, lede.chat(policy), List.of(Duration.ofMillis(50)));
    open.add(frontEnd);
    frontEnd.start();

    String id = discord.slash(USER, "ask", "question", QUESTION);
    StandInDiscord.Call reply = discord.awaitCall("the answer to " + id, c -> c.path().contains(id)
        && (c.is("PATCH", "webhooks/") || c.body().path("type").asInt() == 4));
    JsonNode embed = (reply.method().equals("PATCH") ? reply.body() : reply.body().path("data")).path("embeds").get(0);
    assertTrue(embed.path("title").asText().contains("250,000"), embed.toString());

    String declined = discord.slash(USER, "ask", "question", "What is the capital of Australia?");
    StandInDiscord.Call decline = discord.awaitCall("the answer to " + declined, c -> c.path().contains(declined)
        && (c.is("PATCH", "webhooks/") || c.body().path("type").asInt() == 4));
    JsonNode declineEmbed = (decline.method().equals("PATCH") ? decline.body() : decline.body().path("data")).path("embeds").get(0);
    assertEquals("The articles don't say", declineEmbed.path("title").asText());
  }

  @Test
  void token_isSentToDiscordButNeverLogged() throws Exception {
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ch.qos.logback.classic.Logger lede = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.lede");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs = new ch.qos.logback.core.read.ListAppender<>();
    logs.start();
    root.addAppender(logs);
    ch.qos.logback.classic.Level before = lede.getLevel();
    lede.setLevel(ch.qos.logback.classic.Level.DEBUG);
    try {
      start();
      edit(discord.slash(USER, "ask", "question", QUESTION));
      discord.dropSocket();
      discord.await("a resume", WAIT, () -> discord.ready());
    } finally {
      root.detachAppender(logs);
      lede.setLevel(before);
    }
    assertTrue(discord.authorizations.contains("Bot stand-in-token"), "the token reaches Discord: " + discord.authorizations.size());
    assertFalse(logs.list.isEmpty());
    for (ch.qos.logback.classic.spi.ILoggingEvent e : logs.list) {
      assertFalse(e.getFormattedMessage().contains("stand-in-token"), e.getFormattedMessage());
      if (e.getThrowableProxy() != null) assertFalse(e.getThrowableProxy().getMessage() != null && e.getThrowableProxy().getMessage().contains("stand-in-token"));
    }
  }

  @Test
  void commands_areRegisteredAtStartAndNotAgainWhenUnchanged() throws Exception {
    DiscordFrontEnd first = start();
    List<StandInDiscord.Call> puts = discord.calls("PUT", "applications/" + StandInDiscord.APP_ID + "/commands");
    assertEquals(1, puts.size(), discord.describeCalls());
    Set<String> names = new HashSet<>();
    for (JsonNode c : puts.get(0).body()) names.add(c.path("name").asText());
    assertEquals(Set.of("ask", "search", "latest", "about", "lede-stats", "follow", "following", "unfollow"), names);
    JsonNode stats = null;
    for (JsonNode c : puts.get(0).body()) if (c.path("name").asText().equals("lede-stats")) stats = c;
    assertEquals("32", stats.path("default_member_permissions").asText(), "MANAGE_SERVER only");
    first.close();

    start();
    assertEquals(1, discord.calls("PUT", "applications/" + StandInDiscord.APP_ID + "/commands").size(),
        "unchanged definitions are not registered again");
  }

  @Test
  void autocomplete_offersFrequentQuestionsAndArticleTitles() throws Exception {
    start();
    edit(discord.slash(USER, "ask", "question", QUESTION));
    String id = discord.autocomplete(USER, "ask", "question", "removal");

    JsonNode body = callback(id).body();
    assertEquals(8, body.path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
    List<String> choices = new ArrayList<>();
    for (JsonNode c : body.path("data").path("choices")) choices.add(c.path("name").asText());
    assertEquals(List.of("how many new yorkers received removal orders", "Immigration courts issue removal orders"), choices);
  }

  @Test
  void buttons_showSourcesPrivatelyAndTakeFeedback() throws Exception {
    start();
    String ask = discord.slash(USER, "ask", "question", QUESTION);
    JsonNode message = edit(ask).body();
    String sourcesId = message.path("components").get(0).path("components").get(0).path("custom_id").asText();
    String upId = message.path("components").get(0).path("components").get(1).path("custom_id").asText();

    JsonNode sources = callback(discord.button(USER, sourcesId)).body();
    assertEquals(4, sources.path("type").asInt());
    assertEquals(64, sources.path("data").path("flags").asInt() & 64, "ephemeral");
    JsonNode field = sources.path("data").path("embeds").get(0).path("fields").get(0);
    assertTrue(field.path("value").asText().contains("250,000"), "the snippet: " + field);

    JsonNode thanks = callback(discord.button(USER, upId)).body();
    assertEquals("Thanks for the feedback!", thanks.path("data").path("content").asText());
    assertEquals(64, thanks.path("data").path("flags").asInt() & 64);

    JsonNode expired = callback(discord.button(USER, "lede:up:unknown")).body();
    assertTrue(expired.path("data").path("content").asText().contains("too old"), expired.toString());
  }

  @Test
  void private_option_makesTheDeferredAndTheDirectReplyEphemeral() throws Exception {
    start();
    String slow = discord.slash(USER, "ask", "question", QUESTION, "private", true);
    JsonNode deferred = callback(slow).body();
    assertEquals(5, deferred.path("type").asInt());
    assertEquals(64, deferred.path("data").path("flags").asInt() & 64, deferred.toString());
    edit(slow);

    String fast = discord.slash(USER, "about", "private", true);
    JsonNode direct = callback(fast).body();
    assertEquals(4, direct.path("type").asInt());
    assertEquals(64, direct.path("data").path("flags").asInt() & 64, direct.toString());

    String open = discord.slash(USER, "about");
    assertEquals(0, callback(open).body().path("data").path("flags").asInt(0) & 64, "public unless configured");
  }

  @Test
  void privateReplies_setting_makesRepliesEphemeralUnlessTheOptionSaysNo() throws Exception {
    start(ChatPolicy.open(), true);
    assertEquals(64, callback(discord.slash(USER, "about")).body().path("data").path("flags").asInt() & 64);
    assertEquals(0, callback(discord.slash(USER, "about", "private", false)).body().path("data").path("flags").asInt(0) & 64);
  }

  @Test
  void oversizedAnswer_isKeptWithinDiscordsLimits() throws Exception {
    core = new FakeCore(600);
    List<Source> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(new Source("x" + i, "T".repeat(300) + i, LocalDate.of(2025, 1, 1), "https://example.com/" + i, "P".repeat(100), "S".repeat(2000)));
    }
    core.answer("Tell me everything", "A".repeat(1000), "B".repeat(10_000), many);
    start();
    String id = discord.slash(USER, "ask", "question", "Tell me everything");
    JsonNode embed = edit(id).body().path("embeds").get(0);

    assertEquals(256, embed.path("title").asText().length());
    assertTrue(embed.path("title").asText().endsWith("…"));
    assertTrue(embed.path("description").asText().length() <= 4096);
    assertTrue(embed.path("description").asText().endsWith("…"));
    assertTrue(embed.path("fields").size() <= 25);
    int total = embed.path("title").asText().length() + embed.path("description").asText().length()
        + embed.path("footer").path("text").asText().length();
    for (JsonNode f : embed.path("fields")) {
      assertTrue(f.path("name").asText().length() <= 256);
      assertTrue(f.path("value").asText().length() <= 1024);
      total += f.path("name").asText().length() + f.path("value").asText().length();
    }
    assertTrue(total <= 6000, "total " + total);
    assertTrue(embed.path("footer").path("text").asText().startsWith("answered from 40 articles"));
  }

  @Test
  void editFailingOnce_isRetried() throws Exception {
    start();
    discord.failEdits(1);
    String id = discord.slash(USER, "ask", "question", QUESTION);
    discord.await("two edits", WAIT, () -> discord.callsFor(id).stream().filter(c -> c.method().equals("PATCH")).count() == 2);
    discord.await("quiet", Duration.ofMillis(300), () -> true);
    assertTrue(discord.callsFor(id).stream().noneMatch(c -> c.method().equals("POST") && c.path().startsWith("webhooks/")),
        "no error follow-up once the retry worked: " + discord.describeCalls());
  }

  @Test
  void editFailingForGood_tellsTheUser() throws Exception {
    start();
    discord.failEdits(100);
    String id = discord.slash(USER, "ask", "question", QUESTION);
    StandInDiscord.Call followUp = discord.awaitCall("an error follow-up",
        c -> c.is("POST", "webhooks/" + StandInDiscord.APP_ID + "/token-" + id));
    assertTrue(followUp.body().path("content").asText().contains("could not deliver"), followUp.body().toString());
    assertEquals(64, followUp.body().path("flags").asInt() & 64);
    assertEquals(3, discord.callsFor(id).stream().filter(c -> c.method().equals("PATCH")).count(), "first try and two retries");
  }

  @Test
  void thirtyInteractionsAtOnce_eachAnsweredExactlyOnce() throws Exception {
    core = new FakeCore(200);
    start();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(i % 3 == 0 ? discord.slash(user(i), "about") : discord.slash(user(i), "ask", "question", "Question number " + i + "?"));
    }
    discord.await("30 answers", Duration.ofSeconds(20), () -> ids.stream().allMatch(id -> answered(id) >= 1));
    discord.await("quiet", Duration.ofMillis(500), () -> true);
    for (String id : ids) {
      List<StandInDiscord.Call> calls = discord.callsFor(id);
      assertEquals(1, calls.stream().filter(c -> c.method().equals("POST") && c.path().startsWith("interactions/")).count(), "one callback: " + calls);
      assertEquals(1, answered(id), "one answer: " + calls);
    }
  }

  private static String user(int i) {
    return String.format("13000000000000000%02d", i);
  }

  private long answered(String id) {
    return discord.callsFor(id).stream()
        .filter(c -> c.method().equals("PATCH") || (c.path().startsWith("interactions/") && c.body().path("type").asInt() == 4))
        .count();
  }

  @Test
  void droppedGateway_isResumedAndInteractionsStillAnswered() throws Exception {
    start();
    discord.dropSocket();
    discord.await("a resume", WAIT, () -> discord.resumes() == 1 && discord.ready());
    String id = discord.slash(USER, "about");
    assertEquals(4, callback(id).body().path("type").asInt());
    assertEquals(1, discord.identifies(), "resumed, not identified again");
  }

  @Test
  void rateLimit_perUser_getsAPoliteEphemeralReply() throws Exception {
    start(new ChatPolicy(500, 2, 0, Set.of()), false);
    callback(discord.slash(USER, "search", "words", "budget"));
    callback(discord.slash(USER, "search", "words", "budget"));
    JsonNode refused = callback(discord.slash(USER, "search", "words", "budget")).body();
    assertEquals(4, refused.path("type").asInt());
    assertEquals(64, refused.path("data").path("flags").asInt() & 64);
    assertTrue(refused.path("data").path("content").asText().contains("slow down"), refused.toString());
    JsonNode other = callback(discord.slash("1300000000000000999", "search", "words", "budget")).body();
    assertTrue(other.path("data").path("embeds").get(0).path("title").asText().contains("budget"), "another user is not limited");
  }

  @Test
  void allowList_refusesOtherGuilds() throws Exception {
    start(new ChatPolicy(500, 0, 0, Set.of("1999999999999999999")), false);
    JsonNode refused = callback(discord.slash(USER, "about")).body();
    assertEquals("Lede is not enabled in this chat.", refused.path("data").path("content").asText());
  }

  @Test
  void stats_showsUsageAndCacheFiguresPrivately() throws Exception {
    start();
    edit(discord.slash(USER, "ask", "question", QUESTION));
    callback(discord.slash(USER, "ask", "question", QUESTION));
    JsonNode stats = callback(discord.slash(USER, "lede-stats")).body();
    assertEquals(64, stats.path("data").path("flags").asInt() & 64);
    String fields = stats.path("data").path("embeds").get(0).path("fields").toString();
    assertTrue(fields.contains("{\"inline\":true,\"name\":\"Questions\",\"value\":\"2\"}") || fields.contains("\"value\":\"2\""), fields);
    assertTrue(fields.contains("Cache hits"), fields);
  }

  @Test
  void search_listsMatchingArticlesWithDatesAndLinks() throws Exception {
    start();
    JsonNode embed = callback(discord.slash(USER, "search", "words", "budget")).body().path("data").path("embeds").get(0);
    assertEquals("Articles matching “budget”", embed.path("title").asText());
    assertEquals(1, embed.path("fields").size());
    assertTrue(embed.path("fields").get(0).path("value").asText().contains("2025-01-20"));
  }
}

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
}

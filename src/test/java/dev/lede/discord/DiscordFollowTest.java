package dev.lede.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import dev.lede.chat.FollowDesk;
import dev.lede.follow.SqliteFollowStore;
import dev.lede.index.Passage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /follow, /following and /unfollow through the real JDA and {@link StandInDiscord}; notifications posted in the channel. */
class DiscordFollowTest {
  private static final String USER = "1300000000000000001";
  private static final String MESSAGES = "channels/" + StandInDiscord.CHANNEL_ID + "/messages";

  @TempDir Path data;
  @TempDir Path state;
  private final List<AutoCloseable> open = new ArrayList<>();
  private StandInDiscord discord;

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
  }

  private FollowDesk start() throws Exception {
    if (discord == null) {
      discord = new StandInDiscord();
      open.add(discord);
    }
    FollowDesk desk = new FollowDesk(SqliteFollowStore.inDataDir(data), Clock.systemUTC(), Executors.newSingleThreadExecutor());
    open.add(desk);
    FakeCore core = new FakeCore(0);
    ChatPolicy policy = ChatPolicy.open();
    DiscordSettings settings = new DiscordSettings(List.of(), DiscordSettings.DEFAULT_DESCRIPTIONS, false,
        Duration.ofMillis(1500), 2, policy, discord.apiUrl(), discord.gatewayUrl(), 1, state);
    DiscordFrontEnd frontEnd = new DiscordFrontEnd("stand-in-token", settings, new Chat(core, core, policy, Clock.systemUTC(), desk),
        List.of(Duration.ofMillis(50)));
    open.add(frontEnd);
    frontEnd.start();
    return desk;
  }

  private static final List<Passage> TUNNEL = List.of(
      new Passage("tunnel-1", 0, "Harbour tunnel plans", LocalDate.of(2026, 3, 2), "https://news.example/tunnel", "Test Desk",
          "The council met on Tuesday. Engineers want a tunnel beside the harbour bridge."));

  /** The reply to a slash command: its text or its first embed's description, whether sent at once or edited in. */
  private JsonNode reply(String interaction) {
    StandInDiscord.Call c = discord.awaitCall("the reply to " + interaction, x -> x.path().contains(interaction)
        && (x.is("PATCH", "webhooks/") || x.body().path("type").asInt() == 4));
    return c.method().equals("PATCH") ? c.body() : c.body().path("data");
  }

  private static int notify(FollowDesk desk, List<Passage> passages) throws Exception {
    return desk.onNewArticles(passages).get(10, TimeUnit.SECONDS);
  }

  @Test
  void follow_thenAMatchingArticle_oneEmbedInTheChannel_andNoneAgainAfterARestart() throws Exception {
    FollowDesk desk = start();
    JsonNode followed = reply(discord.slash(USER, "follow", "topic", "harbour bridge"));
    assertTrue(followed.path("content").asText().contains("Following “harbour bridge”"), followed.toString());

    assertEquals(1, notify(desk, TUNNEL));
    List<StandInDiscord.Call> posts = discord.calls("POST", MESSAGES);
    assertEquals(1, posts.size(), discord.describeCalls());
    JsonNode embed = posts.get(0).body().path("embeds").get(0);
    assertEquals("Harbour tunnel plans", embed.path("title").asText());
    assertEquals("https://news.example/tunnel", embed.path("url").asText());
    String description = embed.path("description").asText();
    assertTrue(description.contains("> Engineers want a tunnel beside the harbour bridge."), description);
    assertTrue(description.contains("2026-03-02"), description);
    assertTrue(embed.path("footer").path("text").asText().contains("harbour bridge"), embed.toString());

    assertEquals(0, notify(desk, TUNNEL));
    assertEquals(1, discord.calls("POST", MESSAGES).size());

    // A restart: the front end and the desk closed, new ones on the same data folder.
    for (int i = open.size() - 1; i >= 1; i--) open.remove(i).close();
    FollowDesk restarted = start();
    assertEquals(0, notify(restarted, TUNNEL));
    assertEquals(1, discord.calls("POST", MESSAGES).size(), discord.describeCalls());
    JsonNode listed = reply(discord.slash(USER, "following"));
    String topics = listed.path("embeds").get(0).path("description").asText();
    assertTrue(topics.contains("1. harbour bridge"), listed.toString());
  }

  @Test
  void unfollow_byNumber_stopsTheNotifications_andAnUnknownTopicIsSaidSo() throws Exception {
    FollowDesk desk = start();
    reply(discord.slash(USER, "follow", "topic", "harbour bridge"));
    JsonNode unknown = reply(discord.slash(USER, "unfollow", "topic", "elections"));
    assertTrue(unknown.path("embeds").get(0).path("title").asText().contains("does not follow “elections”"), unknown.toString());
    JsonNode gone = reply(discord.slash(USER, "unfollow", "topic", "1"));
    assertTrue(gone.path("content").asText().contains("No longer following “harbour bridge”"), gone.toString());
    assertEquals(0, notify(desk, TUNNEL));
    assertEquals(0, discord.calls("POST", MESSAGES).size());
  }

  @Test
  void aRefusedPost_isNotRetried() throws Exception {
    FollowDesk desk = start();
    reply(discord.slash(USER, "follow", "topic", "tunnel"));
    discord.failChannelMessages(1);
    assertEquals(0, notify(desk, TUNNEL));
    assertEquals(0, notify(desk, TUNNEL));
    assertEquals(1, discord.calls("POST", MESSAGES).size());
  }
}

package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.chat.Chat;
import dev.lede.chat.FollowDesk;
import dev.lede.follow.SqliteFollowStore;
import dev.lede.index.Passage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /follow, /following and /unfollow over the real client and {@link FakeBotApi}; notifications of new articles. */
class TelegramFollowTest {
  private static final long READER = 2002;
  private static final long GROUP = -100_777L;

  @TempDir Path data;

  private FollowDesk desk() {
    return new FollowDesk(SqliteFollowStore.inDataDir(data), Clock.systemUTC(), Executors.newSingleThreadExecutor());
  }

  private static BotUnderTest bot(FollowDesk desk) throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    return BotUnderTest.start(policy -> new Chat(newsroom, newsroom, policy, Clock.systemUTC(), desk));
  }

  private static final List<Passage> TUNNEL = List.of(
      new Passage("tunnel-1", 0, "Harbour bridge & <tunnel> plans", LocalDate.of(2026, 3, 2), "https://news.example/tunnel?a=1&b=2",
          "Test Desk", "The council met on Tuesday. Engineers want a tunnel beside the harbour bridge."),
      new Passage("tunnel-1", 1, "Harbour bridge & <tunnel> plans", LocalDate.of(2026, 3, 2), "https://news.example/tunnel?a=1&b=2",
          "Test Desk", "A vote is due in May."));

  private static int notify(FollowDesk desk, List<Passage> passages) throws Exception {
    return desk.onNewArticles(passages).get(10, TimeUnit.SECONDS);
  }

  /** Sends {@code text} and waits for the {@code n}th message to the chat (from 1). */
  private static String say(BotUnderTest t, long chat, String text, int n) {
    if (chat > 0) t.api.privateText(chat, text);
    else t.api.groupText(chat, READER, text, false);
    return t.api.await("sendMessage", c -> c.chatId() == chat, n, Duration.ofSeconds(10)).get(n - 1).text();
  }

  @Test
  void follow_thenAMatchingArticle_oneNotification_andNoneAgainAfterARestart() throws Exception {
    FollowDesk desk = desk();
    try (BotUnderTest t = bot(desk)) {
      String reply = say(t, READER, "/follow Harbour Bridge", 1);
      assertTrue(reply.contains("Following \u201charbour bridge\u201d"), reply);

      assertEquals(1, notify(desk, TUNNEL));
      List<FakeBotApi.Call> messages = t.api.await("sendMessage", c -> c.chatId() == READER, 2, Duration.ofSeconds(10));
      String html = messages.get(1).text();
      assertTrue(html.startsWith("New on \u201charbour bridge\u201d:"), html);
      assertTrue(html.contains("<a href=\"https://news.example/tunnel?a=1&amp;b=2\">Harbour bridge &amp; &lt;tunnel&gt; plans</a>"), html);
      assertTrue(html.contains("2 March 2026"), html);
      assertTrue(html.contains("Engineers want a tunnel beside the harbour bridge."), "the matching sentence: " + html);
      assertTrue("HTML".equalsIgnoreCase(messages.get(1).params().path("parse_mode").asText()));

      assertEquals(0, notify(desk, TUNNEL), "the same article again");
      assertEquals(2, t.messagesTo(READER).size());
    } finally {
      desk.close();
    }

    FollowDesk restarted = desk();
    try (BotUnderTest t = bot(restarted)) {
      assertEquals(0, notify(restarted, TUNNEL));
      String listed = say(t, READER, "/following", 1);
      assertTrue(listed.contains("1. harbour bridge"), listed);
      assertEquals(1, t.messagesTo(READER).size(), "only the reply to /following");
    } finally {
      restarted.close();
    }
  }

  @Test
  void following_andUnfollow_inAGroup() throws Exception {
    FollowDesk desk = desk();
    try (BotUnderTest t = bot(desk)) {
      say(t, GROUP, "/follow@" + FakeBotApi.BOT_USERNAME + " harbour bridge", 1);
      say(t, GROUP, "/follow city library", 2);
      String listed = say(t, GROUP, "/following", 3);
      assertTrue(listed.contains("1. harbour bridge") && listed.contains("2. city library"), listed);
      String gone = say(t, GROUP, "/unfollow 1", 4);
      assertTrue(gone.contains("No longer following \u201charbour bridge\u201d"), gone);
      String unknown = say(t, GROUP, "/unfollow elections", 5);
      assertTrue(unknown.contains("does not follow \u201celections\u201d") && unknown.contains("1. city library"), unknown);
      String empty = say(t, GROUP, "/follow the", 6);
      assertTrue(empty.contains("/follow climate summit"), "a topic of only little words is refused: " + empty);

      assertEquals(0, notify(desk, TUNNEL), "no longer followed");
      assertEquals(6, t.messagesTo(GROUP).size());
    } finally {
      desk.close();
    }
  }

  @Test
  void aRefusedNotification_isLoggedAndNotRetried() throws Exception {
    FollowDesk desk = desk();
    try (BotUnderTest t = bot(desk)) {
      say(t, READER, "/follow tunnel", 1);
      t.api.failNext("sendMessage", 1, 403, null);
      assertEquals(0, notify(desk, TUNNEL));
      assertEquals(0, notify(desk, TUNNEL));
      assertEquals(2, t.messagesTo(READER).size(), "the reply to /follow, then the one refused try: " + t.api.summary());
    } finally {
      desk.close();
    }
  }
}

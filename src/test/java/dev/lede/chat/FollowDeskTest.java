package dev.lede.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.follow.SqliteFollowStore;
import dev.lede.index.Passage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowDeskTest {
  private static final String TG = "telegram";
  private static final String CHAT = "42";

  @TempDir Path data;
  private final List<FollowDesk> open = new ArrayList<>();
  private final Recorder sent = new Recorder();

  /** Every notification a platform was asked to post, with its chat. */
  static final class Recorder implements Notifier {
    record Sent(String chat, Notification n) {}

    final List<Sent> all = new CopyOnWriteArrayList<>();
    volatile RuntimeException failWith;

    @Override
    public void notify(String chat, Notification n) {
      all.add(new Sent(chat, n));
      if (failWith != null) throw failWith;
    }
  }

  @AfterEach
  void closeAll() {
    for (FollowDesk d : open) d.close();
  }

  private FollowDesk desk() {
    FollowDesk d = new FollowDesk(SqliteFollowStore.inDataDir(data),
        Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), Executors.newSingleThreadExecutor());
    d.register(TG, sent);
    open.add(d);
    return d;
  }

  static List<Passage> article(String id, String title, String... paragraphs) {
    List<Passage> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      out.add(new Passage(id, i, title, LocalDate.of(2026, 3, 1), "https://news.example/" + id, "Test Desk", paragraphs[i]));
    }
    return out;
  }

  static final List<Passage> SUMMIT = article("summit-1", "Leaders gather in Nairobi",
      "Heads of state arrived on Monday. The talks open with a speech by the host.",
      "Delegates said the climate summit would focus on adaptation funds. Weather delayed two flights.");

  private static int sent(FollowDesk desk, List<Passage> passages) throws Exception {
    return desk.onNewArticles(passages).get(10, TimeUnit.SECONDS);
  }

  @Test
  void follow_thenAMatchingArticle_notifiesOnceWithTheBestSentence() throws Exception {
    FollowDesk desk = desk();
    Reply r = desk.follow(TG, CHAT, "Climate Summits!");
    Reply.Followed f = assertInstanceOf(Reply.Followed.class, r);
    assertEquals("climate summits", f.topic().words());
    assertFalse(f.already());

    assertEquals(1, sent(desk, SUMMIT));
    assertEquals(1, sent.all.size());
    Recorder.Sent s = sent.all.get(0);
    assertEquals(CHAT, s.chat());
    assertEquals("summit-1", s.n().articleId());
    assertEquals("Leaders gather in Nairobi", s.n().title());
    assertEquals(LocalDate.of(2026, 3, 1), s.n().date());
    assertEquals("https://news.example/summit-1", s.n().url());
    assertEquals("Delegates said the climate summit would focus on adaptation funds.", s.n().sentence());

    assertEquals(0, sent(desk, SUMMIT), "the same article again");
    assertEquals(1, sent.all.size());
  }

  @Test
  void afterARestart_theSameArticleIsNotSentAgain_andSubscriptionsAreBack() throws Exception {
    FollowDesk first = desk();
    first.follow(TG, CHAT, "climate summit");
    assertEquals(1, sent(first, SUMMIT));
    first.close();
    open.remove(first);

    FollowDesk second = desk();
    assertEquals(List.of("climate summit"), topics(second.following(TG, CHAT)));
    assertEquals(0, sent(second, SUMMIT));
    assertEquals(1, sent.all.size());
    List<Passage> next = article("summit-2", "Second day of the climate summit", "Talks went on late.");
    assertEquals(1, sent(second, next), "a new article still arrives after the restart");
  }

  @Test
  void anArticleWithoutEveryTopicWord_isNotSent() throws Exception {
    FollowDesk desk = desk();
    desk.follow(TG, CHAT, "climate summit");
    desk.follow(TG, CHAT, "harbour bridge");
    assertEquals(0, sent(desk, article("weather", "Storm warning", "The climate of the coast is mild. A storm is coming.")));
    assertEquals(0, sent(desk, article("bridge", "Bridge closed", "The old bridge closed for repairs.")));
    assertTrue(sent.all.isEmpty(), sent.all.toString());
  }

  @Test
  void topicWordsMatchInTheTitle_andInOtherForms() throws Exception {
    FollowDesk desk = desk();
    desk.follow(TG, CHAT, "tariffs");
    assertEquals(1, sent(desk, article("t", "New tariff on steel", "Importers protested on Tuesday.")));
    assertEquals("Importers protested on Tuesday.", sent.all.get(0).n().sentence(), "no sentence names it: the lead");
  }

  @Test
  void eachMatchingChatGetsItsOwn_andOtherPlatformsOnlyWhenRunning() throws Exception {
    FollowDesk desk = desk();
    desk.follow(TG, "1", "climate summit");
    desk.follow(TG, "2", "summit");
    desk.follow("discord", "900", "climate");
    assertEquals(2, sent(desk, SUMMIT), "Discord has no notifier registered");
    assertEquals(List.of("1", "2"), sent.all.stream().map(Recorder.Sent::chat).sorted().toList());

    Recorder discord = new Recorder();
    desk.register("discord", discord);
    assertEquals(1, sent(desk, SUMMIT), "not recorded while Discord was away, so sent now");
    assertEquals("900", discord.all.get(0).chat());
  }

  @Test
  void aFailedSend_isLoggedAndNotRetried() throws Exception {
    FollowDesk desk = desk();
    desk.follow(TG, CHAT, "climate summit");
    sent.failWith = new IllegalStateException("403 Forbidden: bot was blocked by the user");
    assertEquals(0, sent(desk, SUMMIT));
    sent.failWith = null;
    assertEquals(0, sent(desk, SUMMIT), "at most once: the delivery was recorded before sending");
    assertEquals(1, sent.all.size());
  }

  @Test
  void following_andUnfollow_byWordsAndByNumber() {
    FollowDesk desk = desk();
    desk.follow(TG, CHAT, "climate summit");
    desk.follow(TG, CHAT, "harbour bridge");
    desk.follow(TG, CHAT, "city library");
    desk.follow(TG, "other", "elections");
    assertEquals(List.of("climate summit", "harbour bridge", "city library"), topics(desk.following(TG, CHAT)));

    Reply.Unfollowed byNumber = assertInstanceOf(Reply.Unfollowed.class, desk.unfollow(TG, CHAT, "2"));
    assertEquals("harbour bridge", byNumber.removed().words());
    assertEquals(List.of("climate summit", "city library"), byNumber.remaining().stream().map(Topic::words).toList());

    Reply.Unfollowed byWords = assertInstanceOf(Reply.Unfollowed.class, desk.unfollow(TG, CHAT, "Summit, climate"));
    assertEquals("climate summit", byWords.removed().words());

    Reply.Unfollowed unknown = assertInstanceOf(Reply.Unfollowed.class, desk.unfollow(TG, CHAT, "9"));
    assertNull(unknown.removed());
    assertEquals(List.of("city library"), unknown.remaining().stream().map(Topic::words).toList());
    assertNull(((Reply.Unfollowed) desk.unfollow(TG, CHAT, "elections")).removed(), "another chat's topic");
    assertEquals(List.of("elections"), topics(desk.following(TG, "other")));
  }

  @Test
  void anUnfollowedTopic_isNotSentAnyMore() throws Exception {
    FollowDesk desk = desk();
    desk.follow(TG, CHAT, "climate summit");
    desk.unfollow(TG, CHAT, "1");
    assertEquals(0, sent(desk, SUMMIT));
    assertTrue(sent.all.isEmpty());
  }

  @Test
  void followingTheSameTopicAgain_saysSo() {
    FollowDesk desk = desk();
    desk.follow(TG, CHAT, "Climate summit");
    Reply.Followed again = assertInstanceOf(Reply.Followed.class, desk.follow(TG, CHAT, "summit  CLIMATE"));
    assertTrue(again.already());
    assertEquals(1, topics(desk.following(TG, CHAT)).size());
  }

  @Test
  void topicsWithNothingToMatch_orTooLong_areRefused() {
    FollowDesk desk = desk();
    for (String bad : new String[] {"", "   ", "!!!", "the of and", "a".repeat(Topic.MAX_CHARS + 1), "one two three four five six seven eight nine"}) {
      Reply r = desk.follow(TG, CHAT, bad);
      assertEquals(Refusal.BAD_TOPIC, assertInstanceOf(Reply.Refused.class, r).reason(), "'" + bad + "'");
    }
    assertEquals(List.of(), topics(desk.following(TG, CHAT)));
  }

  @Test
  void aChatFollowsAtMostSoManyTopics() {
    FollowDesk desk = desk();
    for (int i = 0; i < FollowDesk.MAX_TOPICS_PER_CHAT; i++) desk.follow(TG, CHAT, "topic" + i);
    Reply r = desk.follow(TG, CHAT, "one more");
    assertEquals(Refusal.TOO_MANY_TOPICS, assertInstanceOf(Reply.Refused.class, r).reason());
  }

  @Test
  void aBulkImport_sendsEachSubscriptionAFewNotificationsAtMost() throws Exception {
    FollowDesk desk = desk();
    desk.follow(TG, CHAT, "summit");
    List<Passage> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) many.addAll(article("s" + i, "Summit day " + i, "The summit went on."));
    assertEquals(FollowDesk.MAX_PER_BATCH, sent(desk, many));
  }

  @Test
  void manySubscriptionsAndArticles_areMatchedInBoundedTime() throws Exception {
    FollowDesk desk = desk();
    Recorder quiet = new Recorder();
    desk.register(TG, quiet);
    for (int chat = 0; chat < 200; chat++) {
      for (int t = 0; t < 5; t++) desk.follow(TG, "c" + chat, "word" + (chat * 5 + t) % 500 + " common");
    }
    List<Passage> articles = new ArrayList<>();
    for (int a = 0; a < 1000; a++) {
      articles.addAll(article("a" + a, "Report " + a, "A common story about word" + a % 500 + " and word" + (a + 1) % 500 + ".",
          "Nothing else of note happened in the town that day, officials said."));
    }
    long started = System.nanoTime();
    int n = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> sent(desk, articles));
    System.out.printf("matched 1000 articles against 1000 subscriptions in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    // 1,000 subscriptions follow 500 words, each word twice; each word is in 4 of the articles.
    assertEquals(4000, n);
    assertEquals(4000, quiet.all.size());
    assertEquals(0, (int) assertTimeoutPreemptively(Duration.ofSeconds(30), () -> sent(desk, articles)));
  }

  @Test
  void aChatWithoutADesk_refusesFollowing_andOneWithADeskUsesTheChannel() {
    Chat terminal = new Chat(q -> { throw new AssertionError(); }, null, ChatPolicy.open());
    Reply r = terminal.handle(new ChatRequest("terminal", "me", "terminal", Command.FOLLOW, "climate"));
    assertEquals(Refusal.FOLLOWING_UNAVAILABLE, assertInstanceOf(Reply.Refused.class, r).reason());

    FollowDesk desk = desk();
    Chat discord = new Chat(q -> { throw new AssertionError(); }, null, ChatPolicy.open(), Clock.systemUTC(), desk);
    discord.handle(new ChatRequest("discord", "u1", "guild-1", Command.FOLLOW, "climate summit", null, "channel-7"));
    assertEquals(List.of("climate summit"), topics(desk.following("discord", "channel-7")));
    assertEquals(List.of(), topics(desk.following("discord", "guild-1")));
    Reply listed = discord.handle(new ChatRequest("discord", "u2", "guild-1", Command.FOLLOWING, "", null, "channel-7"));
    assertEquals(List.of("climate summit"), topics(listed));
  }

  private static List<String> topics(Reply r) {
    return assertInstanceOf(Reply.Following.class, r).topics().stream().map(Topic::words).toList();
  }
}

package dev.lede.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.chat.FollowDesk;
import dev.lede.chat.FollowStore.Delivery;
import dev.lede.chat.Reply;
import dev.lede.chat.Subscription;
import dev.lede.chat.Topic;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SqliteFollowStoreTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path data;

  private static Topic topic(String words) {
    return Topic.parse(words).orElseThrow();
  }

  @Test
  void keepsSubscriptionsAndDeliveriesAcrossReopening_inWalMode() throws Exception {
    try (SqliteFollowStore store = SqliteFollowStore.inDataDir(data)) {
      Subscription s = store.add("telegram", "42", topic("climate summit"), NOW);
      assertEquals(s, store.add("telegram", "42", topic("climate summit"), NOW.plusSeconds(5)), "the same words: the same subscription");
      assertEquals(List.of(new Delivery(s.id(), "a1")), store.record(List.of(new Delivery(s.id(), "a1")), NOW));
    }
    try (SqliteFollowStore store = SqliteFollowStore.inDataDir(data)) {
      List<Subscription> all = store.all();
      assertEquals(1, all.size());
      Subscription s = all.get(0);
      assertEquals("climate summit", s.topic().words());
      assertEquals(NOW, s.created());
      assertTrue(store.delivered(new Delivery(s.id(), "a1")));
      assertEquals(List.of(new Delivery(s.id(), "a2")),
          store.record(List.of(new Delivery(s.id(), "a1"), new Delivery(s.id(), "a2")), NOW), "only the new one");
    }
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteFollowStore.FILE_NAME));
        ResultSet r = raw.createStatement().executeQuery("PRAGMA journal_mode")) {
      assertTrue(r.next());
      assertEquals("wal", r.getString(1));
    }
  }

  @Test
  void removing_dropsItsDeliveries_andLaterDeliveriesForItAreLeftOut() {
    try (SqliteFollowStore store = SqliteFollowStore.inDataDir(data)) {
      Subscription s = store.add("discord", "900", topic("harbour bridge"), NOW);
      store.record(List.of(new Delivery(s.id(), "a1")), NOW);
      assertTrue(store.remove(s.id()));
      assertFalse(store.remove(s.id()));
      assertFalse(store.delivered(new Delivery(s.id(), "a1")));
      assertEquals(List.of(), store.record(List.of(new Delivery(s.id(), "a2")), NOW));
      Subscription again = store.add("discord", "900", topic("harbour bridge"), NOW);
      assertTrue(again.id() > s.id(), "ids are never reused, so old deliveries cannot cover a new subscription");
    }
  }

  @Test
  void anAbandonedConnection_doesNotKeepASecondFromReadingAndWriting() {
    SqliteFollowStore abandoned = SqliteFollowStore.inDataDir(data);
    Subscription s = abandoned.add("telegram", "42", topic("elections"), NOW);
    abandoned.record(List.of(new Delivery(s.id(), "a1")), NOW);
    // No close: as if the process had died holding it.
    try (SqliteFollowStore second = SqliteFollowStore.inDataDir(data)) {
      assertEquals(List.of(s), second.of("telegram", "42"));
      assertEquals(List.of(), second.record(List.of(new Delivery(s.id(), "a1")), NOW), "delivered through the first");
      assertEquals(1, second.record(List.of(new Delivery(s.id(), "a2")), NOW).size());
      assertEquals(List.of(), abandoned.record(List.of(new Delivery(s.id(), "a2")), NOW), "and the first sees the second's");
    }
    abandoned.close();
  }

  @Test
  void aFileThatIsNotADatabase_isNamedInTheError() throws Exception {
    Path file = data.resolve(SqliteFollowStore.FILE_NAME);
    Files.writeString(file, "this is not a database, just some text that is long enough to have a header ".repeat(20));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SqliteFollowStore.inDataDir(data));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("move it away"), e.getMessage());
  }

  /**
   * A JVM notifying of one article after another is killed with SIGKILL; the store then opens
   * with the subscription, and replaying every article sends none that the dead one sent.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void killedMidWrite_nothingSentTwice_noSubscriptionLost() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), FollowingChild.class.getName(), data.toString());
    pb.redirectError(data.resolve("child.err").toFile());
    Process child = pb.start();
    Set<String> sentByChild = new HashSet<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      // Read to the end: lines the child printed before the kill landed are still in the pipe.
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("sent ")) sentByChild.add(line.substring(5));
        // SIGKILL through the handle, which (unlike Process.destroyForcibly) leaves our end of the pipe open.
        if (sentByChild.size() == 40) child.toHandle().destroyForcibly();
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
    }
    assertTrue(sentByChild.size() >= 40, "the child sent too little; see " + Files.readString(data.resolve("child.err")));

    Set<String> sentAfter = ConcurrentHashMap.newKeySet();
    try (FollowDesk desk = new FollowDesk(SqliteFollowStore.inDataDir(data), Clock.systemUTC(), Executors.newSingleThreadExecutor())) {
      desk.register("telegram", (chat, n) -> sentAfter.add(n.articleId()));
      Reply.Following following = (Reply.Following) desk.following("telegram", "42");
      assertEquals(List.of("lanterns"), following.topics().stream().map(Topic::words).toList());
      int upTo = sentByChild.size() + 20;
      for (int i = 0; i < upTo; i++) desk.onNewArticles(FollowingChild.article(i)).get(10, TimeUnit.SECONDS);
      Set<String> twice = new HashSet<>(sentAfter);
      twice.retainAll(sentByChild);
      assertEquals(Set.of(), twice, "sent before the kill and again after it");
      List<String> never = new ArrayList<>();
      for (int i = 0; i < upTo; i++) {
        String id = "lantern-" + i;
        if (!sentByChild.contains(id) && !sentAfter.contains(id)) never.add(id);
      }
      // At most once: only the article recorded but not yet sent when the kill landed may be missing.
      assertTrue(never.size() <= 1, "lost: " + never);
    }
  }
}

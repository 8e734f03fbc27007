package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.chat.ChatPolicy;
import dev.lede.chat.ChatRequest;
import dev.lede.chat.Command;
import dev.lede.chat.Notification;
import dev.lede.chat.Reply;
import dev.lede.chat.Refusal;
import dev.lede.config.LedeConfig;
import dev.lede.corpus.Article;
import dev.lede.corpus.ArticleReader;
import dev.lede.corpus.CorpusFile;
import dev.lede.corpus.CorpusFiles;
import dev.lede.corpus.Skips;
import dev.lede.follow.SqliteFollowStore;
import dev.lede.index.Passage;
import dev.lede.index.Passages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following a topic through the assembled Lede, with the bundled sample article as the new arrival. */
class FollowingSampleTest {
  @TempDir Path dir;

  private static List<Passage> passagesOf(Lede lede) {
    Skips skips = new Skips();
    List<Article> articles = new ArrayList<>();
    for (CorpusFile f : CorpusFiles.list(List.of(lede.config().dataDir().resolve("sample")), skips)) {
      ArticleReader.read(f, articles::add, skips);
    }
    Passages cut = new Passages(lede.config().passageWords(), lede.config().passageMaxWords());
    List<Passage> out = new ArrayList<>();
    for (Article a : articles) out.addAll(cut.of(a));
    return out;
  }

  @Test
  void theSampleArticle_notifiesAFollowerOnce_withItsMatchingSentence_acrossReopening() throws Exception {
    List<Notification> sent = new CopyOnWriteArrayList<>();
    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      lede.follows().register("telegram", (chat, n) -> sent.add(n));
      Reply r = lede.followingChat(ChatPolicy.open()).handle(new ChatRequest("telegram", "7", "7", Command.FOLLOW, "removal orders"));
      assertInstanceOf(Reply.Followed.class, r);
      assertEquals(1, lede.follows().onNewArticles(passagesOf(lede)).get(10, TimeUnit.SECONDS));
      assertTrue(Files.isRegularFile(dir.resolve(SqliteFollowStore.FILE_NAME)));

      Reply terminal = lede.chat(ChatPolicy.open()).handle(new ChatRequest("terminal", "me", "terminal", Command.FOLLOW, "x"));
      assertEquals(Refusal.FOLLOWING_UNAVAILABLE, assertInstanceOf(Reply.Refused.class, terminal).reason());
    }
    Notification n = sent.get(0);
    assertEquals(LocalDate.of(2025, 2, 3), n.date());
    String sentence = n.sentence().toLowerCase();
    assertTrue(sentence.contains("removal orders"), n.sentence());

    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      lede.follows().register("telegram", (chat, x) -> sent.add(x));
      assertEquals(0, lede.follows().onNewArticles(passagesOf(lede)).get(10, TimeUnit.SECONDS));
      Reply listed = lede.followingChat(ChatPolicy.open()).handle(new ChatRequest("telegram", "7", "7", Command.FOLLOWING, ""));
      assertEquals(List.of("removal orders"), assertInstanceOf(Reply.Following.class, listed).topics().stream().map(t -> t.words()).toList());
    }
    assertEquals(1, sent.size());
  }

  @Test
  void aFileIndexedWhileServing_reachesTheFollowerOnce_throughTheNewArticleHook() throws Exception {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "a.txt", "Ferry times", "2024-03-05", "The Quillby ferry runs every forty minutes.");
    List<Notification> sent = new CopyOnWriteArrayList<>();
    try (Lede lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)))) {
      lede.onNewArticles(lede.follows()::onNewArticles);
      lede.follows().register("discord", (chat, n) -> sent.add(n));
      lede.followingChat(ChatPolicy.open()).handle(
          new ChatRequest("discord", "u", "guild", Command.FOLLOW, "Ostermark bridge", null, "555"));

      TestCorpus.text(corpus, "b.txt", "Bridge repainted", "2024-03-04", "Painters worked all week. The Ostermark bridge was repainted green.");
      lede.index(List.of(corpus));
      FollowDeskAwait.until(() -> sent.size() == 1);
      assertEquals("The Ostermark bridge was repainted green.", sent.get(0).sentence());
      assertEquals(LocalDate.of(2024, 3, 4), sent.get(0).date());

      TestCorpus.text(corpus, "b.txt", "Bridge repainted", "2024-03-04", "The Ostermark bridge was repainted green, then blue.");
      lede.index(List.of(corpus));
      TestCorpus.text(corpus, "c.txt", "Ferry fares", "2024-03-06", "Quillby ferry fares rise in April.");
      lede.index(List.of(corpus));
    }
    assertEquals(1, sent.size(), "a changed article is not new; an unrelated one does not match: " + sent);
  }

  /** Bounded polling for the notification thread. */
  private static final class FollowDeskAwait {
    static void until(java.util.function.BooleanSupplier done) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!done.getAsBoolean()) {
        if (System.nanoTime() > deadline) throw new AssertionError("no notification within 10 s");
        Thread.sleep(10);
      }
    }
  }
}

package dev.lede.follow;

import dev.lede.chat.FollowDesk;
import dev.lede.index.Passage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Follows "lantern" and notifies of one new article after another, in its own JVM, so that a
 * test can kill it mid-write. Prints "followed", then "sent ID" for each notification it posts.
 * Argument: the data folder.
 */
public final class FollowingChild {
  private FollowingChild() {}

  static List<Passage> article(int n) {
    return List.of(new Passage("lantern-" + n, 0, "Lantern count " + n, LocalDate.of(2026, 3, 1), null, null,
        "Inspectors counted " + n + " lanterns in the old town."));
  }

  public static void main(String[] args) throws Exception {
    FollowDesk desk = new FollowDesk(SqliteFollowStore.inDataDir(Path.of(args[0])), Clock.systemUTC(), Executors.newSingleThreadExecutor());
    desk.register("telegram", (chat, n) -> {
      System.out.println("sent " + n.articleId());
      System.out.flush();
    });
    desk.follow("telegram", "42", "lanterns");
    System.out.println("followed");
    System.out.flush();
    for (int i = 0; i < 1_000_000; i++) desk.onNewArticles(article(i)).get();
    System.out.println("done");
  }
}

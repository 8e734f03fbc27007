package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A feed item's file is there whole or not at all, even when the writer is killed with SIGKILL. */
class AtomicWriteTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void killedWriter_leavesOnlyWholeArticleFiles() throws Exception {
    Path folder = dir.resolve("feeds/127.0.0.1");
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), FeedWritingChild.class.getName(), folder.toString());
    pb.redirectError(dir.resolve("child.err").toFile());
    Process child = pb.start();
    boolean killed = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals("wrote 3")) {
          child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks, in the middle of the next file
          killed = true;
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
    }
    assertTrue(killed, "the child never wrote; see " + Files.readString(dir.resolve("child.err")));

    List<Path> articles;
    try (Stream<Path> files = Files.list(folder)) {
      articles = files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
    assertTrue(articles.size() >= 4, articles.toString());
    for (Path file : articles) {
      String name = file.getFileName().toString();
      assertTrue(name.matches("item-\\d+\\.txt"), "only finished article files are visible: " + name);
      int n = Integer.parseInt(name.substring(5, name.length() - 4));
      assertEquals(FeedWritingChild.article(n), Files.readString(file), name + " is whole");
    }
    ArticleFile.removeLeftovers(folder);
    try (Stream<Path> files = Files.list(folder)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(ArticleFile.TEMP_ENDING)), "left-over temporary files are removed");
    }
  }
}

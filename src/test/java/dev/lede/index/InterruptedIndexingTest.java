package dev.lede.index;

import static dev.lede.TestCorpus.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestCorpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InterruptedIndexingTest {
  private static final int FILES = 60;
  private static final int PER_FILE = 50;
  private static final int TEXT_FILES = 40;
  private static final int ARTICLES = FILES * PER_FILE + TEXT_FILES;

  @TempDir Path dir;

  private Path corpus() {
    Path corpus = dir.resolve("corpus");
    for (int f = 0; f < FILES; f++) {
      List<String> lines = new ArrayList<>();
      for (int a = 0; a < PER_FILE; a++) {
        int n = f * PER_FILE + a;
        lines.add(json("art-" + n, "Report " + n, "2024-%02d-%02d".formatted(1 + n % 12, 1 + n % 28),
            "Inspectors counted " + n + " lanterns in district " + f + " during survey " + n + ". "
                + "The survey of district " + f + " will be repeated next spring, officials said."));
      }
      TestCorpus.jsonl(corpus, "wire/%03d.jsonl".formatted(f), lines.toArray(String[]::new));
    }
    for (int t = 0; t < TEXT_FILES; t++) {
      TestCorpus.text(corpus, "notes/%03d.txt".formatted(t), "Note " + t, "2024-06-01",
          "Field note " + t + " records a heron nesting on pier " + t + ". It was seen again at dawn.");
    }
    return corpus;
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void killedRun_leavesAnIndexThatOpensAndTheNextRunCompletes() throws Exception {
    Path corpus = corpus();
    Path indexDir = dir.resolve("index");
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        IndexingChild.class.getName(), corpus.toString(), indexDir.toString());
    pb.redirectError(dir.resolve("child.err").toFile());
    Process child = pb.start();
    boolean killedMidRun = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        // Past a few commits (every 300 passages) but well before the end.
        if (line.startsWith("progress ") && Long.parseLong(line.substring(9)) >= 1_000) {
          child.destroyForcibly();
          killedMidRun = true;
          break;
        }
        assertFalse(line.equals("done"), "the child finished before it could be killed");
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
    }
    assertTrue(killedMidRun, "the child never reported progress; see " + dir.resolve("child.err") + ": "
        + Files.readString(dir.resolve("child.err")));

    try (PassageIndex index = PassageIndex.open(indexDir)) {
      assertTrue(index.writable(), "the dead process's write lock does not linger");
      int partial = index.articleCount();
      assertTrue(partial < ARTICLES, "the run was cut short: " + partial);

      IndexRun run = new Indexer(index, new Passages(120, 220)).update(List.of(corpus), Progress.NONE);
      assertTrue(run.filesRead() > 0, run.summary());
      assertEquals(ARTICLES, index.articleCount(), run.summary());
      List<String> ids = Search.articleIds(index);
      assertEquals(ARTICLES, ids.size());
      assertEquals(ARTICLES, new HashSet<>(ids).size(), "no article is indexed twice");
      assertEquals(ARTICLES, index.passageCount(), "one passage per article, none left over from the killed run");
      assertTrue(new Indexer(index, new Passages(120, 220)).update(List.of(corpus), Progress.NONE).idle());
    }
  }
}

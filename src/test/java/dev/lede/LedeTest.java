package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.LedeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedeTest {
  @TempDir Path dir;

  @Test
  void emptyDataFolder_isFilledWithTheBundledSample() {
    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      assertEquals(1, lede.archive().summary().articles());
      assertTrue(Files.isRegularFile(dir.resolve("sample").resolve(TestCorpus.SAMPLE)));
      assertTrue(Files.isDirectory(dir.resolve("index")));
    }
  }

  @Test
  void warmingUp_asksPastTheCacheAndEnds() throws InterruptedException {
    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      Thread warming = lede.warmUp();
      assertTrue(warming.isDaemon(), "must not keep the process alive");
      warming.join(60_000);
      assertFalse(warming.isAlive());
      assertEquals(0, lede.cache().figures().size(), "the warm-up question is no reader's and is not cached");
      assertFalse(lede.cache().frequentQuestions("Which", 5).contains(Lede.WARM_UP));
    }
  }

  @Test
  void reopening_doesNotIndexAgain() {
    long version;
    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      version = lede.passages().version();
    }
    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      assertEquals(version, lede.passages().version());
      assertEquals(1, lede.passages().articleCount());
    }
  }

  @Test
  void configuredCorpus_isIndexedInsteadOfTheSample() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "a.txt", "Bridge repainted", "2024-03-04", "The Ostermark bridge was repainted green.");
    TestCorpus.text(corpus, "b.txt", "Ferry times", "2024-03-05", "The Quillby ferry runs every forty minutes.");
    try (Lede lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)))) {
      assertEquals(2, lede.archive().summary().articles());
      assertEquals(List.of(), lede.archive().search("removal orders", 5), "the sample is not indexed");
    }
  }

  @Test
  void indexingThroughLede_isIncremental() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "a.txt", "Bridge repainted", "2024-03-04", "The Ostermark bridge was repainted green.");
    try (Lede lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)))) {
      assertTrue(lede.index(List.of(corpus)).idle());
      TestCorpus.text(corpus, "b.txt", "Ferry times", "2024-03-05", "The Quillby ferry runs every forty minutes.");
      assertEquals(1, lede.index(List.of(corpus)).filesRead());
      assertEquals(2, lede.archive().summary().articles());
    }
  }
}

package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

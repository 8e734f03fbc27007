package dev.lede.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.config.LedeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real cache in front of the real core: a re-indexed corpus is never answered from old entries. */
class CacheInvalidationTest {
  static final LocalDate DAY = LocalDate.of(2024, 12, 1);
  static final String QUESTION = "How many boats are moored at the Pellworth marina?";
  @TempDir Path dir;
  Path corpus;
  Path article;
  Lede lede;

  @BeforeEach
  void open() {
    corpus = dir.resolve("corpus");
    article = TestCorpus.text(corpus, "marina.txt", "Pellworth marina full", "2024-11-02",
        "The harbour master said 120 boats are moored at the Pellworth marina this autumn.");
    TestCorpus.text(corpus, "other.txt", "Orchard prize", "2024-11-03", "The Vantree orchard won the apple prize again.");
    TestCorpus.background(corpus, 16);
    lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)));
  }

  @AfterEach
  void close() {
    lede.close();
  }

  private Answer ask() {
    return lede.answering().ask(new Question(QUESTION, DAY));
  }

  @Test
  void repeatedQuestion_isCached() {
    Answer first = ask();
    assertTrue(first.text().contains("120"), first.text());
    assertFalse(first.cached());
    assertTrue(ask().cached());
  }

  @Test
  void changedCorpus_isNotServedFromTheCacheAndGivesTheNewText() {
    assertTrue(ask().text().contains("120"));
    TestCorpus.rewrite(article, "date 2024-11-02\ntitle: Pellworth marina full\n\n"
        + "The harbour master said 345 boats are moored at the Pellworth marina this autumn.\n");
    lede.index(List.of(corpus));
    Answer after = ask();
    assertFalse(after.cached());
    assertTrue(after.text().contains("345"), after.text());
  }

  @Test
  void deletedArticle_isNotServedFromTheCache() throws IOException {
    assertFalse(ask().abstained());
    Files.delete(article);
    lede.index(List.of(corpus));
    Answer after = ask();
    assertFalse(after.cached());
    assertTrue(after.abstained(), "the only article that answered is gone");
  }

  @Test
  void idleIndexRun_keepsTheCache() {
    ask();
    lede.index(List.of(corpus));
    assertTrue(ask().cached(), "an index run that changed nothing does not empty the cache");
  }

  @Test
  void noCache_answersAfreshEveryTime() {
    lede.close();
    lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)).withCacheSize(0));
    assertFalse(ask().cached());
    assertFalse(ask().cached());
  }
}

package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.config.LedeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark on the real core over a small synthetic corpus. */
class BenchmarkTest {
  @TempDir Path dir;

  private Lede open() throws Exception {
    Path none = Files.createDirectories(dir.resolve("none"));
    return Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(none)));
  }

  @Test
  void run_indexesAndTimesBothEnginesOnTheSameIndex() throws Exception {
    Path corpus = dir.resolve("synthetic.jsonl");
    SyntheticCorpus.Summary made = new SyntheticCorpus(3).write(40, corpus, 25);
    try (Lede lede = open()) {
      BenchReport r = new Benchmark(lede, n -> null).run("synthetic", 0.5, List.of(corpus), dev.lede.index.Progress.NONE,
          made.questions(), 5);
      assertEquals(40, r.articles());
      assertEquals(lede.passages().passageCount(), r.passages());
      assertEquals(20, r.questions());
      assertEquals(20, r.lede().samples());
      assertEquals(20, r.lucene().samples());
      assertEquals(20, r.cacheHit().samples(), "every second asking is a cache hit");
      assertNotNull(r.lede().p99());
      assertTrue(r.indexBytes() > 0);
      assertTrue(r.heap().peakIndexing() > 0 && r.heap().peakAnswering() > 0);
    }
  }

  @Test
  void run_needsMoreQuestionsThanTheWarmUp() throws Exception {
    try (Lede lede = open()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Benchmark(lede, n -> null).run("x", null, List.of(), dev.lede.index.Progress.NONE, List.of("What?"), 1));
      assertEquals("need more questions than the 1 for warm-up, have 1", e.getMessage());
    }
  }

  @Test
  void bareLucene_findsTheTopTenOfTheAnalyzedQuestion() throws Exception {
    Path corpus = dir.resolve("synthetic.jsonl");
    SyntheticCorpus.Summary made = new SyntheticCorpus(4).write(30, corpus, 3);
    try (Lede lede = open()) {
      lede.index(List.of(corpus));
      BareLucene lucene = new BareLucene(lede.passages());
      assertEquals(10, lucene.search(made.questions().get(0)), "a question made from the corpus matches ten passages or more");
      assertEquals(0, lucene.search("the of and"), "stop words alone match nothing");
    }
  }
}

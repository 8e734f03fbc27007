package dev.lede.index;

import static dev.lede.TestCorpus.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestCorpus;
import dev.lede.retrieve.Hit;
import dev.lede.retrieve.Retriever;
import dev.lede.retrieve.Terms;
import dev.lede.retrieve.TimeFrame;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence vectors kept in the index: what they are, how they are searched, and which model made them. */
class SemanticIndexTest {
  @TempDir Path dir;

  private Path corpus() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.jsonl(corpus, "news.jsonl",
        json("cars", "Airbags", "2024-03-01", "Toyota is calling back half a million vehicles over faulty airbags. Owners will be notified by mail."),
        json("rain", "Weather", "2024-03-02", "Heavy rain flooded the valley roads on Tuesday."),
        json("vote", "Council", "2024-03-03", "The council voted to build a new library next year."));
    return corpus;
  }

  @Test
  void modelPutsParaphrasesCloserThanUnrelatedSentences() {
    SentenceEncoder encoder = SentenceEncoder.shared();
    List<float[]> v = encoder.encode(List.of("Which carmaker is recalling cars?", "Toyota is calling back half a million vehicles.",
        "Heavy rain flooded the valley roads."));
    assertEquals(SentenceEncoder.DIMENSION, v.get(0).length);
    assertEquals(1.0, SentenceEncoder.similarity(v.get(1), v.get(1)), 1e-4);
    assertTrue(SentenceEncoder.similarity(v.get(0), v.get(1)) > SentenceEncoder.similarity(v.get(0), v.get(2)) + 0.2,
        "the paraphrase should be clearly closer");
  }

  @Test
  void everySentenceGetsAVector_andThePassageIsFoundByMeaningAlone() {
    try (PassageIndex index = PassageIndex.open(dir.resolve("index"), SentenceEncoder.shared())) {
      new Indexer(index, new Passages(120, 220)).update(List.of(corpus()), Progress.NONE);
      // "automaker" and "recalling" occur in no article: BM25 alone finds nothing for them.
      String question = "automaker recalling";
      List<String> terms = Terms.distinct(index.analyzer(), question);
      TimeFrame frame = TimeFrame.of(question, LocalDate.of(2024, 4, 1));
      assertTrue(new Retriever(index).retrieve(terms, null, frame, 5).hits().isEmpty());
      List<Hit> hits = new Retriever(index).retrieve(terms, SentenceEncoder.shared().encode("Which automaker is recalling cars?"), frame, 1).hits();
      assertEquals("cars", hits.get(0).passage().articleId());
      assertNotNull(hits.get(0).sentenceVectors());
      assertEquals(Sentences.ofPassage(hits.get(0).passage().text()).size(), hits.get(0).sentenceVectors().length);
      assertEquals(0f, hits.get(0).score(), "no word of the question is in it");
    }
  }

  @Test
  void anIndexWithoutVectors_keepsNoneAndRefusesAModelLater() {
    Path folder = dir.resolve("plain");
    try (PassageIndex index = PassageIndex.open(folder)) {
      new Indexer(index, new Passages(120, 220)).update(List.of(corpus()), Progress.NONE);
      String q = "council library";
      Hit hit = new Retriever(index).retrieve(Terms.distinct(index.analyzer(), q), null, TimeFrame.of(q, LocalDate.of(2024, 4, 1)), 1).hits().get(0);
      assertNull(hit.sentenceVectors());
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PassageIndex.open(folder, SentenceEncoder.shared()));
    assertTrue(e.getMessage().contains("'none'") && e.getMessage().contains(SentenceEncoder.MODEL) && e.getMessage().contains("semantic.index"),
        e.getMessage());
    // Reopened as it was built, it works as before.
    try (PassageIndex index = PassageIndex.open(folder)) {
      assertEquals(3, index.articleCount());
    }
  }

  @Test
  void anIndexWithVectors_isRefusedWithoutTheModel() {
    Path folder = dir.resolve("semantic");
    try (PassageIndex index = PassageIndex.open(folder, SentenceEncoder.shared())) {
      new Indexer(index, new Passages(120, 220)).update(List.of(corpus()), Progress.NONE);
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PassageIndex.open(folder));
    assertTrue(e.getMessage().contains("'" + SentenceEncoder.MODEL + "'"), e.getMessage());
  }

  @Test
  void anEmptyIndexTakesWhicheverModelComesFirst() {
    Path folder = dir.resolve("empty");
    PassageIndex.open(folder).close();
    try (PassageIndex index = PassageIndex.open(folder, SentenceEncoder.shared())) {
      assertEquals(0, index.passageCount());
    }
  }
}

package dev.lede.retrieve;

import static dev.lede.TestCorpus.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestCorpus;
import dev.lede.index.Indexer;
import dev.lede.index.PassageIndex;
import dev.lede.index.Passages;
import dev.lede.index.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article that covers a question across its paragraphs, none of which says it all, against
 * short articles that each match one of the question's words well.
 */
class WholeArticleTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  @TempDir Path dir;
  PassageIndex index;
  Retriever retriever;

  @BeforeEach
  void open() {
    Path corpus = dir.resolve("corpus");
    List<String> lines = new ArrayList<>();
    lines.add(json("long", "A day on the coast", "2024-03-01", String.join("\n\n",
        filler("The ferry left the harbour at dawn with its cargo of mail and bread.", 1),
        filler("The crossing was calm and the passengers spent the morning on deck.", 2),
        filler("By evening the old lighthouse on the headland came into view.", 3))));
    for (int i = 0; i < 4; i++) {
      lines.add(json("ferry" + i, "Timetable " + i, "2024-0" + (i + 4) + "-01", "The ferry runs " + (i + 2) + " times a day."));
      lines.add(json("light" + i, "Tours " + i, "2024-0" + (i + 4) + "-02", "The lighthouse opens at " + (i + 9) + " o'clock."));
    }
    TestCorpus.jsonl(corpus, "coast.jsonl", lines.toArray(String[]::new));
    TestCorpus.background(corpus, 16);
    index = PassageIndex.open(dir.resolve("index"));
    // Small passages, so that an article of three short paragraphs is three passages.
    new Indexer(index, new Passages(20, 40)).update(List.of(corpus), Progress.NONE);
    retriever = new Retriever(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  /** A paragraph that says {@code point} once among sentences about nothing in particular. */
  private static String filler(String point, int seed) {
    StringBuilder p = new StringBuilder(point);
    for (int i = 0; i < 2; i++) p.append(" Sentence ").append(seed * 100 + i).append(" of the diary tells of gulls, wind and waves.");
    return p.toString();
  }

  private Retriever.Retrieval retrieve(String question, int passages) {
    return retriever.retrieve(Terms.distinct(index.analyzer(), question), TimeFrame.none(AS_OF), passages);
  }

  @Test
  void theArticleThatCoversEveryWord_isFirstAsAWhole() {
    Retriever.Retrieval r = retrieve("ferry lighthouse", 4);
    assertEquals("long", r.articles().get(0), r.articles().toString());
  }

  @Test
  void itsBestPassage_isReadAfterThePassageSearchsOwn() {
    Retriever.Retrieval r = retrieve("ferry lighthouse", 4);
    List<String> byPassage = r.hits().subList(0, 4).stream().map(h -> h.passage().articleId()).toList();
    assertFalse(byPassage.contains("long"), "no single passage of the long article matches as well: " + byPassage);
    List<Hit> added = r.hits().subList(4, r.hits().size());
    assertTrue(added.stream().anyMatch(h -> h.passage().articleId().equals("long")), r.hits().toString());
    for (Hit h : added) {
      assertTrue(h.score() > 0, "an added passage matches the question's words: " + h);
      assertFalse(byPassage.contains(h.passage().articleId()), "an article found by its passages gets no other: " + h);
    }
    assertEquals(added.size(), added.stream().map(h -> h.passage().articleId()).distinct().count(), "one passage an article");
  }

  @Test
  void articlesAfterTheAsOfDay_areNotFoundAsWholesEither() {
    var r = retriever.retrieve(Terms.distinct(index.analyzer(), "ferry lighthouse"), TimeFrame.none(LocalDate.of(2024, 3, 15)), 4);
    assertEquals(List.of("long"), r.articles());
  }
}

package dev.lede.index;

import static dev.lede.TestCorpus.json;
import static dev.lede.TestCorpus.jsonl;
import static dev.lede.TestCorpus.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index run tells its listener of the articles that are new to the index, and of no others. */
class NewArticlesTest {
  @TempDir Path dir;
  Path corpus;
  PassageIndex index;
  Indexer indexer;
  final List<Passage> told = new ArrayList<>();

  @BeforeEach
  void open() {
    corpus = dir.resolve("corpus");
    index = PassageIndex.open(dir.resolve("index"));
    indexer = new Indexer(index, new Passages(120, 220));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private IndexRun update() {
    told.clear();
    return indexer.update(List.of(corpus), Progress.NONE, told::addAll);
  }

  private List<String> toldIds() {
    return told.stream().map(Passage::articleId).sorted().toList();
  }

  @Test
  void firstRun_tellsEveryArticleWithItsLeadPassage() {
    text(corpus, "harbor.txt", "Harbor dredging begins", "2024-03-01", "Crews began dredging the Pellworth harbor on Monday.");
    jsonl(corpus, "wire.jsonl", json("w1", "Ferry timetable changes", "2024-03-03", "The Quillby ferry will run every forty minutes."));
    IndexRun run = update();
    assertEquals(List.of("harbor", "w1"), toldIds());
    assertEquals(2, run.newArticles());
    Passage harbor = told.stream().filter(p -> p.articleId().equals("harbor")).findFirst().orElseThrow();
    assertEquals(0, harbor.ordinal());
    assertEquals("Harbor dredging begins", harbor.title());
    assertEquals(LocalDate.of(2024, 3, 1), harbor.date());
    assertTrue(harbor.text().contains("Pellworth"), harbor.text());
  }

  @Test
  void newArticles_areSearchableWhenTold() {
    text(corpus, "harbor.txt", "Harbor dredging begins", "2024-03-01", "Crews began dredging the Pellworth harbor on Monday.");
    int[] seen = {-1};
    indexer.update(List.of(corpus), Progress.NONE, leads -> seen[0] = Search.passages(index, "pellworth"));
    assertEquals(1, seen[0], "the listener runs after the commit and refresh");
  }

  @Test
  void addedFile_tellsOnlyItsArticles() {
    text(corpus, "harbor.txt", "Harbor dredging begins", "2024-03-01", "Crews began dredging the Pellworth harbor on Monday.");
    update();
    text(corpus, "orchard.txt", "Orchard wins prize", "2024-03-02", "The Vantree orchard won the regional apple prize.");
    IndexRun run = update();
    assertEquals(List.of("orchard"), toldIds());
    assertEquals(1, run.newArticles());
  }

  @Test
  void changedFile_tellsOnlyArticlesItDidNotHoldBefore() {
    Path wire = jsonl(corpus, "wire.jsonl", json("w1", "Ferry timetable changes", "2024-03-03", "The Quillby ferry will run every forty minutes."));
    update();
    TestCorpus.rewrite(wire, String.join("\n",
        json("w1", "Ferry timetable changes", "2024-03-03", "The Quillby ferry will run every thirty minutes."),
        json("w2", "Bridge repainted", "2024-03-04", "The Ostermark bridge was repainted green.")) + "\n");
    IndexRun run = update();
    assertEquals(List.of("w2"), toldIds(), "w1 was corrected, not new");
    assertEquals(1, run.newArticles());
    assertEquals(2, run.articles());
  }

  @Test
  void idleRunAndDeletion_tellNothing() throws IOException {
    Path harbor = text(corpus, "harbor.txt", "Harbor dredging begins", "2024-03-01", "Crews began dredging the Pellworth harbor on Monday.");
    text(corpus, "orchard.txt", "Orchard wins prize", "2024-03-02", "The Vantree orchard won the regional apple prize.");
    update();
    assertEquals(0, update().newArticles());
    Files.delete(harbor);
    assertEquals(0, update().newArticles());
    assertEquals(List.of(), toldIds());
  }

  @Test
  void failingListener_doesNotUndoTheRun() {
    text(corpus, "harbor.txt", "Harbor dredging begins", "2024-03-01", "Crews began dredging the Pellworth harbor on Monday.");
    IndexRun run = indexer.update(List.of(corpus), Progress.NONE, leads -> {
      throw new IllegalStateException("subscriber store is down");
    });
    assertEquals(1, run.newArticles());
    assertEquals(1, index.articleCount());
    assertTrue(update().idle(), "the run was committed");
  }
}

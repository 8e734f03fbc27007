package dev.lede.index;

import static dev.lede.TestCorpus.json;
import static dev.lede.TestCorpus.jsonl;
import static dev.lede.TestCorpus.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
  @TempDir Path dir;
  Path corpus;
  PassageIndex index;
  Indexer indexer;

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
    return indexer.update(List.of(corpus), Progress.NONE);
  }

  private void threeArticles() {
    text(corpus, "harbor.txt", "Harbor dredging begins", "2024-03-01",
        "Crews began dredging the Pellworth harbor on Monday. The work will take six weeks.");
    text(corpus, "orchard.txt", "Orchard wins prize", "2024-03-02",
        "The Vantree orchard won the regional apple prize for the third year running.");
    jsonl(corpus, "wire.jsonl",
        json("w1", "Ferry timetable changes", "2024-03-03", "The Quillby ferry will run every forty minutes from April."));
  }

  @Test
  void firstRun_indexesEveryArticleOfEveryFile() {
    threeArticles();
    IndexRun run = update();
    assertEquals(3, run.filesRead());
    assertEquals(3, run.articles());
    assertEquals(3, index.articleCount());
    assertTrue(index.passageCount() >= 3);
    assertEquals(1, Search.passages(index, "pellworth"));
    assertEquals(1, Search.passages(index, "quillby"));
  }

  @Test
  void unchangedCorpus_doesNoWork() {
    threeArticles();
    update();
    long version = index.version();
    IndexRun again = update();
    assertTrue(again.idle(), again.summary());
    assertEquals(0, again.filesRead());
    assertEquals(3, again.filesUnchanged());
    assertEquals(0, again.articles());
    assertEquals(version, index.version());
    assertEquals(3, index.articleCount());
  }

  @Test
  void changedFile_isReindexedWithItsNewText() {
    threeArticles();
    update();
    TestCorpus.rewrite(corpus.resolve("harbor.txt"),
        "date 2024-03-01\ntitle: Harbor dredging delayed\n\nThe Pellworth dredging was postponed because of Marrowind storms.\n");
    IndexRun run = update();
    assertEquals(1, run.filesRead());
    assertEquals(2, run.filesUnchanged());
    assertEquals(3, index.articleCount());
    assertEquals(0, Search.passages(index, "crews"), "the old text is gone");
    assertEquals(1, Search.passages(index, "marrowind"), "the new text is found");
  }

  @Test
  void changedJsonlLine_replacesOnlyThatFilesArticles() {
    threeArticles();
    update();
    TestCorpus.rewrite(corpus.resolve("wire.jsonl"),
        json("w1", "Ferry timetable changes", "2024-03-03", "The Quillby ferry will run every twenty minutes from May.") + "\n"
            + json("w2", "Bridge repainted", "2024-03-04", "The Ostermark bridge was repainted green.") + "\n");
    update();
    assertEquals(4, index.articleCount());
    assertEquals(0, Search.passages(index, "forty"));
    assertEquals(1, Search.passages(index, "twenty"));
    assertEquals(1, Search.passages(index, "ostermark"));
    assertEquals(1, Search.passages(index, "pellworth"), "other files are untouched");
  }

  @Test
  void deletedFile_losesItsArticlesFromSearchAndCounts() throws IOException {
    threeArticles();
    update();
    int passagesBefore = index.passageCount();
    Files.delete(corpus.resolve("orchard.txt"));
    IndexRun run = update();
    assertEquals(1, run.filesRemoved());
    assertFalse(run.idle());
    assertEquals(2, index.articleCount());
    assertTrue(index.passageCount() < passagesBefore);
    assertEquals(0, Search.passages(index, "vantree"));
    assertEquals(1, Search.passages(index, "pellworth"));
  }

  @Test
  void deletedFile_isNotReportedRemovedTwice() throws IOException {
    threeArticles();
    update();
    Files.delete(corpus.resolve("orchard.txt"));
    update();
    IndexRun again = update();
    assertTrue(again.idle(), again.summary());
    assertEquals(0, again.filesRemoved());
  }

  private static final String TWIN = "The Calloway dam reached full capacity after weeks of rain. Engineers opened two spillways.";

  @Test
  void sameArticleInTwoFiles_isIndexedOnce() {
    jsonl(corpus, "a.jsonl", json("dam-1", "Dam full", "2024-05-01", TWIN));
    text(corpus, "b.txt", "Dam full", "2024-05-01", TWIN);
    IndexRun run = update();
    assertEquals(1, run.articles());
    assertEquals(1, run.duplicates());
    assertEquals(1, index.articleCount());
    assertEquals(1, Search.passages(index, "calloway"));
  }

  @Test
  void duplicateCopy_becomesSearchableWhenTheIndexedCopysFileIsDeleted() throws IOException {
    jsonl(corpus, "a.jsonl", json("dam-1", "Dam full", "2024-05-01", TWIN));
    text(corpus, "b.txt", "Dam full", "2024-05-01", TWIN);
    update();
    List<String> first = Search.articleIds(index);
    assertEquals(1, first.size());
    Path indexed = first.get(0).equals("dam-1") ? corpus.resolve("a.jsonl") : corpus.resolve("b.txt");
    Files.delete(indexed);

    update();
    List<String> after = Search.articleIds(index);
    assertEquals(1, after.size(), "the other copy takes its place");
    assertNotEquals(first.get(0), after.get(0));
    assertEquals(1, Search.passages(index, "calloway"));
  }

  @Test
  void duplicateCopyDeleted_leavesTheIndexedCopy() throws IOException {
    jsonl(corpus, "a.jsonl", json("dam-1", "Dam full", "2024-05-01", TWIN));
    text(corpus, "b.txt", "Dam full", "2024-05-01", TWIN);
    update();
    String kept = Search.articleIds(index).get(0);
    Files.delete(kept.equals("dam-1") ? corpus.resolve("b.txt") : corpus.resolve("a.jsonl"));
    update();
    assertEquals(List.of(kept), Search.articleIds(index));
  }

  @Test
  void missingCorpusRoot_isAWarningNotACrash() {
    threeArticles();
    IndexRun run = indexer.update(List.of(corpus, dir.resolve("not-there")), Progress.NONE);
    assertTrue(run.skipped() >= 1, run.summary());
    assertEquals(3, index.articleCount(), "the roots that exist are indexed");
  }

  @Test
  void onlyRootMissing_onAnEmptyIndex_indexesNothing() {
    IndexRun run = indexer.update(List.of(dir.resolve("not-there")), Progress.NONE);
    assertTrue(run.skipped() >= 1);
    assertEquals(0, run.filesRead());
    assertEquals(0, index.articleCount());
  }

  @Test
  void badFileAmongGoodOnes_isSkippedAndTheRestIndexed() {
    threeArticles();
    TestCorpus.write(corpus, "broken.jsonl", "{\"id\": \"x\", \"text\": \n not json at all\n");
    IndexRun run = update();
    assertTrue(run.skipped() >= 1, run.summary());
    assertEquals(3, index.articleCount());
  }

  @Test
  void progress_isToldOfEveryFileRead() {
    threeArticles();
    long[] last = new long[2];
    indexer.update(List.of(corpus), (articles, passages, bytesDone, bytesTotal, seconds) -> {
      last[0] = articles;
      last[1] = bytesDone == bytesTotal ? 1 : 0;
    });
    assertEquals(3, last[0]);
    assertEquals(1, last[1], "the last report covers all bytes");
  }

  @Test
  void reopenedIndex_keepsWhatWasIndexedAndStaysIdle() {
    threeArticles();
    update();
    index.close();
    index = PassageIndex.open(dir.resolve("index"));
    indexer = new Indexer(index, new Passages(120, 220));
    assertEquals(3, index.articleCount());
    assertTrue(update().idle());
  }

  /** What an index written before whole articles were searched looks like: no layout in its commit. */
  private void threeArticlesInAnEarlierLayout() throws IOException {
    threeArticles();
    update();
    index.writer().setLiveCommitData(java.util.Map.of(PassageIndex.UPDATED, "1").entrySet());
    index.writer().commit();
  }

  @Test
  void indexOfAnEarlierLayout_isReadAgainFromItsFilesAndThenStaysIdle() throws IOException {
    threeArticlesInAnEarlierLayout();
    index.close();
    index = PassageIndex.open(dir.resolve("index"));
    indexer = new Indexer(index, new Passages(120, 220));
    assertFalse(index.layoutCurrent());
    IndexRun again = update();
    assertEquals(3, again.filesRead(), again.summary());
    assertEquals(3, index.articleCount(), "re-reading replaces the articles, it does not add them twice");
    assertTrue(index.layoutCurrent());
    assertTrue(update().idle());
  }

  @Test
  void wholeArticles_areSearchableOnTheirLeadPassageOnly() {
    text(corpus, "long.txt", "Harbor works", "2024-03-01", ("Crews dredged the Pellworth harbor. " + "The work went on. ".repeat(70))
        + "\n\n" + "Gulls circled the Vantree orchard. " + "The work went on. ".repeat(70));
    update();
    assertTrue(index.passageCount() >= 2, "the article is cut into passages");
    assertEquals(1, Search.count(index, PassageIndex.ARTICLE_TEXT, "pellworth"));
    assertEquals(1, Search.count(index, PassageIndex.ARTICLE_TEXT, "vantree"), "the words of every passage are the article's");
    assertEquals(1, Search.count(index, PassageIndex.ARTICLE_TEXT, "harbor"), "and so is its title");
    assertEquals(1, Search.passages(index, "vantree"), "one passage of the article, not its first, says it");
  }

  @Test
  void whileFilesAreReadAgain_searchesStillFindTheirArticles() throws IOException {
    threeArticlesInAnEarlierLayout();
    index.refresh();
    int[] seen = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    IndexRun again = indexer.update(List.of(corpus), (articles, passages, bytesDone, bytesTotal, seconds) -> {
      if (bytesDone == bytesTotal) return;
      seen[0] = Math.min(seen[0], Search.passages(index, "pellworth"));
      seen[1] = Math.min(seen[1], Search.passages(index, "quillby"));
    });
    assertEquals(3, again.filesRead(), again.summary());
    assertEquals(1, seen[0], "the harbor story stayed searchable all along");
    assertEquals(1, seen[1], "and so did the wire story");
    assertEquals(3, index.articleCount());
    assertEquals(1, Search.passages(index, "pellworth"), "and once only, after the run");
  }
}

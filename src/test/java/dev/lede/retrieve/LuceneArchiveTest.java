package dev.lede.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.PassageIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneArchiveTest {
  @TempDir Path dir;
  PassageIndex index;
  LuceneArchive archive;

  @BeforeEach
  void open() {
    index = ArchiveFixture.open(dir);
    archive = new LuceneArchive(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static List<String> ids(List<Source> sources) {
    return sources.stream().map(Source::articleId).toList();
  }

  private static void assertNewestFirst(List<Source> sources) {
    for (int i = 1; i < sources.size(); i++) {
      LocalDate before = sources.get(i - 1).date();
      LocalDate after = sources.get(i).date();
      if (after != null) assertTrue(before != null && !before.isBefore(after), ids(sources).toString());
    }
  }

  @Test
  void search_findsMatchingArticlesNewestFirst() {
    List<Source> found = archive.search("Brindle canal", 10);
    assertEquals(List.of("c4", "c3", "c2", "c1", "undated"), ids(found));
    assertNewestFirst(found);
  }

  @Test
  void search_respectsTheLimit() {
    assertEquals(2, archive.search("canal", 2).size());
    assertEquals(List.of(), archive.search("canal", 0));
  }

  @Test
  void search_givesTitleDateAndSnippet() {
    Source market = archive.search("market", 5).get(0);
    assertEquals("m1", market.articleId());
    assertEquals("Market reopens", market.title());
    assertEquals(LocalDate.of(2024, 5, 20), market.date());
    assertTrue(market.snippet().contains("Tanner Street"), market.snippet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "*:*", "the of and", "AND (", "\"unbalanced", "title:foo OR", "🙂🙂"})
  void search_withoutTerms_findsNothingAndDoesNotThrow(String words) {
    List<Source> found = archive.search(words, 5);
    if (!words.contains("foo")) assertEquals(List.of(), found);
  }

  @Test
  void latestWithoutTopic_isEveryArticleNewestFirst() {
    List<Source> latest = archive.latest("", 10);
    assertEquals(6, latest.size());
    assertEquals(List.of("c4", "c3", "m1", "c2", "c1"), ids(latest).subList(0, 5));
    assertNewestFirst(latest);
  }

  @Test
  void latestWithTopic_isOnlyThatTopic() {
    assertEquals(List.of("m1"), ids(archive.latest("market", 10)));
  }

  @Test
  void summary_countsArticlesAndSpansTheirDates() {
    ArchiveSummary s = archive.summary();
    assertEquals(6, s.articles());
    assertEquals(index.passageCount(), s.passages());
    assertTrue(s.passages() >= 6);
    assertEquals(LocalDate.of(2024, 1, 10), s.firstDate(), "undated articles do not count as the oldest");
    assertEquals(LocalDate.of(2025, 6, 1), s.lastDate());
    assertNotNull(s.lastUpdate());
  }

  @Test
  void summaryOfAnEmptyIndex_hasNoDates() {
    try (PassageIndex empty = PassageIndex.open(dir.resolve("empty"))) {
      ArchiveSummary s = new LuceneArchive(empty).summary();
      assertEquals(0, s.articles());
      assertNull(s.firstDate());
      assertNull(s.lastDate());
      assertFalse(new LuceneArchive(empty).latest("", 5).iterator().hasNext());
    }
  }
}

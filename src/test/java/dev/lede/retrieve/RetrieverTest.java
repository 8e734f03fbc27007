package dev.lede.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.PassageIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrieverTest {
  @TempDir Path dir;
  PassageIndex index;
  Retriever retriever;

  @BeforeEach
  void open() {
    index = ArchiveFixture.open(dir);
    retriever = new Retriever(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private Set<String> articles(String question, LocalDate asOf) {
    List<String> terms = Terms.distinct(index.analyzer(), question);
    return retriever.retrieve(terms, TimeFrame.of(question, asOf), 30).hits().stream()
        .map(h -> h.passage().articleId()).collect(Collectors.toSet());
  }

  @Test
  void articlesAfterAsOf_areNeverReturned() {
    LocalDate asOf = LocalDate.of(2024, 5, 1);
    Set<String> found = articles("What happened to the Brindle canal?", asOf);
    assertEquals(Set.of("c1", "c2", "undated"), found);
  }

  @Test
  void periodWithoutMatches_widensButStillStopsAtAsOf() {
    LocalDate asOf = LocalDate.of(2024, 10, 1);
    Set<String> found = articles("What happened to the Brindle canal in 2019?", asOf);
    assertTrue(found.contains("c3"), found.toString());
    assertFalse(found.contains("c4"), found.toString());
  }

  @Test
  void namedPeriod_bringsItsOwnArticlesEvenWhenOthersScoreHigher() {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    String q = "Brindle canal extended to the river in 2024";
    List<String> terms = Terms.distinct(index.analyzer(), q);
    var hits = retriever.retrieve(terms, TimeFrame.of(q, asOf), 2).hits();
    assertTrue(hits.stream().anyMatch(h -> h.passage().date() != null && h.passage().date().getYear() == 2024),
        hits.stream().map(h -> h.passage().articleId()).toList().toString());
  }

  @Test
  void noTerms_retrievesNothing() {
    assertEquals(List.of(), retriever.retrieve(List.of(), TimeFrame.none(LocalDate.of(2025, 1, 1)), 10).hits());
  }

  @Test
  void terms_comeFromTheIndexAnalyzerNotQuerySyntax() {
    assertEquals(List.of(), Terms.distinct(index.analyzer(), "*:* AND ( OR"));
    List<String> fielded = Terms.distinct(index.analyzer(), "title:foo OR");
    assertTrue(fielded.stream().anyMatch(t -> t.contains("foo")) && !fielded.contains("or"), fielded.toString());
    assertTrue(Terms.all(index.analyzer(), "word ".repeat(5_000)).size() <= Terms.MAX_CHARS);
  }

  @Test
  void relatedWords_findPassagesThatUseThemButRankBelowTheQuestionsOwnWords() {
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    List<String> terms = Terms.distinct(index.analyzer(), "opened");
    var plain = retriever.retrieve(terms, TimeFrame.none(asOf), 30).hits();
    var widened = retriever.retrieve(terms, Set.of(Terms.all(index.analyzer(), "reopened").get(0)), null, TimeFrame.none(asOf), 30).hits();
    assertEquals(List.of("c3"), plain.stream().map(h -> h.passage().articleId()).toList());
    assertEquals(List.of("c3", "m1"), widened.stream().map(h -> h.passage().articleId()).toList(),
        "the market's reopening is found through the related word, after the canal's opening");
  }
}

package dev.lede.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.config.LedeConfig;
import dev.lede.retrieve.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsOfTest {
  static final String QUESTION = "How many reading rooms does the Riverton library have?";
  @TempDir Path dir;
  Lede lede;

  @BeforeEach
  void open() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "old.txt", "Riverton library plans", "2024-01-10",
        "The Riverton library has 40 reading rooms, the librarian said. A new wing is planned.");
    TestCorpus.text(corpus, "new.txt", "Riverton library reopens", "2024-06-01",
        "After the new wing opened, the Riverton library has 75 reading rooms, the librarian said.");
    TestCorpus.background(corpus, 16);
    lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)));
  }

  @AfterEach
  void close() {
    lede.close();
  }

  private Answer ask(LocalDate asOf) {
    return lede.answering().ask(new Question(QUESTION, asOf));
  }

  @Test
  void articleDatedAfterAsOf_isNotUsed() {
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    Answer a = ask(asOf);
    assertFalse(a.abstained(), "the older article answers");
    for (Source s : a.sources()) assertFalse(s.date().isAfter(asOf), s.toString());
    assertFalse(a.text().contains("75"), a.text());
    assertTrue(a.text().contains("40"), a.text());
  }

  @Test
  void articleDatedBeforeAsOf_canBeUsed() {
    Answer a = ask(LocalDate.of(2024, 7, 1));
    assertFalse(a.abstained());
    assertTrue(a.text().contains("75") || a.text().contains("40"), a.text());
    assertTrue(a.sources().stream().anyMatch(s -> s.articleId().equals("new")), a.sources().toString());
  }

  @Test
  void asOfBeforeEveryArticle_declines() {
    Answer a = ask(LocalDate.of(2023, 12, 31));
    assertTrue(a.abstained());
    assertTrue(a.sources().isEmpty());
  }
}

package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkipsTest {

  Skips skips = new Skips();
  Path file = Path.of("corpus", "a.jsonl");

  @Test
  void skippedArticle_messageNamesFileLineAndReason() {
    skips.skipArticle(file, 17, "broken JSON (Unexpected character)");
    assertEquals(List.of("skipped " + file + ":17: broken JSON (Unexpected character)"), skips.warnings());
  }

  @Test
  void skippedFile_messageHasNoLine() {
    skips.skipFile(file, "binary file");
    assertEquals(List.of("skipped " + file + ": binary file"), skips.warnings());
  }

  @Test
  void counts_areKeptPerKind() {
    skips.skipFile(file, "x");
    skips.skipArticle(file, 1, "y");
    skips.skipArticle(file, 2, "z");
    skips.warn(file, 3, "w");
    assertEquals(1, skips.skippedFiles());
    assertEquals(2, skips.skippedArticles());
    assertEquals(3, skips.total());
    assertEquals(4, skips.warningCount());
  }

  @Test
  void warning_isNotASkip() {
    skips.warn(file, 3, "bad date");
    assertEquals(0, skips.total());
    assertEquals(List.of(file + ":3: bad date"), skips.warnings());
  }

  @Test
  void reasons_becomeOneLine() {
    skips.skipArticle(file, 1, "broken JSON (Unexpected\n  character\r\nat 3)");
    assertEquals("skipped " + file + ":1: broken JSON (Unexpected character at 3)", skips.warnings().getFirst());
  }

  @Test
  void longReasons_areShortened() {
    skips.skipArticle(file, 1, "x".repeat(10_000));
    assertTrue(skips.warnings().getFirst().length() < 400, () -> "length " + skips.warnings().getFirst().length());
  }

  @Test
  void keptMessages_areCappedButAllCounted() {
    for (int i = 1; i <= Skips.KEPT_WARNINGS + 500; i++) skips.skipArticle(file, i, "broken");
    assertEquals(Skips.KEPT_WARNINGS, skips.warnings().size());
    assertEquals(Skips.KEPT_WARNINGS + 500, skips.skippedArticles());
    assertEquals("skipped " + file + ":1: broken", skips.warnings().getFirst());
  }
}

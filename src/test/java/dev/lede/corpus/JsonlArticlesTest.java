package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlArticlesTest {

  @TempDir Path dir;
  Skips skips = new Skips();

  private List<Article> read(String name, String content) {
    return Fixtures.read(dir, Fixtures.write(dir, name, content), skips);
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  @Test
  void goodLine_givesEveryField() {
    List<Article> articles = read("a.jsonl", "{\"id\": \"r-1\", \"title\": \"COCOA REVIEW\", \"date\": \"1987-02-26\","
        + " \"url\": \"https://example.org/1\", \"source\": \"Wire\", \"text\": \"Showers continued.\"}\n");
    assertEquals(List.of(new Article("r-1", "COCOA REVIEW", LocalDate.of(1987, 2, 26), "https://example.org/1", "Wire",
        "Showers continued.")), articles);
    assertEquals(List.of(), skips.warnings());
  }

  @Test
  void nullOptionalFields_areAbsent() {
    Article a = read("a.jsonl", "{\"id\": \"r-1\", \"url\": null, \"source\": null, \"date\": null, \"text\": \"Rain.\"}")
        .getFirst();
    assertNull(a.url());
    assertNull(a.publisher());
    assertNull(a.date());
  }

  @Test
  void articlesComeInFileOrder() {
    assertEquals(List.of("c", "a", "b"), ids(read("a.jsonl",
        json("c", null, null, "Three.") + "\n" + json("a", null, null, "One.") + "\n" + json("b", null, null, "Two."))));
  }

  @Test
  void blankLines_areIgnoredSilently() {
    List<Article> articles = read("a.jsonl", "\n" + json("a", null, null, "One.") + "\n   \n\r\n" + json("b", null, null, "Two.") + "\n\n");
    assertEquals(List.of("a", "b"), ids(articles));
    assertEquals(List.of(), skips.warnings());
  }

  @Test
  void brokenJson_skipsThatLineNamingFileAndLineAndReadsTheRest() {
    Path file = Fixtures.write(dir, "a.jsonl", json("a", null, null, "One.") + "\n{\"id\": \"b\", \"text\": \n"
        + json("c", null, null, "Three.") + "\n");
    List<Article> articles = Fixtures.read(dir, file, skips);
    assertEquals(List.of("a", "c"), ids(articles));
    assertEquals(1, skips.skippedArticles());
    assertTrue(skips.warnings().getFirst().startsWith("skipped " + file + ":2: broken JSON ("), skips.warnings().getFirst());
  }

  @Test
  void trailingGarbageAfterTheObject_isBrokenJson() {
    assertEquals(List.of(), read("a.jsonl", json("a", null, null, "One.") + " x\n"));
    assertTrue(skips.warnings().getFirst().contains("a.jsonl:1: broken JSON"), skips.warnings().getFirst());
  }

  @Test
  void lineThatIsNotAnObject_isSkipped() {
    assertEquals(List.of(), read("a.jsonl", "[1, 2]\n"));
    assertTrue(skips.warnings().getFirst().endsWith("a.jsonl:1: not a JSON object"), skips.warnings().getFirst());
  }

  @Test
  void missingText_skipsTheLine() {
    List<Article> articles = read("a.jsonl", json("a", "Title Only", null, null) + "\n" + json("b", null, null, "Two."));
    assertEquals(List.of("b"), ids(articles));
    assertEquals(1, skips.skippedArticles());
    assertTrue(skips.warnings().getFirst().endsWith("a.jsonl:1: article \"a\": missing or empty \"text\""),
        skips.warnings().getFirst());
  }

  @Test
  void emptyText_skipsTheLine() {
    assertEquals(List.of(), read("a.jsonl", json("a", null, null, "  \n ")));
    assertEquals(1, skips.skippedArticles());
  }

  @Test
  void missingOrEmptyId_skipsTheLine() {
    assertEquals(List.of(), read("a.jsonl", json(null, null, null, "One.") + "\n" + json(" ", null, null, "Two.")));
    assertEquals(2, skips.skippedArticles());
    assertTrue(skips.warnings().get(1).endsWith("a.jsonl:2: missing or empty \"id\""), skips.warnings().get(1));
  }

  @Test
  void numericId_isAccepted() {
    assertEquals(List.of("42"), ids(read("a.jsonl", "{\"id\": 42, \"text\": \"One.\"}")));
  }

  @Test
  void badDate_isAWarningAndTheArticleIsKeptWithoutDate() {
    List<Article> articles = read("a.jsonl", json("a", null, "26/02/1987", "One."));
    assertEquals(1, articles.size());
    assertNull(articles.getFirst().date());
    assertEquals(0, skips.total());
    assertTrue(skips.warnings().getFirst().endsWith("a.jsonl:1: bad date '26/02/1987' (want YYYY-MM-DD), article kept"
        + " without date"), skips.warnings().getFirst());
  }

  @Test
  void dateTime_givesItsDay() {
    assertEquals(LocalDate.of(1987, 2, 26), read("a.jsonl", json("a", null, "1987-02-26T10:15:00Z", "One.")).getFirst().date());
  }

  @Test
  void nonStringTitle_isAWarningAndTheTitleIsDerived() {
    Article a = read("a.jsonl", "{\"id\": \"a\", \"title\": 7, \"text\": \"Snow fell today.\"}").getFirst();
    assertEquals("Snow fell today", a.title());
    assertTrue(skips.warnings().getFirst().contains("\"title\" is number, not a string"), skips.warnings().getFirst());
  }

  @Test
  void textIsNormalisedLikePlainText() {
    Article a = read("a.jsonl", json("a", "T", null, "Showers continued in\nthe zone.\n\nRain Over The Zone Getty Images"
        + " loading...\n\nArrivals   rose.\n    The dry period\nends.")).getFirst();
    assertEquals("Showers continued in the zone.\n\nArrivals rose.\n\nThe dry period ends.", a.text());
  }

  @Test
  void missingTitle_isDerivedFromAHeading() {
    Article a = read("a.jsonl", json("a", null, null, "Harbour Ferry Returns\n\nThe ferry runs again.")).getFirst();
    assertEquals("Harbour Ferry Returns", a.title());
  }

  @Test
  void missingTitle_isDerivedFromTheFirstSentence() {
    assertEquals("The ferry runs again", read("a.jsonl", json("a", null, null, "The ferry runs again. It is full."))
        .getFirst().title());
  }

  @Test
  void onlyCaptionText_isSkippedAsEmpty() {
    assertEquals(List.of(), read("a.jsonl", json("a", null, null, "Ferry Getty Images loading...")));
    assertTrue(skips.warnings().getFirst().endsWith("a.jsonl:1: article \"a\": no text left after cleaning"),
        skips.warnings().getFirst());
  }

  @Test
  void gzippedJsonl_isRead() {
    Path file = Fixtures.write(dir, "a.JSONL.GZ", Fixtures.gzip(json("a", null, null, "One.") + "\n" + json("b", null, null, "Two.")));
    assertEquals(List.of("a", "b"), ids(Fixtures.read(dir, file, skips)));
    assertEquals(List.of(), skips.warnings());
  }

  @Test
  void truncatedGzip_keepsTheArticlesBeforeTheBreak() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2_000; i++) lines.append(json("a" + i, null, null, "Article number " + i + " " + "x".repeat(i % 50) + ".")).append('\n');
    byte[] whole = Fixtures.gzip(lines.toString());
    Path file = Fixtures.write(dir, "a.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
    List<Article> articles = Fixtures.read(dir, file, skips);
    assertTrue(articles.size() > 100 && articles.size() < 2_000, "read " + articles.size());
    for (int i = 0; i < articles.size(); i++) assertEquals("a" + i, articles.get(i).id());
    assertEquals(1, skips.skippedFiles());
    assertEquals(0, skips.skippedArticles());
    assertTrue(skips.warnings().getFirst().startsWith("skipped " + file + ": truncated gzip: read stopped after line "),
        skips.warnings().getFirst());
  }

  @Test
  void gzEndingWithoutGzipContent_isSkipped() {
    Path file = Fixtures.write(dir, "a.jsonl.gz", json("a", null, null, "One."));
    assertEquals(List.of(), Fixtures.read(dir, file, skips));
    assertEquals(1, skips.skippedFiles());
    assertTrue(skips.warnings().getFirst().startsWith("skipped " + file + ": not a gzip file"), skips.warnings().getFirst());
  }

  @Test
  void binaryJsonl_isSkippedWithOneWarning() {
    byte[] bytes = new byte[20_000];
    bytes[5] = 0x7f;
    Path file = Fixtures.write(dir, "dump.jsonl", bytes);
    assertEquals(List.of(), Fixtures.read(dir, file, skips));
    assertEquals(List.of("skipped " + file + ": binary file (NUL bytes), not JSONL"), skips.warnings());
  }

  @Test
  void invalidUtf8Line_isSkippedNamingTheLineAndTheRestIsRead() {
    byte[] bad = (json("b", null, null, "Caf\u00e9.") + "\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] good1 = (json("a", null, null, "One.") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] good2 = json("c", null, null, "Caf\u00e9 three.").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good1.length + bad.length + good2.length];
    System.arraycopy(good1, 0, all, 0, good1.length);
    System.arraycopy(bad, 0, all, good1.length, bad.length);
    System.arraycopy(good2, 0, all, good1.length + bad.length, good2.length);
    Path file = Fixtures.write(dir, "a.jsonl", all);
    List<Article> articles = Fixtures.read(dir, file, skips);
    assertEquals(List.of("a", "c"), ids(articles));
    assertEquals("Café three.", articles.get(1).text());
    assertEquals(1, skips.skippedArticles());
    assertTrue(skips.warnings().getFirst().startsWith("skipped " + file + ":2: not valid UTF-8"), skips.warnings().getFirst());
  }

  @Test
  void manyLines_areStreamedAndAllRead() {
    StringBuilder lines = new StringBuilder();
    int n = 20_000;
    for (int i = 0; i < n; i++) lines.append(json("r-" + i, "T" + i, "1987-03-01", "Story " + i + " text.")).append('\n');
    Path file = Fixtures.write(dir, "big.jsonl.gz", Fixtures.gzip(lines.toString()));
    long[] count = {0};
    ArticleReader.read(Fixtures.file(dir, file), a -> count[0]++, skips);
    assertEquals(n, count[0]);
    assertEquals(0, skips.warningCount());
  }
}

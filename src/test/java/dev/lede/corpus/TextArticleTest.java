package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleTest {

  @TempDir Path dir;
  Skips skips = new Skips();

  private Article only(String name, String text) {
    List<Article> articles = Fixtures.read(dir, Fixtures.write(dir, name, text), skips);
    assertEquals(1, articles.size(), () -> "articles of " + name + ", warnings " + skips.warnings());
    return articles.getFirst();
  }

  private List<String> paragraphs(Article article) {
    return List.of(article.text().split("\n\n"));
  }

  @Test
  void headerLines_giveTitleUrlSourceAndDate() {
    Article a = only("a.txt", "title: Ferry Service Resumes\nurl: https://example.org/ferry\nsource: Harbour News\n"
        + "date 2024-11-05\n\nThe ferry runs again.");
    assertEquals("Ferry Service Resumes", a.title());
    assertEquals("https://example.org/ferry", a.url());
    assertEquals("Harbour News", a.publisher());
    assertEquals(LocalDate.of(2024, 11, 5), a.date());
    assertEquals("The ferry runs again.", a.text());
  }

  @Test
  void dateLine_withoutTextOnItsLine() {
    Article a = only("a.txt", "date 2024-01-09\n\nSnow closed the schools.");
    assertEquals(LocalDate.of(2024, 1, 9), a.date());
    assertEquals("Snow closed the schools.", a.text());
  }

  @Test
  void noDateLine_meansNoDate() {
    assertNull(only("a.txt", "Snow closed the schools.").date());
  }

  @Test
  void badDate_isAWarningAndTheArticleIsKeptWithoutDate() {
    Article a = only("a.txt", "date 2024-02-30 Snow closed the schools.");
    assertNull(a.date());
    assertEquals("Snow closed the schools.", a.text());
    assertEquals(0, skips.total());
    assertEquals(1, skips.warnings().size());
    assertTrue(skips.warnings().getFirst().contains("a.txt:1: bad date '2024-02-30'"), skips.warnings().getFirst());
  }

  @Test
  void headerLines_onlyCountAtTheTop() {
    Article a = only("a.txt", "The mayor spoke.\n\ntitle: not a header here");
    assertEquals(List.of("The mayor spoke.", "title: not a header here"), paragraphs(a));
  }

  @Test
  void singleLineBreaksInsideAParagraph_areJoinedWithASpace() {
    Article a = only("a.txt", "The council met on\nMonday and voted\r\nfor the plan.\n\nIt passed.");
    assertEquals(List.of("The council met on Monday and voted for the plan.", "It passed."), paragraphs(a));
  }

  @Test
  void whiteSpaceIsCollapsed() {
    Article a = only("a.txt", "  The\tcouncil \u00A0 met.   \n \n\n\n  It passed.  ");
    assertEquals("The council met.\n\nIt passed.", a.text());
  }

  @Test
  void headingLineAboveTextWithoutBlankLine_staysItsOwnParagraph() {
    Article a = only("a.txt", "The vote was close.\nCouncil Approves New Budget\nThe budget grows by 3 percent.");
    assertEquals(List.of("The vote was close.", "Council Approves New Budget", "The budget grows by 3 percent."),
        paragraphs(a));
  }

  @Test
  void hardWrappedProse_isNotSplitAtCapitalisedLines() {
    Article a = only("a.txt", "Standard Oil Co and BP North America\nInc said they plan to form a venture to manage"
        + " the money market\nborrowing of both companies.");
    assertEquals(List.of("Standard Oil Co and BP North America Inc said they plan to form a venture to manage the"
        + " money market borrowing of both companies."), paragraphs(a));
  }

  @Test
  void indentedLineAfterUnindentedOnes_startsAParagraph() {
    Article a = only("a.txt", "Showers continued in\nthe cocoa zone.\n    The dry period means the crop\nwill be late.");
    assertEquals(List.of("Showers continued in the cocoa zone.", "The dry period means the crop will be late."),
        paragraphs(a));
  }

  @Test
  void loadingCaptionLine_isDropped() {
    Article a = only("a.txt", "Rain fell.\n\nFlooded Streets In Lagos Getty Images loading...\n\nRoads closed.");
    assertEquals(List.of("Rain fell.", "Roads closed."), paragraphs(a));
  }

  @Test
  void loadingCaptionInsideAParagraph_isDropped() {
    Article a = only("a.txt", "Rain fell.\nFlooded Streets In Lagos Getty Images loading…\nRoads closed.");
    assertEquals("Rain fell. Roads closed.", a.text());
  }

  @Test
  void creditLines_areDropped() {
    Article a = only("a.txt", "Rain fell.\n\nPhoto: Jane Doe\n\n(Photo by Spencer Platt/Getty Images)\n\n"
        + "Flooded streets in Lagos AP Photo/Sunday Alamba\n\nRoads closed.");
    assertEquals(List.of("Rain fell.", "Roads closed."), paragraphs(a));
  }

  @Test
  void sentenceThatMentionsGettyImages_isKept() {
    Article a = only("a.txt", "The picture was sold to Getty Images.");
    assertEquals("The picture was sold to Getty Images.", a.text());
  }

  @Test
  void noHeading_titleIsTheFirstSentence() {
    Article a = only("a.txt", "Snow closed the schools on Monday. Buses stayed home.");
    assertEquals("Snow closed the schools on Monday", a.title());
  }

  @Test
  void firstSentenceTitle_skipsAbbreviations() {
    Article a = only("a.txt", "Mr. Smith met U.S. officials in Geneva. They talked.");
    assertEquals("Mr. Smith met U.S. officials in Geneva", a.title());
  }

  @Test
  void longFirstSentence_isShortenedAtAWordBoundary() {
    String sentence = "Reports indicate that agents have a daily quota to hit as the president continues his goal"
        + " of deporting immigrants from the country.";
    Article a = only("a.txt", sentence);
    assertTrue(a.title().endsWith("…"), a.title());
    assertTrue(a.title().length() <= Titles.MAX_CHARS + 1, a.title());
    String kept = a.title().substring(0, a.title().length() - 1);
    assertTrue(sentence.startsWith(kept + " "), a.title());
  }

  @Test
  void markdownHeadingMarks_areRemovedAndTheHeadingIsItsOwnParagraph() {
    Article a = only("notes.md", "# Harbour Ferry Returns\nThe ferry runs again.");
    assertEquals("Harbour Ferry Returns", a.title());
    assertEquals(List.of("Harbour Ferry Returns", "The ferry runs again."), paragraphs(a));
  }

  @Test
  void byteOrderMark_isIgnored() {
    Article a = only("a.txt", "\uFEFFdate 2024-01-09 Snow fell.");
    assertEquals(LocalDate.of(2024, 1, 9), a.date());
    assertEquals("Snow fell.", a.text());
  }

  @Test
  void idIsThePathBelowTheRootWithSlashes() {
    Path file = Fixtures.write(dir, "2025/feb/Storm.TXT", "Snow fell.");
    assertEquals("2025/feb/Storm", Fixtures.read(dir, file, skips).getFirst().id());
  }

  @Test
  void onlyCaptions_isSkippedAsEmpty() {
    Path file = Fixtures.write(dir, "a.txt", "date 2024-01-09\n\nFlooded Streets Getty Images loading...\n");
    assertEquals(List.of(), Fixtures.read(dir, file, skips));
    assertEquals(1, skips.skippedArticles());
    assertTrue(skips.warnings().getFirst().endsWith("a.txt: no article text left after cleaning"), skips.warnings().getFirst());
  }

  @Test
  void binaryFile_isSkippedWithOneWarning() {
    byte[] bytes = "PK\u0003\u0004 some zip header".getBytes(StandardCharsets.ISO_8859_1);
    bytes[10] = 0;
    Path file = Fixtures.write(dir, "archive.txt", bytes);
    assertEquals(List.of(), Fixtures.read(dir, file, skips));
    assertEquals(1, skips.skippedFiles());
    assertEquals(List.of("skipped " + file + ": binary file (NUL bytes), not text"), skips.warnings());
  }

  @Test
  void invalidUtf8_isSkippedNamingLineAndByte() {
    byte[] latin1 = "Line one.\nCaf\u00e9 prices rose.".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Fixtures.write(dir, "latin1.txt", latin1);
    assertEquals(List.of(), Fixtures.read(dir, file, skips));
    assertEquals(1, skips.skippedFiles());
    assertEquals(List.of("skipped " + file + ": not valid UTF-8 (line 2, byte 13)"), skips.warnings());
  }

  @Test
  void unreadableFile_isASkipNotAnException() {
    Path missing = dir.resolve("gone.txt");
    assertEquals(List.of(), Fixtures.read(dir, missing, skips));
    assertEquals(1, skips.skippedFiles());
    assertTrue(skips.warnings().getFirst().startsWith("skipped " + missing + ": cannot read"), skips.warnings().getFirst());
  }
}

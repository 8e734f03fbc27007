package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedArticleTest {

  @TempDir Path dir;
  Skips skips = new Skips();
  Article seed;

  @BeforeEach
  void readSeed() {
    List<Article> articles = Fixtures.read(dir, Fixtures.seed(dir), skips);
    assertEquals(1, articles.size());
    seed = articles.getFirst();
  }

  @Test
  void seed_readsWithoutWarnings() {
    assertEquals(List.of(), skips.warnings());
  }

  @Test
  void seed_dateComesFromTheDateLine() {
    assertEquals(LocalDate.of(2025, 2, 3), seed.date());
  }

  @Test
  void seed_idIsTheFileNameWithoutEnding() {
    assertEquals("000_648697d5470bbd2d", seed.id());
  }

  @Test
  void seed_titleIsTheFirstHeading() {
    assertEquals("Quarter-Million New York Residents Received Deportation Orders", seed.title());
  }

  @Test
  void seed_textAfterTheDateOnTheSameLineIsTheFirstParagraph() {
    assertTrue(seed.text().startsWith("Reports indicate that ICE agents have a daily quota to hit as President Trump"
        + " continues his goal of deporting immigrants.\n\n"), seed.text());
    assertFalse(seed.text().contains("2025-02-03"));
  }

  @Test
  void seed_hasNoPhotoCaptions() {
    assertFalse(seed.text().contains("loading"), seed.text());
    assertFalse(seed.text().contains("Getty Images"), seed.text());
  }

  @Test
  void seed_removalOrdersParagraphIsIntact() {
    List<String> paragraphs = List.of(seed.text().split("\n\n"));
    assertTrue(paragraphs.contains("About 250,000 New Yorkers have reportedly \"received removal orders\" from"
        + " immigration courts, \"making them eligible for deportation.\""), seed.text());
  }

  @Test
  void seed_headingsStayTheirOwnParagraphs() {
    List<String> paragraphs = List.of(seed.text().split("\n\n"));
    assertTrue(paragraphs.contains("ICE Agents Reportedly Have Daily Quotas To Hit"));
    assertTrue(paragraphs.contains("White House Rejects \"Quota,\" Confirms \"Goal\""));
  }

  @Test
  void seed_keepsEveryContentParagraphAndDropsTheFourCaptions() {
    // 19 blocks in the file, 4 of them captions
    assertEquals(15, seed.text().split("\n\n").length);
  }

  @Test
  void seed_hasNoUrlOrPublisher() {
    assertNull(seed.url());
    assertNull(seed.publisher());
  }
}

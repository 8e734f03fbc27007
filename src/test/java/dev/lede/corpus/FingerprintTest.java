package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

  @TempDir Path dir;
  Skips skips = new Skips();

  @Test
  void fingerprint_is32HexDigits() {
    assertTrue(Fingerprint.of("Snow fell.").matches("[0-9a-f]{32}"), Fingerprint.of("Snow fell."));
  }

  @Test
  void sameArticleAsTextAndAsJsonl_hasTheSameFingerprint() {
    Path text = Fixtures.write(dir, "storm.txt", "date 2024-01-09 Snow closed the schools.\n\nBuses stayed\nhome.");
    Path jsonl = Fixtures.write(dir, "storms.jsonl", Fixtures.json("storm-1", "Storm", "2024-01-09",
        "Snow closed the schools.\nBuses stayed home."));
    Article fromText = Fixtures.read(dir, text, skips).getFirst();
    Article fromJsonl = Fixtures.read(dir, jsonl, skips).getFirst();
    assertEquals(Fingerprint.of(fromText.text()), Fingerprint.of(fromJsonl.text()));
  }

  @Test
  void caseSpacingAndPunctuation_doNotChangeTheFingerprint() {
    assertEquals(Fingerprint.of("Snow closed the schools. Buses stayed home."),
        Fingerprint.of("  snow  CLOSED the\n\nschools —\tbuses, stayed “home”"));
  }

  @Test
  void composedAndDecomposedAccents_haveTheSameFingerprint() {
    assertEquals(Fingerprint.of("Caf\u00e9 prices rose"), Fingerprint.of("Cafe\u0301 prices rose"));
  }

  @Test
  void differentWords_haveDifferentFingerprints() {
    assertNotEquals(Fingerprint.of("Snow closed the schools."), Fingerprint.of("Snow closed the roads."));
  }

  @Test
  void differentNumbers_haveDifferentFingerprints() {
    assertNotEquals(Fingerprint.of("About 250,000 received orders."), Fingerprint.of("About 25,000 received orders."));
  }

  @Test
  void wordBoundaries_count() {
    assertNotEquals(Fingerprint.of("the rapist"), Fingerprint.of("therapist"));
  }
}

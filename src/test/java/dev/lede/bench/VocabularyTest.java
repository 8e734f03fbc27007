package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static Map<String, Integer> counts(Vocabulary v, SplitMix random, int draws) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < draws; i++) counts.merge(v.draw(random), 1, Integer::sum);
    return counts;
  }

  @Test
  void draw_followsZipfsLawInTheHead() {
    SplitMix random = new SplitMix(11);
    Vocabulary v = new Vocabulary(random, 10_000, 1.0, 0, 0, false);
    int draws = 400_000;
    Map<String, Integer> counts = counts(v, random, draws);
    // s = 1 over 10,000 ranks: p(1) = 1 / H(10000) = 1 / 9.7876
    assertEquals(1 / 9.7876, counts.get(v.word(1)) / (double) draws, 0.004);
    assertEquals(10, counts.get(v.word(1)) / (double) counts.get(v.word(10)), 1.0);
  }

  @Test
  void draw_givesTheTailItsShare() {
    SplitMix random = new SplitMix(12);
    Vocabulary v = new Vocabulary(random, 10_000, 1.0, 0, 1.6, false);
    int draws = 400_000;
    Map<String, Integer> counts = counts(v, random, draws);
    // head 9.7876 C, tail about C / 0.6 = 1.6667 C: p(1) = 1 / 11.454
    assertEquals(1 / 11.454, counts.get(v.word(1)) / (double) draws, 0.004);
    Set<String> headWords = new HashSet<>();
    for (int r = 1; r <= v.headSize(); r++) headWords.add(v.word(r));
    long inTail = counts.entrySet().stream().filter(e -> !headWords.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    assertEquals(1.6667 / 11.454, inTail / (double) draws, 0.01);
  }

  @Test
  void newWords_keepTurningUpAsTheCorpusGrows() {
    SplitMix random = new SplitMix(13);
    Vocabulary v = new Vocabulary(random, 10_000, 1.0, 0, 1.6, false);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) seen.add(v.draw(random));
    int after100k = seen.size();
    for (int i = 0; i < 300_000; i++) seen.add(v.draw(random));
    // Heaps' law with exponent about 1/1.6 in the tail: four times the text, well over 1.5 times the words
    assertTrue(seen.size() > 1.5 * after100k, after100k + " then " + seen.size());
  }

  @Test
  void tailWords_areTheSameForTheSameRank() {
    Vocabulary a = new Vocabulary(new SplitMix(4), 1_000, 1.0, 0, 1.6, false);
    Vocabulary b = new Vocabulary(new SplitMix(4), 1_000, 1.0, 0, 1.6, false);
    assertEquals(a.word(123_456), b.word(123_456));
  }

  @Test
  void topRanks_areEnglishFunctionWords() {
    Vocabulary v = new Vocabulary(new SplitMix(1), 1_000, 1.0, 0, 0, false);
    assertEquals("the", v.word(1));
    assertEquals("of", v.word(2));
  }

  @Test
  void names_areDistinctAndCapitalized() {
    Vocabulary names = new Vocabulary(new SplitMix(2), 5_000, 0.9, 0, 1.6, true);
    Set<String> seen = new HashSet<>();
    for (int r = 1; r <= names.headSize(); r++) {
      String w = names.word(r);
      assertTrue(seen.add(w), "duplicate " + w);
      assertTrue(Character.isUpperCase(w.charAt(0)), w);
    }
    assertTrue(Character.isUpperCase(names.word(1_000_000).charAt(0)));
  }

  @Test
  void tailExponent_ofOneOrLessIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Vocabulary(new SplitMix(1), 1_000, 1.0, 0, 1.0, false));
    assertEquals("tail exponent must be above 1 (or 0 for none), was 1.0", e.getMessage());
  }
}

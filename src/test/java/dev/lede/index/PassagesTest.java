package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.corpus.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {
  private final Passages passages = new Passages(40, 60);

  private static String sentence(int i) {
    return "Sentence number " + i + " says that the council met again on the matter of the river crossing.";
  }

  private static Article article(String text) {
    return new Article("a1", "River crossing", LocalDate.of(2024, 1, 2), "https://example.org/a1", "Example", text);
  }

  /** One paragraph of many sentences, far longer than a passage may be. */
  private static String longParagraph(int sentences) {
    List<String> s = new ArrayList<>();
    for (int i = 0; i < sentences; i++) s.add(sentence(i));
    return String.join(" ", s);
  }

  @Test
  void longParagraph_isCutBetweenSentencesOnly() {
    List<Passage> out = passages.of(article(longParagraph(30)));
    assertTrue(out.size() > 1);
    List<String> sentences = new ArrayList<>();
    for (Passage p : out) sentences.addAll(Sentences.split(p.text()));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) expected.add(sentence(i));
    assertEquals(expected, sentences, "every sentence is whole, once, in order");
    for (Passage p : out) assertTrue(p.text().endsWith("."), "ends at a sentence end: " + p.text());
  }

  @Test
  void passages_neverExceedMaxWords() {
    String text = longParagraph(30) + "\n\nA short one.\n\n" + longParagraph(7) + "\n\nAnother short paragraph here.";
    for (Passage p : passages.of(article(text))) {
      assertTrue(Passages.countWords(p.text()) <= 60, Passages.countWords(p.text()) + " words: " + p.text());
    }
  }

  @Test
  void shortParagraphs_areJoinedUntilTheTarget() {
    String text = "First short paragraph.\n\nSecond short paragraph.\n\nThird short paragraph.";
    List<Passage> out = passages.of(article(text));
    assertEquals(1, out.size());
    assertEquals(text, out.get(0).text());
  }

  @Test
  void passages_carryTheArticlesMetadataAndOrdinals() {
    List<Passage> out = passages.of(article(longParagraph(12)));
    for (int i = 0; i < out.size(); i++) {
      Passage p = out.get(i);
      assertEquals(i, p.ordinal());
      assertEquals("a1#" + i, p.id());
      assertEquals("River crossing", p.title());
      assertEquals(LocalDate.of(2024, 1, 2), p.date());
      assertEquals("https://example.org/a1", p.url());
    }
  }

  @Test
  void impossibleLimits_areRejectedWithTheirValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Passages(50, 10));
    assertTrue(e.getMessage().contains("50") && e.getMessage().contains("10"), e.getMessage());
  }
}

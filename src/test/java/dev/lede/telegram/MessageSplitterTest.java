package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
  private final MessageSplitter splitter = new MessageSplitter(100);

  private static String visible(List<String> parts) {
    StringBuilder s = new StringBuilder();
    for (String p : parts) s.append(TelegramHtml.visibleText(p)).append(' ');
    return s.toString().replaceAll("\\s+", " ").strip();
  }

  @Test
  void short_isOnePart() {
    assertEquals(List.of("<b>Yes</b>\n\nIt is."), splitter.split("<b>Yes</b>\n\nIt is."));
  }

  @Test
  void cutsBetweenParagraphs_whenTheyFit() {
    String a = "a".repeat(60);
    String b = "b".repeat(60);
    assertEquals(List.of(a, b), splitter.split(a + "\n\n" + b));
  }

  @Test
  void longParagraph_cutBetweenWords_tagsClosedAndReopened() {
    String html = "<b>" + "word &amp; ".repeat(40) + "</b>";
    List<String> parts = splitter.split(html);
    assertTrue(parts.size() > 1);
    for (String p : parts) {
      assertTrue(p.length() <= 100, p.length() + ": " + p);
      TelegramHtml.visibleText(p); // throws when a tag or entity was cut
      assertTrue(p.startsWith("<b>") && p.endsWith("</b>"), p);
    }
    assertEquals(TelegramHtml.visibleText(html).strip(), visible(parts));
  }

  @Test
  void wordLongerThanAPart_isCutBetweenCharacters_neverInsideAnEntityOrSurrogatePair() {
    String html = "&lt;\uD83D\uDCF0".repeat(80);
    List<String> parts = splitter.split(html);
    for (String p : parts) {
      assertTrue(p.length() <= 100);
      TelegramHtml.visibleText(p);
      assertFalse(Character.isHighSurrogate(p.charAt(p.length() - 1)));
    }
    assertEquals(TelegramHtml.visibleText(html), String.join("", parts.stream().map(TelegramHtml::visibleText).toList()));
  }

  @Test
  void linkSplit_keepsItsHref() {
    String html = "<a href=\"https://x.example/a\">" + "long title ".repeat(20) + "</a>";
    for (String p : splitter.split(html)) {
      assertTrue(p.startsWith("<a href=\"https://x.example/a\">") && p.endsWith("</a>"), p);
    }
  }
}

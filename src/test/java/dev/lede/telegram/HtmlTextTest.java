package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void escape_coversWhatTelegramParses() {
    assertEquals("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;", HtmlText.escape("<b>Tom & \"Jerry\"</b>"));
  }

  @Test
  void escape_dropsControlCharacters_andUnpairedSurrogates() {
    assertEquals("a b\uFFFDc\n\uD83D\uDCF0", HtmlText.escape("a\u0000b\uD800c\n\uD83D\uDCF0"));
  }

  @Test
  void link_onlyForWebUrls() {
    assertEquals("<a href=\"https://x.example/?a=1&amp;b=2\">T &amp; U</a>", HtmlText.link("T & U", "https://x.example/?a=1&b=2"));
    assertEquals("T", HtmlText.link("T", "javascript:alert(1)"));
    assertEquals("T", HtmlText.link("T", "https://x.example/\"onclick=\""));
    assertEquals("T", HtmlText.link("T", null));
  }

  @Test
  void fill_escapesTheTemplate_notTheValues_inOnePass() {
    assertEquals("A &amp; <i>x</i> {query}", HtmlText.fill("A & {example} {query}", Map.of("example", "<i>x</i>")));
    assertEquals("<i>{example}</i>", HtmlText.fill("{query}", Map.of("query", "<i>{example}</i>", "example", "no")));
  }
}

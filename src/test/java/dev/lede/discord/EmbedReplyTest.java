package dev.lede.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.answer.Answer;
import dev.lede.chat.Refusal;
import dev.lede.chat.Reply;
import dev.lede.retrieve.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class EmbedReplyTest {
  private static Source source(int i, int size) {
    return new Source("a" + i, "Title " + "t".repeat(size), LocalDate.of(2025, 2, 3), "https://example.com/" + i, "Pub", "s".repeat(size));
  }

  @Test
  void cut_endsWithEllipsisAndKeepsTheLimit() {
    assertEquals("abc", EmbedReply.cut("abc", 3));
    assertEquals("ab…", EmbedReply.cut("abcd", 3));
    String emoji = "a😀b";  // the emoji is two chars; never split it
    assertEquals("a…", EmbedReply.cut(emoji + "cdef", 3));
  }

  @Test
  void hugeAnswer_fitsEveryLimit() {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 60; i++) sources.add(source(i, 3000));
    Answer a = new Answer("q", "x".repeat(5000), "y".repeat(9000), false, 1, sources, false, 5);
    MessageEmbed e = EmbedReply.answer("id", a).getEmbeds().get(0);
    assertTrue(e.isSendable(), "within 6,000 characters: " + e.getLength());
    assertEquals(256, e.getTitle().length());
    assertTrue(e.getDescription().length() <= 4096 && e.getDescription().endsWith("…"));
    assertTrue(e.getFields().size() >= 1, "the supporting source is kept");
    assertEquals("answered from 60 articles · 5 ms", e.getFooter().getText());
  }

  @Test
  void manyArticles_atMost25Fields() {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 40; i++) sources.add(source(i, 5));
    MessageEmbed e = EmbedReply.articles(dev.lede.chat.Command.SEARCH, "t", sources);
    assertEquals(25, e.getFields().size());
    assertTrue(e.isSendable());
  }

  @Test
  void declinedAnswer_saysSoWithoutSources() {
    Answer a = new Answer("What is the capital of Australia?", null, null, true, 0.1, List.of(source(1, 5)), false, 3);
    MessageEmbed e = EmbedReply.answer("id", a).getEmbeds().get(0);
    assertEquals("The articles don't say", e.getTitle());
    assertTrue(e.getFields().isEmpty());
  }

  @Test
  void oddLink_isLeftOut() {
    Source s = new Source("a", "T", null, "javascript:alert(1)", null, "x");
    MessageEmbed e = EmbedReply.answer("id", new Answer("q", "A", "S", false, 1, List.of(s), false, 1)).getEmbeds().get(0);
    assertEquals("Undated", e.getFields().get(0).getValue());
  }

  @Test
  void refusals_arePrivateAndRateLimitSaysHowLong() {
    EmbedReply.Rendered r = EmbedReply.render(new Reply.Refused(Refusal.RATE_LIMITED, Duration.ofMillis(2500)));
    assertTrue(r.alwaysPrivate());
    assertTrue(r.message().getContent().endsWith("(about 3 seconds)"), r.message().getContent());
  }

  @Test
  void questionAfterMention_dropsOnlyTheBotsMention() {
    assertEquals("Who won? <@42>", InteractionListener.questionAfterMention("<@7>  Who won?\n<@42>", "7"));
    assertEquals("Who won?", InteractionListener.questionAfterMention("<@!7> Who won?", "7"));
  }

  @Test
  void choices_areCutTo100AndDeduplicated() {
    List<String> c = InteractionListener.choices(List.of("a".repeat(150), "b", "b", " "));
    assertEquals(2, c.size());
    assertEquals(100, c.get(0).length());
  }
}

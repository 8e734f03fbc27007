package dev.lede.answer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.config.LedeConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole pipeline on the bundled sample article, as a fresh install answers. */
class SampleAnswersTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
  @TempDir static Path dir;
  static Lede lede;

  @BeforeAll
  static void open() {
    lede = Lede.open(LedeConfig.defaults(dir));
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  private static Answer ask(String question) {
    return lede.answerer().ask(new Question(question, AS_OF));
  }

  @Test
  void freshInstall_indexesTheBundledSample() {
    assertEquals(1, lede.archive().summary().articles());
  }

  @Test
  void removalOrders_areAnsweredWithTheNumberTheSentenceAndTheSource() {
    Answer a = ask("How many New Yorkers received removal orders?");
    assertFalse(a.abstained());
    assertTrue(a.text().contains("250,000"), a.text());
    assertTrue(a.sentence().contains("removal orders"), a.sentence());
    assertTrue(a.sentence().contains(a.text()), "the answer is taken from the sentence");
    assertNotNull(a.source());
    assertEquals(LocalDate.of(2025, 2, 3), a.source().date());
    assertFalse(a.source().title().isBlank());
    assertTrue(a.confidence() > 0 && a.confidence() <= 1, "confidence " + a.confidence());
  }

  @Test
  void questionAboutWhatNoArticleMentions_isDeclinedThoughOneWordMatches() {
    Answer a = ask("Who is the president of France?");
    assertTrue(a.abstained(), "answered " + a.text());
  }

  @Test
  void capitalOfAustralia_isDeclined() {
    Answer a = ask("What is the capital of Australia?");
    assertTrue(a.abstained());
    assertNull(a.text());
    assertNull(a.sentence());
    assertNull(a.source());
  }

  @Test
  void questionAskedBeforeTheArticle_isDeclined() {
    // Two days before: retrieval allows a day of time-zone grace after the as-of day.
    Answer a = lede.answerer().ask(new Question("How many New Yorkers received removal orders?", LocalDate.of(2025, 2, 1)));
    assertTrue(a.abstained(), "the article of 2025-02-03 does not exist yet on 2025-02-01");
    assertTrue(a.sources().isEmpty(), a.sources().toString());
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("blank", "   "),
        Arguments.of("null", null),
        Arguments.of("match all", "*:*"),
        Arguments.of("dangling operator", "AND ("),
        Arguments.of("unbalanced quote", "\"unbalanced"),
        Arguments.of("field syntax", "title:foo OR"),
        Arguments.of("wildcards and fuzz", "remov* orders~2 ^3 [a TO z] {x} /re.*gex/"),
        Arguments.of("10,000 characters of words", "removal orders New Yorkers ".repeat(400).substring(0, 10_000)),
        Arguments.of("emoji only", "🙂🚀🇺🇸👍🏽"),
        Arguments.of("punctuation only", "?!.,;:()[]{}<>\"'…—"),
        Arguments.of("HTML", "<script>alert('x')</script><b>How many</b> New Yorkers?"),
        Arguments.of("control characters", "How\u0001 many\u0007 New\u001b[31m Yorkers\u0008?"),
        Arguments.of("null byte", "How many\u0000 removal orders?"),
        Arguments.of("right to left", "כמה תושבי ניו יורק קיבלו צווי גירוש؟ كم عدد"),
        Arguments.of("SQL", "'; DROP TABLE articles; -- SELECT * FROM answers WHERE 1=1"),
        Arguments.of("lone surrogate", "How many \uD800 orders?"),
        Arguments.of("only stop words", "what is the of and to"),
        Arguments.of("one letter", "a"),
        Arguments.of("numbers only", "250000 3500 2025"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileQuestion_getsAnAnswerOrADeclineNeverAnException(String name, String question) {
    Answer a = assertDoesNotThrow(() -> lede.answering().ask(new Question(question, AS_OF)));
    assertNotNull(a);
    if (a.abstained()) {
      assertNull(a.text());
    } else {
      assertNotNull(a.text());
      assertNotNull(a.sentence());
      assertNotNull(a.source());
    }
    assertTrue(a.tookMillis() >= 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileQuestion_throughChat_neverThrows(String name, String question) {
    var chat = lede.chat(dev.lede.chat.ChatPolicy.open());
    var reply = assertDoesNotThrow(() -> chat.handle(new dev.lede.chat.ChatRequest("test", "u", "c",
        dev.lede.chat.Command.ASK, question, AS_OF)));
    assertFalse(reply instanceof dev.lede.chat.Reply.Refused r && r.reason() == dev.lede.chat.Refusal.UNAVAILABLE,
        "the core did not fail: " + reply);
  }
}

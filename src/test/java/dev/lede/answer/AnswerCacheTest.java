package dev.lede.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache in front of a core that counts what it was asked. */
class AnswerCacheTest {
  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  final List<Question> asked = new ArrayList<>();
  final AtomicLong version = new AtomicLong(1);
  final Answering core = q -> {
    asked.add(q);
    boolean decline = q.text().contains("decline");
    return new Answer(q.text(), decline ? null : "answer " + asked.size(), decline ? null : "Sentence " + asked.size() + ".",
        decline, decline ? 0 : 0.9, List.of(), false, 3);
  };

  AnswerCache cache(long size) {
    return new AnswerCache(core, version::get, size, Duration.ofHours(1));
  }

  @Test
  void secondIdenticalQuestion_isServedFromTheCache() {
    AnswerCache cache = cache(100);
    Answer first = cache.ask(new Question("How many lanterns?", DAY));
    Answer second = cache.ask(new Question("How many lanterns?", DAY));
    assertFalse(first.cached());
    assertTrue(second.cached());
    assertEquals(first.text(), second.text());
    assertEquals(1, asked.size());
    assertEquals(1, cache.figures().hits());
    assertEquals(1, cache.figures().misses());
  }

  @Test
  void caseSpacingAndTrailingPunctuation_areTheSameQuestion() {
    AnswerCache cache = cache(100);
    cache.ask(new Question("How many lanterns?", DAY));
    for (String variant : List.of("how many lanterns", "  HOW   many\tLanterns ?? ", "How many lanterns.", "How many lanterns?!")) {
      assertTrue(cache.ask(new Question(variant, DAY)).cached(), variant);
    }
    assertEquals(1, asked.size());
  }

  @Test
  void differentWords_areDifferentQuestions() {
    AnswerCache cache = cache(100);
    cache.ask(new Question("How many lanterns?", DAY));
    assertFalse(cache.ask(new Question("How many lanterns lit?", DAY)).cached());
    assertEquals(2, asked.size());
  }

  @Test
  void differentAsOfDay_isADifferentEntry() {
    AnswerCache cache = cache(100);
    cache.ask(new Question("How many lanterns?", DAY));
    Answer nextDay = cache.ask(new Question("How many lanterns?", DAY.plusDays(1)));
    assertFalse(nextDay.cached());
    assertEquals(DAY.plusDays(1), asked.get(1).asOf(), "the core sees the new day");
  }

  @Test
  void indexChange_isNeverServedAnOldAnswer() {
    AnswerCache cache = cache(100);
    cache.ask(new Question("How many lanterns?", DAY));
    version.incrementAndGet();
    Answer after = cache.ask(new Question("How many lanterns?", DAY));
    assertFalse(after.cached());
    assertEquals("answer 2", after.text());
  }

  @Test
  void sizeZero_disablesTheCache() {
    AnswerCache cache = cache(0);
    for (int i = 0; i < 3; i++) assertFalse(cache.ask(new Question("How many lanterns?", DAY)).cached());
    assertEquals(3, asked.size());
  }

  @Test
  void declines_areCachedButNeverSuggested() {
    AnswerCache cache = cache(100);
    cache.ask(new Question("please decline this", DAY));
    assertTrue(cache.ask(new Question("please decline this", DAY)).cached());
    assertEquals(List.of(), cache.frequentQuestions("please", 5));
  }

  @Test
  void frequentQuestions_putTheMostAskedFirst() {
    AnswerCache cache = cache(100);
    for (int i = 0; i < 3; i++) cache.ask(new Question("How many lanterns?", DAY));
    cache.ask(new Question("How many ferries?", DAY));
    cache.ask(new Question("Who lit the lanterns?", DAY));
    assertEquals(List.of("how many lanterns", "how many ferries"), cache.frequentQuestions("how many", 5));
    assertEquals("how many lanterns", cache.frequentQuestions("", 1).get(0));
    assertEquals(List.of("how many lanterns", "who lit the lanterns"), cache.frequentQuestions("lanterns", 5),
        "questions containing the prefix come after those starting with it, most asked first");
  }

  @Test
  void frequentQuestions_keepTheirCountsWhenTheIndexChanges() {
    AnswerCache cache = cache(100);
    for (int i = 0; i < 3; i++) cache.ask(new Question("How many lanterns?", DAY));
    for (int i = 0; i < 2; i++) cache.ask(new Question("How many ferries?", DAY));
    version.incrementAndGet();
    cache.ask(new Question("How many lanterns?", DAY));
    assertEquals("how many lanterns", cache.frequentQuestions("how many", 1).get(0));
  }

  @Test
  void frequentQuestions_areCountedWithTheCacheOff() {
    AnswerCache cache = cache(0);
    cache.ask(new Question("How many ferries?", DAY));
    for (int i = 0; i < 3; i++) cache.ask(new Question("How many lanterns?", DAY));
    assertEquals(List.of("how many lanterns", "how many ferries"), cache.frequentQuestions("how", 5));
  }

  @Test
  void negativeSettings_areRejectedWithTheirValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AnswerCache(core, version::get, -1, Duration.ofHours(1)));
    assertTrue(e.getMessage().contains("-1"));
    assertThrows(IllegalArgumentException.class, () -> new AnswerCache(core, version::get, 1, Duration.ofSeconds(-1)));
  }
}

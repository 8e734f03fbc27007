package dev.lede.discord;

import dev.lede.answer.Answer;
import dev.lede.answer.Answering;
import dev.lede.answer.Question;
import dev.lede.retrieve.Archive;
import dev.lede.retrieve.ArchiveSummary;
import dev.lede.retrieve.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small core for tests until the real one lands: answers the questions it was given after a
 * delay (so that uncached answers outlast the reply budget), declines the rest, and searches a
 * fixed list of articles.
 */
final class FakeCore implements Answering, Archive {
  static final Source REMOVAL = new Source("a1", "Immigration courts issue removal orders", LocalDate.of(2025, 2, 3),
      "https://example.com/removal-orders", "Example News", "About 250,000 New Yorkers have reportedly received removal orders.");
  static final Source BUDGET = new Source("a2", "City council passes the budget", LocalDate.of(2025, 1, 20),
      "https://example.com/budget", "Example News", "The council passed a budget of $112 billion.");

  final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final AtomicInteger asked = new AtomicInteger();
  volatile long delayMillis;
  volatile List<Source> articles = List.of(REMOVAL, BUDGET);

  FakeCore(long delayMillis) {
    this.delayMillis = delayMillis;
    answer("How many New Yorkers received removal orders?", "About 250,000",
        "About 250,000 New Yorkers have reportedly \"received removal orders\" from immigration courts.", List.of(REMOVAL));
  }

  void answer(String question, String text, String sentence, List<Source> sources) {
    answers.put(key(question), new Answer(question, text, sentence, false, 0.9, sources, false, 0));
  }

  @Override
  public Answer ask(Question question) {
    asked.incrementAndGet();
    long start = System.nanoTime();
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Answer known = answers.get(key(question.text()));
    long took = (System.nanoTime() - start) / 1_000_000;
    if (known == null) return new Answer(question.text(), null, null, true, 0.1, List.of(), false, took);
    return new Answer(question.text(), known.text(), known.sentence(), false, known.confidence(), known.sources(), false, took);
  }

  private static String key(String q) {
    return q.toLowerCase(Locale.ROOT).replaceAll("[?.!\\s]+$", "").strip();
  }

  @Override
  public List<Source> search(String words, int limit) {
    String w = words.toLowerCase(Locale.ROOT);
    return articles.stream()
        .filter(s -> List.of(w.split("\\s+")).stream().anyMatch(t -> !t.isBlank() && s.title().toLowerCase(Locale.ROOT).contains(t)))
        .limit(limit).toList();
  }

  @Override
  public List<Source> latest(String topic, int limit) {
    return topic == null || topic.isBlank() ? articles.stream().limit(limit).toList() : search(topic, limit);
  }

  @Override
  public ArchiveSummary summary() {
    return new ArchiveSummary(articles.size(), 12, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 3), Instant.parse("2025-02-04T08:00:00Z"));
  }
}

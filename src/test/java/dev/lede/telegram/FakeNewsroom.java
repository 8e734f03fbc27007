package dev.lede.telegram;

import dev.lede.answer.Answer;
import dev.lede.answer.Answering;
import dev.lede.answer.Question;
import dev.lede.retrieve.Archive;
import dev.lede.retrieve.ArchiveSummary;
import dev.lede.retrieve.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny core for tests that need what the real one cannot give on demand: articles of hostile
 * text, an answer that blocks, one that throws. It answers by word overlap with the sentences of
 * its articles; the short answer is the first figure in the best sentence.
 */
final class FakeNewsroom implements Answering, Archive {
  record Story(String id, String title, LocalDate date, String url, List<String> sentences) {
    Source source(String snippet) {
      return new Source(id, title, date, url, "Test Desk", snippet);
    }
  }

  private static final Set<String> STOP = Set.of("how", "many", "what", "the", "a", "an", "of", "in", "did", "does", "is", "was", "to", "who");
  private static final Pattern FIGURE = Pattern.compile("(?:about |some )?[0-9][0-9,.]*(?: [a-z]+)?");

  private final List<Story> stories;
  final AtomicInteger asked = new AtomicInteger();
  /** When set, a question containing "slow" waits for it. */
  volatile CountDownLatch slowGate;
  final CountDownLatch slowEntered = new CountDownLatch(1);

  FakeNewsroom(List<Story> stories) {
    this.stories = List.copyOf(stories);
  }

  static FakeNewsroom standard() {
    return new FakeNewsroom(List.of(
        new Story("harbour", "Harbour bridge reopens after repairs", LocalDate.of(2025, 3, 4), "https://news.example/harbour",
            List.of("The harbour bridge reopened on Monday after 14 months of repairs.", "Repairs cost about 80 million dollars.")),
        new Story("library", "City library extends opening hours", LocalDate.of(2025, 2, 10), "https://news.example/library",
            List.of("The city library will open until 9 pm on weekdays.", "Some 3,000 readers signed the petition for longer hours.")),
        new Story("bridge-costs", "Council reviews bridge spending", LocalDate.of(2025, 1, 20), null,
            List.of("The council will review spending on the harbour bridge repairs.", "Repairs were first estimated at 60 million dollars."))));
  }

  @Override
  public Answer ask(Question question) {
    asked.incrementAndGet();
    String q = question.text().toLowerCase(Locale.ROOT);
    if (q.contains("explode")) throw new IllegalStateException("the core failed on purpose");
    if (q.contains("slow") && slowGate != null) {
      slowEntered.countDown();
      try {
        if (!slowGate.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("slow gate never opened");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
    }
    List<String> words = words(q);
    record Hit(Story story, String sentence, int score) {}
    List<Hit> hits = new ArrayList<>();
    for (Story s : stories) {
      for (String sentence : s.sentences) {
        List<String> sw = words(sentence.toLowerCase(Locale.ROOT));
        int score = (int) words.stream().filter(sw::contains).count();
        if (score > 0) hits.add(new Hit(s, sentence, score));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::score).reversed());
    List<Source> sources = new ArrayList<>();
    for (Hit h : hits) {
      if (sources.stream().noneMatch(x -> x.articleId().equals(h.story.id))) sources.add(h.story.source(h.sentence));
    }
    if (hits.isEmpty() || hits.getFirst().score < 2) {
      return new Answer(question.text(), null, null, true, 0.1, sources, false, 1);
    }
    Hit best = hits.getFirst();
    Matcher m = FIGURE.matcher(best.sentence);
    String text = m.find() ? m.group().strip() : best.sentence.split(" ")[0];
    return new Answer(question.text(), text, best.sentence, false, 0.9, sources, false, 1);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^a-z0-9]+")) if (!w.isEmpty() && !STOP.contains(w)) out.add(w);
    return out;
  }

  @Override
  public List<Source> search(String words, int limit) {
    List<String> ws = words(words.toLowerCase(Locale.ROOT));
    return stories.stream()
        .filter(s -> ws.stream().anyMatch(w -> (s.title + " " + String.join(" ", s.sentences)).toLowerCase(Locale.ROOT).contains(w)))
        .sorted(Comparator.comparing(Story::date).reversed())
        .limit(limit).map(s -> s.source(s.sentences.getFirst())).toList();
  }

  @Override
  public List<Source> latest(String topic, int limit) {
    if (topic != null && !topic.isBlank()) return search(topic, limit);
    return stories.stream().sorted(Comparator.comparing(Story::date).reversed()).limit(limit)
        .map(s -> s.source(s.sentences.getFirst())).toList();
  }

  @Override
  public ArchiveSummary summary() {
    return new ArchiveSummary(stories.size(), stories.size() * 2L, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 3, 4),
        Instant.parse("2025-03-05T08:00:00Z"));
  }
}

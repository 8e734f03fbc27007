package dev.lede.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Serves repeated questions at once. Answers are keyed by the normalized question, the as-of day
 * and the version of the index they were read from, so an answer from an older index is never
 * served once the index has changed.
 */
public final class AnswerCache implements Answering {

  private record Key(String question, LocalDate asOf, long indexVersion) {}

  private final Answering delegate;
  private final LongSupplier indexVersion;
  // Caffeine evicts a zero-size cache's entries asynchronously, so they could still be served: bypass it.
  private final boolean enabled;
  private final Cache<Key, Answer> answers;
  // How often each question was asked recently: the basis for suggestions.
  private final Cache<String, Integer> asked;

  public AnswerCache(Answering delegate, LongSupplier indexVersion, long maximumSize, Duration maximumAge) {
    if (maximumSize < 0) throw new IllegalArgumentException("cache size must not be negative, was " + maximumSize);
    if (maximumAge.isNegative()) throw new IllegalArgumentException("cache age must not be negative, was " + maximumAge);
    this.delegate = delegate;
    this.indexVersion = indexVersion;
    this.enabled = maximumSize > 0;
    this.answers = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).recordStats().build();
    this.asked = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofDays(7)).build();
  }

  @Override
  public Answer ask(Question question) {
    long start = System.nanoTime();
    String normalized = normalize(question.text());
    Key key = new Key(normalized, question.asOf(), indexVersion.getAsLong());
    Answer hit = enabled ? answers.getIfPresent(key) : null;
    if (hit != null) {
      if (!hit.abstained()) asked.asMap().merge(normalized, 1, Integer::sum);
      return hit.served(true, (System.nanoTime() - start) / 1_000_000);
    }
    Answer fresh = delegate.ask(question);
    if (enabled) answers.put(key, fresh.served(false, fresh.tookMillis()));
    if (!fresh.abstained() && !normalized.isEmpty()) asked.asMap().merge(normalized, 1, Integer::sum);
    return fresh;
  }

  /** Hit, miss and size figures since start. */
  public Figures figures() {
    CacheStats stats = answers.stats();
    return new Figures(stats.hitCount(), stats.missCount(), answers.estimatedSize());
  }

  public record Figures(long hits, long misses, long size) {}

  /** Answered questions starting with the prefix (or containing it), most often asked first. */
  public List<String> frequentQuestions(String prefix, int limit) {
    String p = normalize(prefix);
    List<Map.Entry<String, Integer>> matches = new ArrayList<>();
    for (Map.Entry<String, Integer> e : asked.asMap().entrySet()) {
      if (e.getKey().contains(p)) matches.add(e);
    }
    matches.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().startsWith(p) ? 0 : 1)
        .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
        .thenComparing(Map.Entry.comparingByKey()));
    return matches.stream().limit(limit).map(Map.Entry::getKey).toList();
  }

  public void invalidateAll() {
    answers.invalidateAll();
  }

  /** Lower case, single spaces, no trailing question marks or full stops. */
  static String normalize(String question) {
    String s = question.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    return s.replaceAll("[\\s?.!]+$", "");
  }
}

package dev.lede.chat;

import dev.lede.index.NewsAnalyzer;
import dev.lede.index.Passage;
import dev.lede.index.Sentences;
import dev.lede.retrieve.Terms;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Followed topics: /follow, /following and /unfollow for every chat platform, and the
 * notifications of newly indexed articles that match them.
 *
 * <p>A notification is sent <b>at most once</b>: its delivery is recorded in the store (in one
 * transaction for the whole batch) before it is sent, and only a delivery recorded now for the
 * first time is sent. Re-indexing the same article, running the batch again or restarting never
 * sends it a second time. The price is that a crash between recording and sending, or a platform
 * that refuses the message, loses that one notification; it is logged and not retried. Sending
 * twice would be the worse failure for a news alert.
 */
public final class FollowDesk implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FollowDesk.class);
  /** Topics one chat may follow. */
  public static final int MAX_TOPICS_PER_CHAT = 25;
  /** Notifications one subscription gets from one batch; a bulk import must not flood a chat. */
  static final int MAX_PER_BATCH = 5;
  private static final Analyzer ANALYZER = new NewsAnalyzer();

  private final FollowStore store;
  private final Clock clock;
  private final ExecutorService sending;
  private final Map<String, Notifier> notifiers = new ConcurrentHashMap<>();
  /** Subscriptions by the first term of their topic: an article is checked only against topics it could match. */
  private final Map<String, Set<Subscription>> watched = new ConcurrentHashMap<>();

  /**
   * @param sending runs the notifiers; owned by the desk, shut down by {@link #close()}
   */
  public FollowDesk(FollowStore store, Clock clock, ExecutorService sending) {
    this.store = store;
    this.clock = clock;
    this.sending = sending;
    for (Subscription s : store.all()) watch(s);
  }

  /** Sends on one thread of its own, so that notifications to a chat arrive in order. */
  public FollowDesk(FollowStore store) {
    this(store, Clock.systemUTC(), Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "lede-follow-notify");
      t.setDaemon(true);
      return t;
    }));
  }

  /** Notifications for {@code platform}'s subscriptions go to {@code notifier} from now on. */
  public void register(String platform, Notifier notifier) {
    notifiers.put(platform, notifier);
  }

  /** Stops notifying on {@code platform} (its front end is closing); matches for it are not recorded meanwhile. */
  public void unregister(String platform, Notifier notifier) {
    notifiers.remove(platform, notifier);
  }

  // ---- commands ------------------------------------------------------------------------------

  public Reply follow(String platform, String chat, String typed) {
    Optional<Topic> parsed = Topic.parse(typed);
    if (parsed.isEmpty()) return new Reply.Refused(Refusal.BAD_TOPIC, null);
    Topic topic = parsed.get();
    synchronized (this) {
      List<Subscription> current = store.of(platform, chat);
      for (Subscription s : current) {
        if (s.topic().sameAs(topic)) return new Reply.Followed(s.topic(), true);
      }
      if (current.size() >= MAX_TOPICS_PER_CHAT) return new Reply.Refused(Refusal.TOO_MANY_TOPICS, null);
      Subscription added = store.add(platform, chat, topic, clock.instant());
      watch(added);
      log.info("{} chat {} follows '{}'", platform, chat, topic.words());
      return new Reply.Followed(added.topic(), false);
    }
  }

  public Reply following(String platform, String chat) {
    return new Reply.Following(topics(store.of(platform, chat)));
  }

  /** Removes the topic numbered {@code typed} in /following, or the one with these words. */
  public Reply unfollow(String platform, String chat, String typed) {
    String asked = typed == null ? "" : typed.strip();
    synchronized (this) {
      List<Subscription> current = store.of(platform, chat);
      Subscription gone = pick(current, asked);
      if (gone == null) return new Reply.Unfollowed(null, asked, topics(current));
      store.remove(gone.id());
      unwatch(gone);
      log.info("{} chat {} no longer follows '{}'", platform, chat, gone.topic().words());
      List<Subscription> left = new ArrayList<>(current);
      left.remove(gone);
      return new Reply.Unfollowed(gone.topic(), asked, topics(left));
    }
  }

  private static Subscription pick(List<Subscription> current, String asked) {
    if (asked.matches("#?\\d{1,4}")) {
      int n = Integer.parseInt(asked.replace("#", ""));
      return n >= 1 && n <= current.size() ? current.get(n - 1) : null;
    }
    Optional<Topic> topic = Topic.parse(asked);
    if (topic.isEmpty()) return null;
    for (Subscription s : current) {
      if (s.topic().words().equals(topic.get().words())) return s;
    }
    for (Subscription s : current) {
      if (s.topic().sameAs(topic.get())) return s;
    }
    return null;
  }

  private static List<Topic> topics(List<Subscription> subscriptions) {
    return subscriptions.stream().map(Subscription::topic).toList();
  }

  private void watch(Subscription s) {
    watched.computeIfAbsent(s.topic().terms().get(0), t -> ConcurrentHashMap.newKeySet()).add(s);
  }

  private void unwatch(Subscription s) {
    watched.computeIfPresent(s.topic().terms().get(0), (t, set) -> {
      set.remove(s);
      return set.isEmpty() ? null : set;
    });
  }

  // ---- notifications -------------------------------------------------------------------------

  /**
   * Notifies every subscription whose topic the newly indexed articles match: all its terms in
   * the article's title or text. Give the passages of the new articles (all of them, or at least
   * each article's first); passages of one article are read together. Returns once the deliveries
   * are recorded; the future completes with the number sent once they have been sent. Never throws:
   * a failure is logged.
   */
  public CompletableFuture<Integer> onNewArticles(List<Passage> passages) {
    try {
      return notify(passages);
    } catch (RuntimeException e) {
      log.error("Follow topics: matching {} new passage(s) failed; no notifications sent for them: {}",
          passages == null ? 0 : passages.size(), e.toString(), e);
      return CompletableFuture.completedFuture(0);
    }
  }

  private CompletableFuture<Integer> notify(List<Passage> passages) {
    if (passages == null || passages.isEmpty() || watched.isEmpty()) return CompletableFuture.completedFuture(0);
    Map<String, List<Passage>> byArticle = new LinkedHashMap<>();
    for (Passage p : passages) {
      if (p == null || p.articleId() == null) continue;
      byArticle.computeIfAbsent(p.articleId(), id -> new ArrayList<>()).add(p);
    }
    Map<FollowStore.Delivery, Pending> wanted = new LinkedHashMap<>();
    Map<Long, Integer> perSubscription = new HashMap<>();
    Set<Long> capped = new HashSet<>();
    for (List<Passage> article : byArticle.values()) {
      NewArticle a = NewArticle.read(article);
      for (Subscription s : candidates(a.terms)) {
        if (!s.topic().matches(a.terms)) continue;
        if (!notifiers.containsKey(s.platform())) {
          log.debug("Follow topics: article {} matches '{}' in {} chat {}, but {} is not running", a.id, s.topic().words(),
              s.platform(), s.chat(), s.platform());
          continue;
        }
        if (perSubscription.merge(s.id(), 1, Integer::sum) > MAX_PER_BATCH) {
          capped.add(s.id());
          continue;
        }
        wanted.put(new FollowStore.Delivery(s.id(), a.id), new Pending(s, a.notification(s.topic())));
      }
    }
    for (long id : capped) {
      log.info("Follow topics: subscription {} matched {} new articles at once; notified of the first {}", id,
          perSubscription.get(id), MAX_PER_BATCH);
    }
    if (wanted.isEmpty()) return CompletableFuture.completedFuture(0);
    List<FollowStore.Delivery> fresh = store.record(wanted.keySet(), clock.instant());
    if (fresh.size() < wanted.size()) {
      log.debug("Follow topics: {} of {} matches were notified before, not again", wanted.size() - fresh.size(), wanted.size());
    }
    AtomicInteger sent = new AtomicInteger();
    List<CompletableFuture<Void>> all = new ArrayList<>(fresh.size());
    for (FollowStore.Delivery d : fresh) {
      Pending p = wanted.get(d);
      try {
        all.add(CompletableFuture.runAsync(() -> {
          if (send(p)) sent.incrementAndGet();
        }, sending));
      } catch (RejectedExecutionException e) {
        log.warn("Follow topics: shutting down; article {} recorded for {} chat {} but not sent", d.articleId(),
            p.subscription.platform(), p.subscription.chat());
      }
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(v -> sent.get());
  }

  private boolean send(Pending p) {
    Subscription s = p.subscription;
    Notifier notifier = notifiers.get(s.platform());
    if (notifier == null) {
      log.warn("Follow topics: {} stopped before article {} was sent to chat {} ('{}'); not retried",
          s.platform(), p.notification.articleId(), s.chat(), s.topic().words());
      return false;
    }
    try {
      notifier.notify(s.chat(), p.notification);
      log.info("Follow topics: sent article {} to {} chat {} ('{}')", p.notification.articleId(), s.platform(), s.chat(), s.topic().words());
      return true;
    } catch (RuntimeException e) {
      log.warn("Follow topics: article {} for {} chat {} ('{}') not delivered, and not retried (sent at most once): {}",
          p.notification.articleId(), s.platform(), s.chat(), s.topic().words(), e.getMessage());
      return false;
    }
  }

  private List<Subscription> candidates(Set<String> articleTerms) {
    List<Subscription> out = new ArrayList<>();
    for (String term : articleTerms) {
      Set<Subscription> s = watched.get(term);
      if (s != null) out.addAll(s);
    }
    out.sort(Comparator.comparingLong(Subscription::id));
    return out;
  }

  private record Pending(Subscription subscription, Notification notification) {}

  /** A new article's terms and sentences, read once for every topic it is checked against. */
  private record NewArticle(String id, Passage first, Set<String> terms, List<String> sentences, List<Set<String>> sentenceTerms) {
    static NewArticle read(List<Passage> passages) {
      List<Passage> ordered = new ArrayList<>(passages);
      ordered.sort(Comparator.comparingInt(Passage::ordinal));
      Passage first = ordered.get(0);
      Set<String> terms = new HashSet<>(Terms.set(ANALYZER, first.title()));
      List<String> sentences = new ArrayList<>();
      List<Set<String>> sentenceTerms = new ArrayList<>();
      for (Passage p : ordered) {
        for (String sentence : Sentences.split(p.text())) {
          Set<String> t = Terms.set(ANALYZER, sentence);
          sentences.add(sentence);
          sentenceTerms.add(t);
          terms.addAll(t);
        }
      }
      return new NewArticle(first.articleId(), first, terms, sentences, sentenceTerms);
    }

    /** The sentence with the most of the topic's terms (the first of equals); the lead when none has any. */
    Notification notification(Topic topic) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < sentences.size(); i++) {
        int overlap = 0;
        for (String t : topic.terms()) if (sentenceTerms.get(i).contains(t)) overlap++;
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      String sentence = best >= 0 ? sentences.get(best) : sentences.isEmpty() ? "" : sentences.get(0);
      String title = first.title() == null || first.title().isBlank() ? id : first.title();
      return new Notification(topic, id, title, first.date(), first.url(), first.publisher(), sentence);
    }
  }

  /** Lets the notifications being sent finish (up to 10 s), then closes the store. */
  @Override
  public void close() {
    sending.shutdown();
    try {
      if (!sending.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Follow topics: notifications still being sent after 10 s; closing anyway");
        sending.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sending.shutdownNow();
    }
    store.close();
  }
}

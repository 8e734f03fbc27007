package dev.lede.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lede.answer.Answer;
import dev.lede.answer.AnswerCache;
import dev.lede.answer.Answering;
import dev.lede.answer.Question;
import dev.lede.retrieve.Archive;
import dev.lede.retrieve.Source;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-neutral conversation: every front end turns its events into {@link ChatRequest}s
 * and renders the {@link Reply} it gets back. One instance per front end, since each has its own
 * {@link ChatPolicy}; the core behind it is shared.
 */
public final class Chat {
  private static final Logger log = LoggerFactory.getLogger(Chat.class);
  private static final Logger feedbackLog = LoggerFactory.getLogger("dev.lede.feedback");
  private static final int ARTICLES_SHOWN = 5;
  private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private final Answering answering;
  private final AnswerCache cache;
  private final Archive archive;
  private final ChatPolicy policy;
  private final Clock clock;
  private final RateLimits limits;
  private final FollowDesk follows;
  private final Cache<String, Answer> recentAnswers =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofDays(2)).build();
  private final SecureRandom random = new SecureRandom();
  private final LongAdder questions = new LongAdder();
  private final LongAdder answered = new LongAdder();
  private final LongAdder declined = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private volatile ChatObserver observer = ChatObserver.NONE;

  /**
   * @param answering the core; when it is an {@link AnswerCache}, its figures and frequent
   *     questions feed /stats and suggestions
   * @param follows the followed topics, or null where following is not offered (the terminal)
   */
  public Chat(Answering answering, Archive archive, ChatPolicy policy, Clock clock, FollowDesk follows) {
    this.answering = answering;
    this.follows = follows;
    this.cache = answering instanceof AnswerCache c ? c : null;
    this.archive = archive;
    this.policy = policy;
    this.clock = clock;
    this.limits = new RateLimits(policy.perUserPerMinute(), policy.perChatPerMinute());
  }

  public Chat(Answering answering, Archive archive, ChatPolicy policy, Clock clock) {
    this(answering, archive, policy, clock, null);
  }

  public Chat(Answering answering, Archive archive, ChatPolicy policy) {
    this(answering, archive, policy, Clock.systemDefaultZone(), null);
  }

  /** The followed topics this conversation manages, for the front end to register its {@link Notifier}. */
  public Optional<FollowDesk> follows() {
    return Optional.ofNullable(follows);
  }

  public ChatPolicy policy() {
    return policy;
  }

  /** Reports every request handled from now on to {@code observer}, in place of the previous one. */
  public Chat observedBy(ChatObserver observer) {
    this.observer = observer == null ? ChatObserver.NONE : observer;
    return this;
  }

  /** Handles one request. Never throws: a failure of the core becomes {@link Refusal#UNAVAILABLE}. */
  public Reply handle(ChatRequest request) {
    long start = System.nanoTime();
    Reply reply = reply(request);
    try {
      observer.handled(request, reply, Duration.ofNanos(System.nanoTime() - start));
    } catch (RuntimeException e) {
      log.warn("chat observer failed: {}", e.toString());
    }
    return reply;
  }

  private Reply reply(ChatRequest request) {
    if (!policy.allowedChats().isEmpty() && !policy.allowedChats().contains(request.chat())) {
      return refuse(request, Refusal.NOT_ALLOWED, null);
    }
    try {
      return switch (request.command()) {
        case HELP -> new Reply.Help();
        case START, ABOUT -> new Reply.About(archive.summary(), exampleQuestion());
        case STATS -> new Reply.Stats(stats());
        case ASK -> ask(request);
        case SEARCH, LATEST -> articles(request);
        case FOLLOW, FOLLOWING, UNFOLLOW -> follow(request);
      };
    } catch (RuntimeException e) {
      log.error("{} request from {} failed: {}", request.platform(), request.user(), e.toString(), e);
      return refuse(request, Refusal.UNAVAILABLE, null);
    }
  }

  private Reply ask(ChatRequest request) {
    String question = request.argument().strip();
    if (question.isEmpty() || question.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return refuse(request, Refusal.EMPTY_QUESTION, null);
    }
    if (question.length() > policy.maxQuestionChars()) return refuse(request, Refusal.TOO_LONG, null);
    Optional<Duration> wait = limits.tryAcquire(request.user(), request.chat());
    if (wait.isPresent()) return refuse(request, Refusal.RATE_LIMITED, wait.get());
    questions.increment();
    LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
    Answer answer = answering.ask(new Question(question, asOf));
    (answer.abstained() ? declined : answered).increment();
    String id = newId();
    recentAnswers.put(id, answer);
    log.debug("{} {} asked {} -> {}", request.platform(), request.user(), question, answer.abstained() ? "declined" : answer.text());
    return new Reply.Answered(id, answer);
  }

  private Reply articles(ChatRequest request) {
    String words = request.argument().strip();
    if (request.command() == Command.SEARCH && words.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return refuse(request, Refusal.EMPTY_QUESTION, null);
    }
    if (words.length() > policy.maxQuestionChars()) return refuse(request, Refusal.TOO_LONG, null);
    Optional<Duration> wait = limits.tryAcquire(request.user(), request.chat());
    if (wait.isPresent()) return refuse(request, Refusal.RATE_LIMITED, wait.get());
    List<Source> found = request.command() == Command.SEARCH
        ? archive.search(words, ARTICLES_SHOWN)
        : archive.latest(words, ARTICLES_SHOWN);
    return new Reply.Articles(request.command(), words, found);
  }

  /** Topics are kept per platform and channel (a Telegram chat, a Discord channel). */
  private Reply follow(ChatRequest request) {
    if (follows == null) return refuse(request, Refusal.FOLLOWING_UNAVAILABLE, null);
    Optional<Duration> wait = limits.tryAcquire(request.user(), request.chat());
    if (wait.isPresent()) return refuse(request, Refusal.RATE_LIMITED, wait.get());
    return switch (request.command()) {
      case FOLLOW -> follows.follow(request.platform(), request.channel(), request.argument());
      case UNFOLLOW -> follows.unfollow(request.platform(), request.channel(), request.argument());
      default -> follows.following(request.platform(), request.channel());
    };
  }

  private Reply refuse(ChatRequest request, Refusal reason, Duration retryAfter) {
    refused.increment();
    log.debug("{} request from {} refused: {}", request.platform(), request.user(), reason);
    return new Reply.Refused(reason, retryAfter);
  }

  /** A recent answer by the id of its {@link Reply.Answered}, for Sources buttons. */
  public Optional<Answer> answer(String id) {
    return Optional.ofNullable(id == null ? null : recentAnswers.getIfPresent(id));
  }

  /** Records a thumbs up or down; returns false when the answer is no longer known. */
  public boolean feedback(String platform, String user, String answerId, boolean helpful) {
    Answer answer = answer(answerId).orElse(null);
    if (answer == null) return false;
    feedbackLog.info("feedback={} platform={} user={} question=\"{}\" answer=\"{}\"",
        helpful ? "up" : "down", platform, user, answer.question(), answer.abstained() ? "(declined)" : answer.text());
    return true;
  }

  /** Questions to offer while someone types: frequent recent questions, then article titles. */
  public List<String> suggestions(String prefix, int limit) {
    Set<String> out = new LinkedHashSet<>();
    if (cache != null) out.addAll(cache.frequentQuestions(prefix == null ? "" : prefix, limit));
    if (out.size() < limit && prefix != null && !prefix.isBlank()) {
      for (Source s : archive.search(prefix, limit)) {
        if (out.size() >= limit) break;
        out.add(s.title());
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(limit, out.size()));
  }

  public ChatStats stats() {
    AnswerCache.Figures f = cache == null ? new AnswerCache.Figures(0, 0, 0) : cache.figures();
    return new ChatStats(questions.sum(), answered.sum(), declined.sum(), refused.sum(), f.hits(), f.misses(), f.size());
  }

  /** A question about the newest article, so that a newcomer's first try finds something. */
  public String exampleQuestion() {
    List<Source> newest = archive.latest("", 1);
    if (newest.isEmpty()) return "What happened this week?";
    return "What do the articles say about " + newest.get(0).title().replaceAll("[.?!]+$", "") + "?";
  }

  private String newId() {
    char[] id = new char[10];
    for (int i = 0; i < id.length; i++) id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
    return new String(id);
  }
}

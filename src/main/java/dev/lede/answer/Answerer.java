package dev.lede.answer;

import dev.lede.index.Passage;
import dev.lede.index.PassageIndex;
import dev.lede.read.AnswerType;
import dev.lede.read.Evidence;
import dev.lede.read.Reader;
import dev.lede.read.Reading;
import dev.lede.read.Reasons;
import dev.lede.read.RelatedWords;
import dev.lede.retrieve.Retriever;
import dev.lede.retrieve.Source;
import dev.lede.retrieve.Terms;
import dev.lede.retrieve.TimeFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answering pipeline, in order: analyze the question, retrieve passages, read their
 * sentences, pick the short answer, decide whether it is good enough to give.
 */
public final class Answerer implements Answering {
  static final String EMPTY = "Please ask a question.";
  private static final int SOURCES = 5;

  private final PassageIndex index;
  private final Retriever retriever;
  private final Reader reader;
  private final int passages;
  private final double declineBelow;
  /** Words that make a question a question; matching them in an article says nothing. */
  private final java.util.Set<String> questionWords;
  private final RelatedWords related;
  private static final String QUESTION_WORDS = "what which who whom whose when where why how many much does did do done "
      + "has have had can could would should may might must been were am being according following true false name named";

  /**
   * @param passages how many passages to retrieve and read per question
   * @param declineBelow answers with a lower confidence are declined
   */
  public Answerer(PassageIndex index, int passages, double declineBelow) {
    this(index, passages, declineBelow, new Reader(index.analyzer()));
  }

  /** An answerer that reads with {@code reader}: by words alone, or by meaning as well. */
  public Answerer(PassageIndex index, int passages, double declineBelow, Reader reader) {
    this.index = index;
    this.retriever = new Retriever(index);
    this.reader = reader;
    this.passages = passages;
    this.declineBelow = declineBelow;
    this.questionWords = Terms.set(index.analyzer(), QUESTION_WORDS);
    this.related = new RelatedWords(index.analyzer());
  }

  /** An answer and the articles behind it, in the order the pipeline ranked them. */
  public record Trace(Answer answer, List<String> retrievedArticleIds) {}

  @Override
  public Answer ask(Question question) {
    return trace(question).answer();
  }

  /** The supporting sentences the pipeline finds for a question, best first, with their features: what the ranker is trained on. */
  public Reading read(Question question) {
    Analysis a = analyse(question);
    return a == null ? new Reading(List.of()) : a.reading();
  }

  /** A question taken apart, its passages retrieved and read: everything before the answer is chosen. */
  private record Analysis(String text, List<String> terms, AnswerType type, Retriever.Retrieval retrieval, Reading reading) {}

  /** {@code null} when the question has no words to search for. */
  private Analysis analyse(Question question) {
    String text = question.text().strip();
    List<String> terms = new ArrayList<>(Terms.distinct(index.analyzer(), text));
    terms.removeAll(questionWords);
    if (terms.isEmpty()) return null;
    TimeFrame frame = TimeFrame.of(text, question.asOf());
    AnswerType type = AnswerType.of(text);
    float[] meaning = index.encoder() == null ? null : index.encoder().encode(text);
    Map<String, String> relatedWords = related.of(text, terms);
    Retriever.Retrieval retrieval = retriever.retrieve(terms, relatedWords.keySet(), meaning, frame, passages);
    Reading reading = reader.read(new Reader.Query(text, terms, weights(text, terms, retrieval.idf()), type, frame.recent(),
        question.asOf(), frame.from(), frame.to(), relatedWords), retrieval.hits());
    return new Analysis(text, terms, type, retrieval, reading);
  }

  public Trace trace(Question question) {
    long start = System.nanoTime();
    Analysis a = analyse(question);
    if (a == null) {
      return new Trace(new Answer(question.text(), null, null, true, 0, List.of(), false, millis(start)), List.of());
    }
    String text = a.text();
    List<String> terms = a.terms();
    AnswerType type = a.type();
    Retriever.Retrieval retrieval = a.retrieval();
    Reading reading = a.reading();
    List<String> ranked = rankedArticles(reading, retrieval);
    Evidence best = reading.best();
    double confidence = best == null ? 0 : Confidence.of(best, reader.ranker());
    if (best == null || confidence < declineBelow || mostlyUnknown(terms, retrieval)) {
      List<Source> nearest = nearest(reading, retrieval);
      return new Trace(new Answer(question.text(), null, null, true, confidence, nearest, false, millis(start)), ranked);
    }
    String shortAnswer = best.span() != null && type.wantsSpan() ? best.span().text() : best.sentence();
    if (type == AnswerType.DESCRIPTION) {
      String reason = Reasons.clause(text, best.sentence());
      if (reason != null) shortAnswer = reason;
    }
    return new Trace(new Answer(question.text(), shortAnswer, best.sentence(), false, confidence,
        sources(best, reading), false, millis(start)), ranked);
  }

  /**
   * Term weights for reading: rarity, and more for the words of the part that asks. A news quiz
   * gives context first ("X happened this week.") and the question last; the answer sentence
   * usually echoes the question part.
   */
  private Map<String, Float> weights(String text, List<String> terms, Map<String, Float> idf) {
    String focus = AnswerType.focus(text.toLowerCase(java.util.Locale.ROOT));
    if (focus.length() >= text.length() - 2) return idf;
    java.util.Set<String> asked = Terms.set(index.analyzer(), focus);
    Map<String, Float> out = new java.util.HashMap<>(idf);
    for (String t : terms) if (asked.contains(t)) out.computeIfPresent(t, (k, v) -> v * FOCUS);
    return out;
  }

  private static final float FOCUS = 2.5f;

  /**
   * Whether most of the question's weight lies in words no article contains: "Who is the president
   * of France?" must not be answered from articles that never mention France, however well
   * "president" matches.
   */
  private static boolean mostlyUnknown(List<String> terms, Retriever.Retrieval retrieval) {
    double unseen = Math.log(1 + (retrieval.passages() + 0.5) / 0.5) - 1e-3;
    double all = 0;
    double unknown = 0;
    for (String t : terms) {
      double w = retrieval.idf().getOrDefault(t, 0f);
      all += w;
      if (w >= unseen) unknown += w;
    }
    return all > 0 && unknown / all > UNKNOWN_SHARE;
  }

  /** Share of the question's term weight in words the index has never seen above which Lede declines. */
  private static final double UNKNOWN_SHARE = 0.5;

  /** The supporting article first, then articles that agree, then the next best. */
  private static List<Source> sources(Evidence best, Reading reading) {
    Map<String, Source> out = new LinkedHashMap<>();
    out.put(best.passage().articleId(), source(best.passage(), best.sentence()));
    String answerKey = best.span() == null ? null : best.span().text().toLowerCase(java.util.Locale.ROOT);
    for (Evidence e : reading.evidence()) {
      if (out.size() >= SOURCES) break;
      boolean agrees = answerKey != null && e.span() != null && e.span().text().toLowerCase(java.util.Locale.ROOT).equals(answerKey);
      if (agrees) out.putIfAbsent(e.passage().articleId(), source(e.passage(), e.sentence()));
    }
    for (Evidence e : reading.evidence()) {
      if (out.size() >= SOURCES) break;
      if (e.coverage() >= best.coverage() * 0.6) out.putIfAbsent(e.passage().articleId(), source(e.passage(), e.sentence()));
    }
    return new ArrayList<>(out.values());
  }

  private static List<Source> nearest(Reading reading, Retriever.Retrieval retrieval) {
    Map<String, Source> out = new LinkedHashMap<>();
    for (Evidence e : reading.evidence()) {
      if (out.size() >= 3) break;
      if (e.coverage() >= 0.3) out.putIfAbsent(e.passage().articleId(), source(e.passage(), e.sentence()));
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Articles in the order the pipeline trusts them: the reader's ranking, retrieval's by passages
   * and its search of whole articles, fused by reciprocal rank, so that none alone can bury a good
   * article.
   */
  private static List<String> rankedArticles(Reading reading, Retriever.Retrieval retrieval) {
    java.util.LinkedHashSet<String> read = new java.util.LinkedHashSet<>();
    for (Evidence e : reading.evidence()) read.add(e.passage().articleId());
    java.util.LinkedHashSet<String> retrieved = new java.util.LinkedHashSet<>();
    for (var hit : retrieval.hits()) retrieved.add(hit.passage().articleId());
    Map<String, Double> fused = new java.util.HashMap<>();
    int rank = 0;
    for (String id : read) fused.merge(id, READING_WEIGHT / (RRF_K + rank++), Double::sum);
    rank = 0;
    for (String id : retrieved) fused.merge(id, 1.0 / (RRF_K + rank++), Double::sum);
    rank = 0;
    for (String id : retrieval.articles()) fused.merge(id, ARTICLE_WEIGHT / (RRF_K + rank++), Double::sum);
    List<String> ids = new ArrayList<>(fused.keySet());
    ids.sort((a, b) -> Double.compare(fused.get(b), fused.get(a)));
    return ids;
  }

  /** Reciprocal-rank constant: small, because only the first few places matter to a reader. */
  private static final double RRF_K = 10;
  /**
   * The reader's order counts twice retrieval's: it has read the sentences, and since it weighs
   * how new a story is, this helped both development sets (recall@1 +1.3 on SQuAD and +2.0 on
   * news, news recall@5 +0.4); before that, equal weights had been best.
   */
  private static final double READING_WEIGHT = 2;
  /**
   * Articles matched as wholes count as much as the reader's order: news repeats a story's words
   * across its paragraphs, and an article that does is about the question even where no single
   * passage says it all. 1.5–3 did alike on news-dev (recall@5 86.2–87.3); SQuAD, one paragraph
   * an article, loses recall@1 to it (80.7 → 79.4) but no recall@5.
   */
  private static final double ARTICLE_WEIGHT = 2;

  static Source source(Passage p, String snippet) {
    return new Source(p.articleId(), p.title(), p.date(), p.url(), p.publisher(), snippet);
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}

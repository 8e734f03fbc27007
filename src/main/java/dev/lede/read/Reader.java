package dev.lede.read;

import dev.lede.corpus.Headings;
import dev.lede.index.Passage;
import dev.lede.index.SentenceEncoder;
import dev.lede.index.Sentences;
import dev.lede.retrieve.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads retrieved passages sentence by sentence and ranks the sentences as support for an
 * answer: question terms weighted by rarity, how close together they stand, whether the
 * sentence holds a span of the expected type, the passage's own score, and agreement across
 * articles. Then picks the short answer in the best sentence.
 */
public final class Reader {
  /** Sentences ranked on term features alone before spans are looked for in the best of them. */
  private static final int SPAN_CANDIDATES = 24;
  private static final int AGREEMENT_POOL = 24;

  private final Analyzer analyzer;
  private final Ranker ranker;
  private final SpanModel spanModel;
  /** {@code null} when sentences are read by their words alone. */
  private final SentenceEncoder encoder;
  private final int meaningCandidates;

  public Reader(Analyzer analyzer) {
    this(analyzer, Ranker.standard());
  }

  public Reader(Analyzer analyzer, Ranker ranker) {
    this(analyzer, ranker, null, 0);
  }

  /**
   * @param encoder compares the meaning of the question and of its best sentences, or {@code null}
   * @param meaningCandidates how many of the best sentences by words are compared by meaning as well
   */
  public Reader(Analyzer analyzer, Ranker ranker, SentenceEncoder encoder, int meaningCandidates) {
    this(analyzer, ranker, SpanModel.standard(), encoder, meaningCandidates);
  }

  private Reader(Analyzer analyzer, Ranker ranker, SpanModel spanModel, SentenceEncoder encoder, int meaningCandidates) {
    this.analyzer = analyzer;
    this.ranker = ranker;
    this.spanModel = spanModel;
    this.encoder = encoder;
    this.meaningCandidates = encoder == null ? 0 : meaningCandidates;
  }

  /** The same reader, choosing spans by {@code model}. */
  public Reader withSpans(SpanModel model) {
    return new Reader(analyzer, ranker, model, encoder, meaningCandidates);
  }

  /** The model that weighs this reader's features, and so says how sure an answer is. */
  public Ranker ranker() {
    return ranker;
  }

  /** What the reader knows of the question. */
  public record Query(String text, List<String> terms, Map<String, Float> idf, AnswerType type, boolean recent, java.time.LocalDate asOf,
      java.time.LocalDate from, java.time.LocalDate to, Map<String, String> related) {

    /** A question with no period of its own and no related words. */
    public Query(String text, List<String> terms, Map<String, Float> idf, AnswerType type, boolean recent, java.time.LocalDate asOf) {
      this(text, terms, idf, type, recent, asOf, null, null, Map.of());
    }

    boolean inPeriod(Passage p) {
      return from != null && p.date() != null && !p.date().isBefore(from) && !p.date().isAfter(to.plusDays(1));
    }
  }

  private record Scored(String sentence, Passage passage, double coverage, double[] features, List<int[]> matchOffsets,
      List<String> matchTerms, double base) {
    Scored withBase(double base) {
      return new Scored(sentence, passage, coverage, features, matchOffsets, matchTerms, base);
    }
  }

  public Reading read(Query query, List<Hit> hits) {
    if (hits.isEmpty() || query.terms().isEmpty()) return new Reading(List.of());
    double totalIdf = share(Set.copyOf(query.terms()), query, 1);
    if (totalIdf <= 0) return new Reading(List.of());
    float top = 0;
    for (Hit hit : hits) top = Math.max(top, hit.score());
    float[] question = encoder != null && hits.stream().anyMatch(h -> h.sentenceVectors() != null) ? encoder.encode(query.text()) : null;

    List<Scored> scored = new ArrayList<>();
    // What each article says of the question as a whole, over all its passages read and its title.
    Map<String, Set<String>> byArticle = new HashMap<>();
    Map<String, Double> titles = new HashMap<>();
    Set<String> headlined = new HashSet<>();
    for (Hit hit : hits) {
      String article = hit.passage().articleId();
      double title = titles.computeIfAbsent(article, a -> titleShare(hit.passage().title(), query, totalIdf, byArticle.computeIfAbsent(a, k -> new HashSet<>())));
      double passageScore = top <= 0 ? 0 : hit.score() / top;
      double recency = recency(query, hit.passage());
      double fresh = freshness(query, hit.passage());
      double period = query.inPeriod(hit.passage()) ? 1 : 0;
      List<String> sentences = Sentences.ofPassage(hit.passage().text());
      float[][] vectors = question != null && hit.sentenceVectors() != null && hit.sentenceVectors().length == sentences.size()
          ? hit.sentenceVectors() : null;
      if (Ranker.Kind.of(hit.passage()) == Ranker.Kind.NEWS && headlined.add(article)) {
        // A news headline states the story's main fact, often in the words a quiz asks with.
        String headline = Headline.of(hit.passage().title());
        if (headline != null) {
          // The index keeps no vector for a headline; embedding it per question would cost what
          // the index's vectors were built to save, and the news model gives meaning no weight.
          double meaning = vectors != null ? 0 : Double.NaN;
          double[] x = {0, 0, passageScore, 0, recency, 0, period, 0, 0, meaning, 1, title, 0, 1, 0, fresh};
          scored.add(candidate(headline, hit.passage(), query, totalIdf, x, byArticle.get(article)));
        }
      }
      double previousCoverage = 0;
      for (int k = 0; k < sentences.size(); k++) {
        String sentence = sentences.get(k);
        if (sentence.length() < 12 || Headings.isHeading(sentence) || sentence.endsWith("?")) {
          previousCoverage = 0;
          continue;
        }
        double meaning = vectors == null ? Double.NaN : Math.max(0, SentenceEncoder.similarity(question, vectors[k]));
        double lead = hit.passage().ordinal() == 0 ? 1.0 / (1 + k) : 0;
        double[] x = {0, 0, passageScore, previousCoverage, recency, 0, period, 0, 0, meaning, lead, title, 0, 0, 0, fresh};
        Scored s = candidate(sentence, hit.passage(), query, totalIdf, x, byArticle.get(article));
        scored.add(s);
        previousCoverage = s.coverage();
      }
    }
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      s.features()[Ranker.ARTICLE] = share(byArticle.get(s.passage().articleId()), query, totalIdf);
      scored.set(i, s.withBase(ranker.base(s.features(), Ranker.Kind.of(s.passage()))));
    }
    scored.sort(Comparator.comparingDouble(Scored::base).reversed());
    double[] meaning = meaning(query.text(), scored);
    Alignment alignment = Alignment.of(query.text(), analyzer);

    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      Span span = null;
      double fit = 0;
      List<SpanCandidate> spans = List.of();
      Ranker.Kind kind = Ranker.Kind.of(s.passage());
      if (i < SPAN_CANDIDATES && query.type().wantsSpan()) {
        spans = Spans.candidates(s.sentence(), query.type(), query.terms(), s.matchOffsets(), s.matchTerms(), alignment, analyzer);
        Spans.Choice choice = Spans.best(spans, spanModel, kind);
        if (choice != null) {
          span = choice.span();
          fit = choice.score();
        }
      }
      double[] x = s.features().clone();
      x[Ranker.SPAN] = query.type().wantsSpan() ? fit : 0;
      if (Double.isNaN(x[Ranker.MEANING])) x[Ranker.MEANING] = i < meaning.length ? meaning[i] : 0;
      evidence.add(new Evidence(s.sentence(), s.passage(), span, spans, s.coverage(), fit, 0, ranker.probability(x, kind), x));
    }
    evidence.sort(Comparator.comparingDouble(Evidence::score).reversed());
    return new Reading(agree(evidence, ranker));
  }

  /**
   * How close in meaning the question is to each of the best sentences by words, cosine 0 to 1.
   * Only the best few are compared: the model costs milliseconds a sentence, and a sentence that
   * shares too few words with the question rarely holds its answer.
   */
  private double[] meaning(String question, List<Scored> scored) {
    int n = Math.min(meaningCandidates, scored.size());
    if (n == 0) return new double[0];
    List<String> texts = new ArrayList<>(n + 1);
    texts.add(question);
    for (int i = 0; i < n; i++) {
      // Sentences whose vectors the index kept are compared already.
      texts.add(Double.isNaN(scored.get(i).features()[Ranker.MEANING]) ? scored.get(i).sentence() : question);
    }
    List<float[]> vectors = encoder.encode(texts);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) out[i] = Math.max(0, SentenceEncoder.similarity(vectors.get(0), vectors.get(i + 1)));
    return out;
  }

  /**
   * A short answer that several articles give counts for more: news repeats facts. Each answer's
   * support is the best sentence score it has in every article that gives it (or a longer or
   * shorter form of it: "McCarthy" backs "Kevin McCarthy"), summed over articles.
   */
  private static List<Evidence> agree(List<Evidence> ranked, Ranker ranker) {
    int pool = Math.min(AGREEMENT_POOL, ranked.size());
    Map<String, Map<String, Double>> bestByArticle = new HashMap<>();
    for (int i = 0; i < pool; i++) {
      Evidence e = ranked.get(i);
      if (e.span() == null) continue;
      bestByArticle.computeIfAbsent(key(e.span().text()), k -> new HashMap<>())
          .merge(e.passage().articleId(), e.score(), Math::max);
    }
    List<Evidence> out = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      Evidence e = ranked.get(i);
      if (i >= pool || e.span() == null) {
        out.add(e);
        continue;
      }
      String own = key(e.span().text());
      Map<String, Double> support = new HashMap<>();
      for (Map.Entry<String, Map<String, Double>> other : bestByArticle.entrySet()) {
        if (!related(own, other.getKey())) continue;
        other.getValue().forEach((article, score) -> support.merge(article, score, Math::max));
      }
      support.remove(e.passage().articleId());
      double[] x = e.features().clone();
      x[Ranker.AGREEMENT] = Math.min(support.size(), 3);
      out.add(e.withAgreement(support.size(), ranker.probability(x, Ranker.Kind.of(e.passage())), x));
    }
    out.sort(Comparator.comparingDouble(Evidence::score).reversed());
    return out;
  }

  /**
   * A candidate sentence: {@code x} holds the features known from its passage, and its own
   * (coverage, proximity, pairs) are filled in here; its matched terms join its article's.
   */
  private Scored candidate(String sentence, Passage passage, Query query, double totalIdf, double[] x, Set<String> articleTerms) {
    List<int[]> offsets = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    List<Integer> positions = new ArrayList<>();
    List<String> positionTerms = new ArrayList<>();
    Set<String> stoodFor = new HashSet<>();
    match(sentence, query, matched, offsets, positions, positionTerms, stoodFor);
    double coverage = share(matched, query, totalIdf);
    x[Ranker.COVERAGE] = coverage;
    stoodFor.removeAll(matched);
    x[Ranker.RELATED] = share(stoodFor, query, totalIdf);
    x[Ranker.PROXIMITY] = proximity(positions, positionTerms, matched.size());
    x[Ranker.PAIRS] = pairs(query.terms(), positions, positionTerms);
    articleTerms.addAll(matched);
    return new Scored(sentence, passage, coverage, x, offsets, positionTerms, 0);
  }

  /** Share of the question's weight in {@code terms}. */
  private static double share(Set<String> terms, Query query, double totalIdf) {
    double covered = 0;
    for (String t : terms) covered += query.idf().getOrDefault(t, 0f);
    return covered / totalIdf;
  }

  /** Share of the question's weight that the article's title holds; its title's terms join {@code articleTerms}. */
  private double titleShare(String title, Query query, double totalIdf, Set<String> articleTerms) {
    if (title == null || title.isBlank()) return 0;
    Set<String> matched = new HashSet<>();
    match(title, query, matched, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashSet<>());
    articleTerms.addAll(matched);
    return share(matched, query, totalIdf);
  }

  private static boolean related(String a, String b) {
    if (a.equals(b)) return true;
    if (a.isEmpty() || b.isEmpty()) return false;
    return (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
  }

  private static String key(String span) {
    return span.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }


  /** {@code stoodFor} gets the question terms that a related word of the sentence stands for. */
  private void match(String sentence, Query query, Set<String> matched, List<int[]> offsets, List<Integer> positions,
      List<String> positionTerms, Set<String> stoodFor) {
    Set<String> wanted = new HashSet<>(query.terms());
    try (TokenStream stream = analyzer.tokenStream("text", sentence)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = 0;
      while (stream.incrementToken()) {
        String t = term.toString();
        if (wanted.contains(t)) {
          matched.add(t);
          offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
          positions.add(position);
          positionTerms.add(t);
        } else {
          String asked = query.related().get(t);
          if (asked != null) stoodFor.add(asked);
        }
        position++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** Share of the question's neighbouring term pairs that stand together (within two words) in the sentence too. */
  private static double pairs(List<String> questionTerms, List<Integer> positions, List<String> terms) {
    if (questionTerms.size() < 2 || positions.size() < 2) return 0;
    Set<String> together = new HashSet<>();
    for (int i = 0; i < positions.size(); i++) {
      for (int j = i + 1; j < positions.size() && positions.get(j) - positions.get(i) <= 2; j++) {
        together.add(terms.get(i) + " " + terms.get(j));
      }
    }
    int found = 0;
    for (int i = 0; i + 1 < questionTerms.size(); i++) {
      if (together.contains(questionTerms.get(i) + " " + questionTerms.get(i + 1))) found++;
    }
    return (double) found / (questionTerms.size() - 1);
  }

  /** Distinct matched terms over the width of the smallest window holding all of them, 0 to 1. */
  private static double proximity(List<Integer> positions, List<String> terms, int distinct) {
    if (distinct <= 1) return distinct == 1 ? 0.5 : 0;
    Map<String, Integer> inWindow = new HashMap<>();
    int best = Integer.MAX_VALUE;
    int left = 0;
    for (int right = 0; right < positions.size(); right++) {
      inWindow.merge(terms.get(right), 1, Integer::sum);
      while (inWindow.size() == distinct) {
        best = Math.min(best, positions.get(right) - positions.get(left) + 1);
        String leaving = terms.get(left);
        if (inWindow.merge(leaving, -1, Integer::sum) == 0) inWindow.remove(leaving);
        left++;
      }
    }
    return best == Integer.MAX_VALUE ? 0 : Math.min(1.0, (double) distinct / best);
  }

  /**
   * How new the article is on the day asked, whatever the wording: questions put to a news archive
   * are mostly about its latest stories, the way a weekly quiz asks about the week's news.
   */
  private static double freshness(Query query, Passage passage) {
    if (passage.date() == null || query.asOf() == null) return 0;
    long days = Math.max(0, ChronoUnit.DAYS.between(passage.date(), query.asOf()));
    return Math.exp(-days / FRESH_DAYS);
  }

  /** A quarter: 30 days and 180 did about as well on news-dev, 7 worse. */
  private static final double FRESH_DAYS = 90;

  private static double recency(Query query, Passage passage) {
    if (!query.recent() || passage.date() == null) return 0;
    long days = Math.max(0, ChronoUnit.DAYS.between(passage.date(), query.asOf()));
    return Math.exp(-days / 14.0);
  }
}

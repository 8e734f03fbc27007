package dev.lede.retrieve;

import dev.lede.index.Passage;
import dev.lede.index.PassageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the passages most likely to answer a question: a BM25 disjunction of the question's
 * analyzed terms over passage text and title, limited to articles published by the as-of day and,
 * when the question names a period, to that period (widened again when the period holds nothing).
 * Whole articles are searched too, and the best passage of each that no passage search found is
 * read with the others.
 */
public final class Retriever {
  private static final float TITLE_BOOST = 0.3f;
  /** A related word says less than the question's own: 0.2 helped both development sets, 0.5 hurt news. */
  private static final float RELATED_BOOST = 0.2f;
  /** Boolean queries accept 1024 clauses by default; keep well within it. */
  private static final int MAX_TERMS = 64;
  /** News dated a day after "today" is usually today's news in another time zone. */
  private static final int GRACE_DAYS = 1;
  private static final int IN_FRAME = 16;

  private final PassageIndex index;

  public Retriever(PassageIndex index) {
    this.index = index;
  }

  /**
   * What retrieval found, and term statistics from the same snapshot of the index ({@code
   * passages}: how many hold text; {@code articles}: the ids of the articles that match the
   * question best as wholes).
   */
  public record Retrieval(List<Hit> hits, Map<String, Float> idf, int passages, List<String> articles) {}

  public Retrieval retrieve(List<String> terms, TimeFrame frame, int limit) {
    return retrieve(terms, null, frame, limit);
  }

  /**
   * With a {@code meaning} (the question's vector) and an index that keeps passage vectors, the
   * passages nearest in meaning join the BM25 ones, fused by reciprocal rank.
   */
  public Retrieval retrieve(List<String> terms, float[] meaning, TimeFrame frame, int limit) {
    return retrieve(terms, Set.of(), meaning, frame, limit);
  }

  /**
   * With {@code related} words (synonyms and derived forms of the question's), passages that use
   * them are found too, weighed well below the question's own words.
   */
  public Retrieval retrieve(List<String> terms, Set<String> related, float[] meaning, TimeFrame frame, int limit) {
    IndexSearcher searcher = index.acquire();
    try {
      Map<String, Float> idf = idf(searcher.getIndexReader(), terms);
      if (terms.isEmpty()) return new Retrieval(List.of(), idf, searcher.getIndexReader().getDocCount(PassageIndex.TEXT), List.of());
      Query match = disjunction(terms, related);
      LocalDate until = frame.asOf().plusDays(GRACE_DAYS);
      List<Hit> hits = search(searcher, filtered(match, null, until, true), limit);
      if (frame.bounded()) {
        // The period's own best passages join the overall best: a quiz about "this week" is
        // usually answered by this week's news, but not always.
        List<Hit> inFrame = search(searcher, filtered(match, frame.from(), frame.to().plusDays(GRACE_DAYS), false), IN_FRAME);
        hits = merge(hits, inFrame);
      }
      if (meaning != null && index.encoder() != null) hits = fuse(searcher, match, hits, nearest(searcher, meaning, until, limit));
      List<String> articles = articles(searcher, filtered(articleMatch(terms), null, until, true), ARTICLES);
      hits = withBestPassages(searcher, match, hits, articles.subList(0, Math.min(articles.size(), READ_ARTICLES)));
      return new Retrieval(hits, idf, searcher.getIndexReader().getDocCount(PassageIndex.TEXT), articles);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    } finally {
      index.release(searcher);
    }
  }

  /** Passages nearest to the question in meaning, published by {@code until} (or undated). */
  private static List<Hit> nearest(IndexSearcher searcher, float[] meaning, LocalDate until, int limit) throws IOException {
    Query when = filtered(new MatchAllDocsQuery(), null, until, true);
    return search(searcher, new KnnFloatVectorQuery(PassageIndex.VECTOR, meaning, limit, when), limit);
  }

  /**
   * Reciprocal rank fusion of the BM25 and nearest-neighbour lists; raw scores are not comparable,
   * ranks are. Passages found only by meaning get their BM25 score too, which the reader weighs.
   */
  private static List<Hit> fuse(IndexSearcher searcher, Query match, List<Hit> lexical, List<Hit> semantic) throws IOException {
    Map<String, Double> fused = new HashMap<>();
    Map<String, Hit> byId = new LinkedHashMap<>();
    for (int i = 0; i < lexical.size(); i++) {
      fused.merge(lexical.get(i).passage().id(), 1.0 / (FUSION_K + i + 1), Double::sum);
      byId.putIfAbsent(lexical.get(i).passage().id(), lexical.get(i));
    }
    Set<String> onlyMeaning = new LinkedHashSet<>();
    for (int i = 0; i < semantic.size(); i++) {
      String id = semantic.get(i).passage().id();
      fused.merge(id, 1.0 / (FUSION_K + i + 1), Double::sum);
      if (!byId.containsKey(id)) {
        byId.put(id, semantic.get(i));
        onlyMeaning.add(id);
      }
    }
    Map<String, Float> bm25 = bm25(searcher, match, onlyMeaning);
    List<Hit> out = new ArrayList<>(byId.size());
    for (Hit h : byId.values()) {
      String id = h.passage().id();
      out.add(onlyMeaning.contains(id) ? new Hit(h.passage(), bm25.getOrDefault(id, 0f), h.sentenceVectors()) : h);
    }
    out.sort((a, b) -> Double.compare(fused.get(b.passage().id()), fused.get(a.passage().id())));
    return out.subList(0, Math.min(out.size(), Math.max(lexical.size(), semantic.size())));
  }

  /** The usual rank-fusion constant (Cormack et al. 2009). */
  private static final int FUSION_K = 60;

  private static Map<String, Float> bm25(IndexSearcher searcher, Query match, Set<String> ids) throws IOException {
    Map<String, Float> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    List<BytesRef> terms = new ArrayList<>();
    for (String id : ids) terms.add(new BytesRef(id));
    Query only = new BooleanQuery.Builder().add(match, Occur.MUST)
        .add(new TermInSetQuery(PassageIndex.ID, terms), Occur.FILTER).build();
    TopDocs top = searcher.search(only, ids.size());
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) out.put(stored.document(sd.doc, Set.of(PassageIndex.ID)).get(PassageIndex.ID), sd.score);
    return out;
  }

  private static List<Hit> merge(List<Hit> overall, List<Hit> inFrame) {
    Set<String> seen = new HashSet<>();
    List<Hit> out = new ArrayList<>(overall.size() + inFrame.size());
    for (Hit h : overall) if (seen.add(h.passage().id())) out.add(h);
    for (Hit h : inFrame) if (seen.add(h.passage().id())) out.add(h);
    out.sort((a, b) -> Float.compare(b.score(), a.score()));
    return out;
  }

  /** Articles found as wholes: as many as recall@20 looks at. */
  private static final int ARTICLES = 20;
  /** The first of them are read too when no passage of theirs was found (10 did as well on news-dev, and reads more). */
  private static final int READ_ARTICLES = 5;

  /**
   * The passage search's hits, and after them the best passage of each of {@code articles} that
   * has none among them: an article can match a question as a whole without one passage that
   * matches it well.
   */
  private static List<Hit> withBestPassages(IndexSearcher searcher, Query match, List<Hit> hits, List<String> articles) throws IOException {
    Set<String> have = new HashSet<>();
    for (Hit h : hits) have.add(h.passage().articleId());
    List<BytesRef> missing = new ArrayList<>();
    for (String id : articles) if (!have.contains(id)) missing.add(new BytesRef(id));
    if (missing.isEmpty()) return hits;
    Query only = new BooleanQuery.Builder().add(match, Occur.MUST)
        .add(new TermInSetQuery(PassageIndex.ARTICLE, missing), Occur.FILTER).build();
    List<Hit> out = new ArrayList<>(hits);
    for (Hit h : search(searcher, only, missing.size() * 4)) if (have.add(h.passage().articleId())) out.add(h);
    return out;
  }

  /** The question's words over whole articles: only lead passages carry an article's full text. */
  static Query articleMatch(List<String> terms) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String t : terms.subList(0, Math.min(terms.size(), MAX_TERMS))) {
      q.add(new TermQuery(new Term(PassageIndex.ARTICLE_TEXT, t)), Occur.SHOULD);
    }
    return q.build();
  }

  private static List<String> articles(IndexSearcher searcher, Query query, int limit) throws IOException {
    TopDocs top = searcher.search(query, limit);
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) ids.add(stored.document(sd.doc, Set.of(PassageIndex.ARTICLE)).get(PassageIndex.ARTICLE));
    return ids;
  }

  static Query disjunction(List<String> terms) {
    return disjunction(terms, Set.of());
  }

  static Query disjunction(List<String> terms, Set<String> related) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String t : terms.subList(0, Math.min(terms.size(), MAX_TERMS))) {
      q.add(new TermQuery(new Term(PassageIndex.TEXT, t)), Occur.SHOULD);
      q.add(new BoostQuery(new TermQuery(new Term(PassageIndex.TITLE_TEXT, t)), TITLE_BOOST), Occur.SHOULD);
    }
    int room = MAX_TERMS - Math.min(terms.size(), MAX_TERMS);
    for (String t : related) {
      if (room-- <= 0) break;
      q.add(new BoostQuery(new TermQuery(new Term(PassageIndex.TEXT, t)), RELATED_BOOST), Occur.SHOULD);
    }
    return q.build();
  }

  /** Restricts to articles dated within [from, to]; undated articles pass when {@code undatedToo}. */
  static Query filtered(Query match, LocalDate from, LocalDate to, boolean undatedToo) {
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    BooleanQuery.Builder when = new BooleanQuery.Builder();
    when.add(LongPoint.newRangeQuery(PassageIndex.DAY, lo, hi), Occur.SHOULD);
    if (undatedToo) {
      when.add(new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST)
          .add(new FieldExistsQuery(PassageIndex.DAY), Occur.MUST_NOT)
          .build(), Occur.SHOULD);
    }
    return new BooleanQuery.Builder().add(match, Occur.MUST).add(when.build(), Occur.FILTER).build();
  }

  private static List<Hit> search(IndexSearcher searcher, Query query, int limit) throws IOException {
    TopDocs top = searcher.search(query, limit);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = stored.document(sd.doc);
      hits.add(new Hit(PassageIndex.passage(doc), sd.score, PassageIndex.sentenceVectors(doc)));
    }
    return hits;
  }

  /** Inverse document frequency of each term over passages, as BM25 computes it. */
  private static Map<String, Float> idf(IndexReader reader, List<String> terms) throws IOException {
    Map<String, Float> idf = new HashMap<>();
    long n = Math.max(1, reader.getDocCount(PassageIndex.TEXT));
    for (String t : terms) {
      int df = reader.docFreq(new Term(PassageIndex.TEXT, t));
      idf.put(t, (float) Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return idf;
  }
}

package dev.lede.retrieve;

import dev.lede.index.Passage;
import dev.lede.index.PassageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** {@link Archive} over the passage index. */
public final class LuceneArchive implements Archive {
  /** How many best-matching passages a search considers before ordering by date. */
  private static final int CANDIDATES = 200;
  private static final Sort NEWEST_FIRST = new Sort(new SortField(PassageIndex.DAY, SortField.Type.LONG, true));

  private final PassageIndex index;

  public LuceneArchive(PassageIndex index) {
    this.index = index;
  }

  @Override
  public List<Source> search(String words, int limit) {
    List<String> terms = Terms.distinct(index.analyzer(), words);
    if (terms.isEmpty() || limit <= 0) return List.of();
    IndexSearcher searcher = index.acquire();
    try {
      TopDocs top = searcher.search(Retriever.disjunction(terms), CANDIDATES);
      List<Source> found = distinctArticles(searcher, top, Integer.MAX_VALUE);
      // Keep the better matches, then show them newest first.
      List<Source> best = new ArrayList<>(found.subList(0, Math.min(found.size(), Math.max(limit, 10))));
      best.sort(Comparator.comparing((Source s) -> s.date() == null ? LocalDate.MIN : s.date()).reversed());
      return best.subList(0, Math.min(limit, best.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public List<Source> latest(String topic, int limit) {
    if (limit <= 0) return List.of();
    if (topic != null && !Terms.distinct(index.analyzer(), topic).isEmpty()) return search(topic, limit);
    IndexSearcher searcher = index.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(PassageIndex.LEAD, "1")), limit, NEWEST_FIRST);
      return distinctArticles(searcher, top, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public ArchiveSummary summary() {
    IndexSearcher searcher = index.acquire();
    try {
      TermQuery leads = new TermQuery(new Term(PassageIndex.LEAD, "1"));
      LocalDate last = firstDate(searcher, leads, true);
      LocalDate first = firstDate(searcher, leads, false);
      return new ArchiveSummary(index.articleCount(), index.passageCount(), first, last, index.lastUpdate());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private static LocalDate firstDate(IndexSearcher searcher, TermQuery leads, boolean newest) throws IOException {
    SortField byDay = new SortField(PassageIndex.DAY, SortField.Type.LONG, newest);
    byDay.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    TopDocs top = searcher.search(leads, 1, new Sort(byDay));
    if (top.scoreDocs.length == 0) return null;
    return PassageIndex.passage(searcher.storedFields().document(top.scoreDocs[0].doc)).date();
  }

  private static List<Source> distinctArticles(IndexSearcher searcher, TopDocs top, int limit) throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<String, Source> articles = new LinkedHashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      if (articles.size() >= limit) break;
      Passage p = PassageIndex.passage(stored.document(sd.doc));
      articles.putIfAbsent(p.articleId(), new Source(p.articleId(), p.title(), p.date(), p.url(), p.publisher(), snippet(p.text())));
    }
    return new ArrayList<>(articles.values());
  }

  static String snippet(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= 200) return flat;
    int cut = flat.lastIndexOf(' ', 200);
    return flat.substring(0, cut > 100 ? cut : 200) + "…";
  }
}

package dev.lede.bench;

import dev.lede.index.PassageIndex;
import dev.lede.retrieve.Terms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The engine under the pipeline, on its own: a BM25 top-10 search of the question's analyzed
 * terms over passage text, on Lede's own index, with no reading. The baseline of the benchmark.
 */
final class BareLucene {
  private static final int TOP = 10;
  private static final int MAX_CLAUSES = 64;

  private final PassageIndex index;

  BareLucene(PassageIndex index) {
    this.index = index;
  }

  /** Searches and returns the number of hits, so the work cannot be optimized away. */
  int search(String question) {
    List<String> terms = Terms.distinct(index.analyzer(), question);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String t : terms.subList(0, Math.min(terms.size(), MAX_CLAUSES))) {
      query.add(new TermQuery(new Term(PassageIndex.TEXT, t)), Occur.SHOULD);
    }
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.search(query.build(), TOP).scoreDocs.length;
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    } finally {
      index.release(searcher);
    }
  }
}

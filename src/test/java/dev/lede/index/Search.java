package dev.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** Looks into a {@link PassageIndex} the way the tests need: by one word, and by article. */
final class Search {
  private Search() {}

  /** Passages whose text holds the word, analyzed as the index analyzes it. */
  static int passages(PassageIndex index, String word) {
    return count(index, PassageIndex.TEXT, word);
  }

  /** Documents whose {@code field} holds the word, analyzed as the index analyzes it. */
  static int count(PassageIndex index, String field, String word) {
    String term = term(index, word);
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.count(new TermQuery(new Term(field, term)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  /** The id of every indexed article, once per article document (so duplicates show). */
  static List<String> articleIds(PassageIndex index) {
    IndexSearcher searcher = index.acquire();
    try {
      TermQuery leads = new TermQuery(new Term(PassageIndex.LEAD, "1"));
      int n = Math.max(1, searcher.count(leads));
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(leads, n).scoreDocs) {
        ids.add(stored.document(sd.doc, Set.of(PassageIndex.ARTICLE)).get(PassageIndex.ARTICLE));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private static String term(PassageIndex index, String word) {
    try (TokenStream stream = index.analyzer().tokenStream(PassageIndex.TEXT, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      if (!stream.incrementToken()) throw new IllegalArgumentException("'" + word + "' has no index term");
      String t = term.toString();
      stream.end();
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

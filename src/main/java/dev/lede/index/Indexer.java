package dev.lede.index;

import dev.lede.corpus.Article;
import dev.lede.corpus.ArticleReader;
import dev.lede.corpus.CorpusFile;
import dev.lede.corpus.CorpusFiles;
import dev.lede.corpus.Fingerprint;
import dev.lede.corpus.Skips;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with the corpus: new and changed files are (re)indexed, files that
 * are gone lose their articles, unchanged files cost nothing. A file's record is written after
 * all its passages, and a file without a record is redone from scratch, so a run killed at any
 * moment leaves a consistent index that the next run completes.
 */
public final class Indexer {
  private static final Logger log = LoggerFactory.getLogger(Indexer.class);
  private static final int COMMIT_EVERY_PASSAGES = 50_000;

  private record Indexed(long size, long modified, int duplicates) {}

  private final PassageIndex index;
  private final Passages passages;
  private final int commitEveryPassages;

  public Indexer(PassageIndex index, Passages passages) {
    this(index, passages, COMMIT_EVERY_PASSAGES);
  }

  /** With commits every {@code commitEveryPassages}: small values let tests interrupt a run between commits. */
  Indexer(PassageIndex index, Passages passages, int commitEveryPassages) {
    this.index = index;
    this.passages = passages;
    this.commitEveryPassages = commitEveryPassages;
  }

  /** Indexes the corpus under {@code roots}; everything indexed from elsewhere is removed. */
  public IndexRun update(List<Path> roots, Progress progress) {
    return update(roots, progress, NewArticles.NONE);
  }

  /** As {@link #update(List, Progress)}, telling {@code newArticles} of each article the index did not hold. */
  public IndexRun update(List<Path> roots, Progress progress, NewArticles newArticles) {
    long start = System.nanoTime();
    Skips skips = new Skips();
    List<CorpusFile> files = CorpusFiles.list(roots, skips);
    Map<String, Indexed> known = indexedFiles();

    Map<String, CorpusFile> present = new LinkedHashMap<>();
    for (CorpusFile f : files) present.put(key(f), f);
    List<String> removed = new ArrayList<>();
    for (String file : known.keySet()) if (!present.containsKey(file)) removed.add(file);
    List<CorpusFile> toRead = new ArrayList<>();
    boolean outdated = !index.layoutCurrent();
    if (outdated) log.info("The index was written by an earlier version of Lede; reading all {} files again", files.size());
    for (CorpusFile f : files) {
      Indexed before = known.get(key(f));
      if (outdated || before == null || before.size() != f.size() || before.modified() != f.modifiedMillis()) toRead.add(f);
    }
    // A duplicate skipped in one file may now be the only copy left: read such files again.
    if (!removed.isEmpty() || !toRead.isEmpty()) {
      for (CorpusFile f : files) {
        Indexed before = known.get(key(f));
        if (before != null && before.duplicates() > 0 && !toRead.contains(f)) toRead.add(f);
      }
    }
    if (removed.isEmpty() && toRead.isEmpty()) {
      return new IndexRun(0, files.size(), 0, 0, 0, 0, skips.total(), seconds(start), 0);
    }

    IndexWriter writer = index.writer();
    try {
      // Articles of the files about to be dropped or re-read: those indexed again are not new.
      Set<String> held = articlesOf(removed);
      for (CorpusFile f : toRead) held.addAll(articlesOf(List.of(key(f))));
      Fresh fresh = new Fresh(newArticles, held);
      Set<String> replaced = new HashSet<>(removed);
      for (CorpusFile f : toRead) replaced.add(key(f));
      Map<String, String> fingerprints = fingerprints(replaced);
      // Searchers see the deletions with the new articles, at the end of the run (or at a commit
      // that brings new articles): until then questions are answered from the index as it was.
      for (String file : replaced) writer.deleteDocuments(new Term(PassageIndex.FILE, file));

      long bytesTotal = toRead.stream().mapToLong(CorpusFile::size).sum();
      long[] counts = new long[3]; // articles, passages, duplicates
      long bytesDone = 0;
      long sinceCommit = 0;
      for (CorpusFile f : toRead) {
        String file = key(f);
        int[] fileDuplicates = {0};
        long passagesBefore = counts[1];
        ArticleReader.read(f, article -> {
          String fingerprint = Fingerprint.of(article.text());
          if (fingerprints.putIfAbsent(fingerprint, file) != null) {
            counts[2]++;
            fileDuplicates[0]++;
            return;
          }
          add(writer, article, file, fingerprint, counts, fresh);
          if (counts[0] % (index.encoder() == null ? 500 : 20) == 0) progress.update(counts[0], counts[1], 0, bytesTotal, seconds(start));
        }, skips);
        writer.addDocument(fileRecord(file, f, fileDuplicates[0]));
        bytesDone += f.size();
        sinceCommit += counts[1] - passagesBefore;
        if (sinceCommit >= commitEveryPassages) {
          commit(writer);
          fresh.tell();
          sinceCommit = 0;
        }
        progress.update(counts[0], counts[1], bytesDone, bytesTotal, seconds(start));
      }
      commit(writer);
      index.refresh();
      fresh.tell();
      return new IndexRun(toRead.size(), files.size() - toRead.size(), removed.size(),
          counts[0], counts[1], counts[2], skips.total(), seconds(start), fresh.count);
    } catch (IOException e) {
      throw new UncheckedIOException("indexing failed: " + e.getMessage(), e);
    }
  }

  private void add(IndexWriter writer, Article article, String file, String fingerprint, long[] counts, Fresh fresh) {
    try {
      List<Passage> cut = passages.of(article);
      List<List<float[]>> vectors = sentenceVectors(cut);
      String whole = article.title() + "\n\n" + article.text();
      for (int i = 0; i < cut.size(); i++) {
        Passage p = cut.get(i);
        writer.addDocument(PassageIndex.document(p, file, fingerprint, vectors == null ? null : vectors.get(i), whole));
        if (p.ordinal() == 0) fresh.indexed(p);
        counts[1]++;
      }
      counts[0]++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each passage's sentence vectors, encoded in one batch per article; {@code null} without a model. */
  private List<List<float[]>> sentenceVectors(List<Passage> cut) {
    SentenceEncoder encoder = index.encoder();
    if (encoder == null) return null;
    List<String> all = new ArrayList<>();
    int[] from = new int[cut.size() + 1];
    for (int i = 0; i < cut.size(); i++) {
      all.addAll(Sentences.ofPassage(cut.get(i).text()));
      from[i + 1] = all.size();
    }
    List<float[]> encoded = encoder.encodeOnce(all);
    List<List<float[]>> out = new ArrayList<>(cut.size());
    for (int i = 0; i < cut.size(); i++) out.add(encoded.subList(from[i], from[i + 1]));
    return out;
  }

  /** The new articles of a run, told to the listener after each commit that made them searchable. */
  private final class Fresh {
    final NewArticles listener;
    final Set<String> held;
    final List<Passage> untold = new ArrayList<>();
    long count;

    Fresh(NewArticles listener, Set<String> held) {
      this.listener = listener;
      this.held = held;
    }

    void indexed(Passage lead) {
      if (held.contains(lead.articleId())) return;
      count++;
      if (listener != NewArticles.NONE) untold.add(lead);
    }

    void tell() {
      if (untold.isEmpty()) return;
      index.refresh();
      try {
        listener.indexed(List.copyOf(untold));
      } catch (RuntimeException e) {
        // The articles are indexed and committed whatever a listener does.
        log.warn("A listener for new articles failed on {} articles: {}", untold.size(), e.toString());
      }
      untold.clear();
    }
  }

  /** Ids of the articles indexed from {@code files}. */
  private Set<String> articlesOf(List<String> files) {
    Set<String> ids = new HashSet<>();
    if (files.isEmpty()) return ids;
    IndexSearcher searcher = index.acquire();
    try {
      StoredFields stored = searcher.storedFields();
      for (String file : files) {
        Query leads = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(PassageIndex.FILE, file)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(PassageIndex.LEAD, "1")), BooleanClause.Occur.FILTER)
            .build();
        int n = searcher.count(leads);
        if (n == 0) continue;
        for (ScoreDoc sd : searcher.search(leads, n).scoreDocs) {
          ids.add(stored.document(sd.doc, Set.of(PassageIndex.ARTICLE)).get(PassageIndex.ARTICLE));
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private void commit(IndexWriter writer) throws IOException {
    writer.setLiveCommitData(Map.of(PassageIndex.UPDATED, Long.toString(System.currentTimeMillis()),
        PassageIndex.EMBEDDINGS, index.embeddings(), PassageIndex.LAYOUT, PassageIndex.CURRENT_LAYOUT).entrySet());
    writer.commit();
  }

  private static Document fileRecord(String file, CorpusFile f, int duplicates) {
    Document doc = new Document();
    doc.add(new StringField(PassageIndex.TYPE, PassageIndex.FILE_TYPE, Field.Store.NO));
    doc.add(new StringField(PassageIndex.FILE, file, Field.Store.YES));
    doc.add(new StoredField(PassageIndex.SIZE, f.size()));
    doc.add(new StoredField(PassageIndex.MODIFIED, f.modifiedMillis()));
    doc.add(new StoredField(PassageIndex.DUPLICATES, duplicates));
    return doc;
  }

  private Map<String, Indexed> indexedFiles() {
    Map<String, Indexed> files = new HashMap<>();
    for (Document doc : all(new Term(PassageIndex.TYPE, PassageIndex.FILE_TYPE), Set.of(PassageIndex.FILE, PassageIndex.SIZE, PassageIndex.MODIFIED, PassageIndex.DUPLICATES))) {
      files.put(doc.get(PassageIndex.FILE), new Indexed(
          doc.getField(PassageIndex.SIZE).numericValue().longValue(),
          doc.getField(PassageIndex.MODIFIED).numericValue().longValue(),
          doc.getField(PassageIndex.DUPLICATES).numericValue().intValue()));
    }
    return files;
  }

  /**
   * Fingerprint of every indexed article but those of {@code except} (files about to be dropped or
   * read again), to its file: how duplicates are recognised.
   */
  private Map<String, String> fingerprints(Set<String> except) {
    Map<String, String> out = new HashMap<>();
    List<BytesRef> files = new ArrayList<>();
    for (String f : except) files.add(new BytesRef(f));
    Query leads = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(PassageIndex.LEAD, "1")), BooleanClause.Occur.FILTER)
        .add(new TermInSetQuery(PassageIndex.FILE, files), BooleanClause.Occur.MUST_NOT)
        .build();
    for (Document doc : all(leads, Set.of(PassageIndex.FINGERPRINT))) out.put(doc.get(PassageIndex.FINGERPRINT), "");
    return out;
  }

  private List<Document> all(Term term, Set<String> fields) {
    return all(new TermQuery(term), fields);
  }

  private List<Document> all(Query query, Set<String> fields) {
    IndexSearcher searcher = index.acquire();
    try {
      int n = Math.max(1, searcher.count(query));
      TopDocs top = searcher.search(query, n);
      StoredFields stored = searcher.storedFields();
      List<Document> docs = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) docs.add(stored.document(sd.doc, new HashSet<>(fields)));
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private static String key(CorpusFile f) {
    return f.path().toAbsolutePath().normalize().toString();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

package dev.lede.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk: one document per {@link Passage}, plus one record per corpus file
 * that says what was indexed from it. Searchers come from a near-real-time manager, so changes
 * are visible after {@link #refresh()} without reopening.
 */
public final class PassageIndex implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);

  public static final String TYPE = "type";
  public static final String ID = "id";
  public static final String ARTICLE = "article";
  public static final String TITLE = "title";
  /** The analyzed title, searchable, not stored. */
  public static final String TITLE_TEXT = "title_text";
  /** Publication day as epoch day: a point for ranges, doc values for sorting and boosts. */
  public static final String DAY = "day";
  public static final String DATE = "date";
  public static final String URL = "url";
  public static final String PUBLISHER = "publisher";
  /** The passage text, analyzed and stored. */
  public static final String TEXT = "text";
  /**
   * The whole article, title and text, analyzed and not stored, on its lead passage only: what a
   * search for articles (rather than passages) matches.
   */
  public static final String ARTICLE_TEXT = "article_text";
  public static final String ORDINAL = "ordinal";
  /** Marks an article's first passage, so that articles can be counted. */
  public static final String LEAD = "lead";
  public static final String FINGERPRINT = "fingerprint";
  public static final String FILE = "file";
  /** The passage's meaning: the mean of its sentence vectors, searched by nearest neighbours (HNSW). */
  public static final String VECTOR = "vector";
  /** Each sentence's vector, one byte a dimension, in the order of {@link Sentences#ofPassage}. */
  static final String SENTENCE_VECTORS = "sentence_vectors";
  /** Commit data: the sentence model the index was built with, or "none". */
  static final String EMBEDDINGS = "embeddings";
  static final String NO_EMBEDDINGS = "none";
  static final String SIZE = "size";
  static final String MODIFIED = "modified";
  static final String DUPLICATES = "duplicates";
  static final String PASSAGE_TYPE = "passage";
  static final String FILE_TYPE = "file";
  static final String UPDATED = "updated";

  /**
   * BM25 everywhere, but whole articles are normalised for length far less (b 0.3, not 0.75): a
   * long article that covers the question's words is about the question, not merely long. On
   * news-dev, b 0.2–0.4 did alike (recall@5 86.4–87.3), 0.6 and 0.75 did worse (85.8, 85.1).
   */
  private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
    private final Similarity passages = new BM25Similarity();
    private final Similarity articles = new BM25Similarity(1.2f, 0.3f);

    @Override
    public Similarity get(String field) {
      return ARTICLE_TEXT.equals(field) ? articles : passages;
    }
  };

  /**
   * Commit data: what the index's documents hold. "2" added the whole article's text; an index
   * without it is read again from its files by the next indexing run.
   */
  static final String LAYOUT = "layout";
  static final String CURRENT_LAYOUT = "2";

  private final Directory directory;
  private final Analyzer analyzer = new NewsAnalyzer();
  private final IndexWriter writer;
  private final ReferenceManager<IndexSearcher> searchers;

  /** {@code null} when the index holds no sentence vectors. */
  private final SentenceEncoder encoder;

  private PassageIndex(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers, SentenceEncoder encoder) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.encoder = encoder;
  }

  public static PassageIndex open(Path folder) {
    return open(folder, null);
  }

  /**
   * Opens the index in {@code folder}; with an {@code encoder}, every passage indexed gets sentence
   * vectors. An index built with another model (or none) is refused: its vectors would not be
   * comparable with the questions'.
   */
  public static PassageIndex open(Path folder, SentenceEncoder encoder) {
    PassageIndex index = openFolder(folder, encoder);
    String built = index.builtWith();
    String wanted = encoder == null ? NO_EMBEDDINGS : SentenceEncoder.MODEL;
    if (!built.equals(wanted) && index.passageCount() > 0) {
      index.close();
      throw new IllegalStateException("The index in " + folder + " was built with sentence embeddings '" + built
          + "', but the settings ask for '" + wanted + "' (semantic.index). Index into an empty folder, "
          + "or delete " + folder + " and index again, or change semantic.index back.");
    }
    return index;
  }

  /** The sentence model the index's vectors come from, or "none". */
  String builtWith() {
    IndexSearcher searcher = acquire();
    try {
      String model = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(EMBEDDINGS);
      return model == null ? NO_EMBEDDINGS : model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** Whether the index's documents were written as this version writes them (an empty index always is). */
  boolean layoutCurrent() {
    IndexSearcher searcher = acquire();
    try {
      String layout = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(LAYOUT);
      return CURRENT_LAYOUT.equals(layout) || searcher.count(new TermQuery(new Term(TYPE, PASSAGE_TYPE))) == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** The model that embeds this index's passages, or {@code null} when it has no vectors. */
  public SentenceEncoder encoder() {
    return encoder;
  }

  String embeddings() {
    return encoder == null ? NO_EMBEDDINGS : SentenceEncoder.MODEL;
  }

  /**
   * Opens the index in {@code folder}, creating it when absent. When another process holds the
   * write lock the index is opened read-only, so that `ask` works beside a running `serve`.
   */
  private static PassageIndex openFolder(Path folder, SentenceEncoder encoder) {
    try {
      Files.createDirectories(folder);
      Directory directory = FSDirectory.open(folder);
      SearcherFactory factory = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(SIMILARITY);
          return searcher;
        }
      };
      try {
        IndexWriterConfig config = new IndexWriterConfig(new NewsAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        if (!DirectoryReader.indexExists(directory)) writer.commit();
        return new PassageIndex(directory, writer, new SearcherManager(writer, factory), encoder);
      } catch (LockObtainFailedException locked) {
        if (!DirectoryReader.indexExists(directory)) throw new IllegalStateException("index " + folder + " is locked by another process and has no commit yet");
        log.info("Index {} is in use by another Lede process; opening it read-only", folder);
        return new PassageIndex(directory, null, new SearcherManager(directory, factory), encoder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + folder + ": " + e.getMessage(), e);
    }
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public boolean writable() {
    return writer != null;
  }

  IndexWriter writer() {
    if (writer == null) throw new IllegalStateException("index is open read-only: another Lede process is writing it");
    return writer;
  }

  /** A searcher over the latest refreshed state; give it back with {@link #release}. */
  public IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes changes written so far visible to new searchers. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Changes whenever what searchers see changes: the key that keeps cached answers honest. */
  public long version() {
    IndexSearcher searcher = acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      release(searcher);
    }
  }

  /** Number of passages (not file records) that searchers currently see. */
  public int passageCount() {
    return count(PASSAGE_TYPE);
  }

  public int articleCount() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(LEAD, "1")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  private int count(String type) {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(TYPE, type)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** When the last indexing run committed, or {@code null} for a new index. */
  public Instant lastUpdate() {
    IndexSearcher searcher = acquire();
    try {
      Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
      String millis = data.get(UPDATED);
      return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /** Reads a stored passage document back. */
  public static Passage passage(Document doc) {
    String date = doc.get(DATE);
    return new Passage(
        doc.get(ARTICLE),
        doc.getField(ORDINAL).numericValue().intValue(),
        doc.get(TITLE),
        date == null ? null : LocalDate.parse(date),
        doc.get(URL),
        doc.get(PUBLISHER),
        doc.get(TEXT));
  }

  /** Sentence vectors of a stored passage, or {@code null} when the index has none. */
  public static float[][] sentenceVectors(Document doc) {
    org.apache.lucene.util.BytesRef bytes = doc.getBinaryValue(SENTENCE_VECTORS);
    if (bytes == null) return null;
    int n = bytes.length / SentenceEncoder.DIMENSION;
    float[][] out = new float[n][SentenceEncoder.DIMENSION];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < SentenceEncoder.DIMENSION; j++) out[i][j] = bytes.bytes[bytes.offset + i * SentenceEncoder.DIMENSION + j] / 127f;
    }
    return out;
  }

  /** Term frequencies without positions: articles are matched by their words, never by phrases. */
  private static final FieldType WHOLE_ARTICLE = new FieldType();
  static {
    WHOLE_ARTICLE.setTokenized(true);
    WHOLE_ARTICLE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WHOLE_ARTICLE.freeze();
  }

  /** A passage's document; the article's lead passage carries {@code wholeArticle}, its title and text, for article search. */
  static Document document(Passage p, String file, String fingerprint, List<float[]> sentenceVectors, String wholeArticle) {
    Document doc = document(p, file, fingerprint);
    if (p.ordinal() == 0) doc.add(new Field(ARTICLE_TEXT, wholeArticle, WHOLE_ARTICLE));
    if (sentenceVectors == null || sentenceVectors.isEmpty()) return doc;
    float[] mean = new float[SentenceEncoder.DIMENSION];
    byte[] bytes = new byte[sentenceVectors.size() * SentenceEncoder.DIMENSION];
    for (int i = 0; i < sentenceVectors.size(); i++) {
      float[] v = sentenceVectors.get(i);
      for (int j = 0; j < v.length; j++) {
        mean[j] += v[j];
        bytes[i * SentenceEncoder.DIMENSION + j] = (byte) Math.max(-127, Math.min(127, Math.round(v[j] * 127)));
      }
    }
    doc.add(new KnnFloatVectorField(VECTOR, SentenceEncoder.unit(mean), VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new StoredField(SENTENCE_VECTORS, bytes));
    return doc;
  }

  static Document document(Passage p, String file, String fingerprint) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, PASSAGE_TYPE, Field.Store.NO));
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    doc.add(new StringField(ARTICLE, p.articleId(), Field.Store.YES));
    doc.add(new StringField(FILE, file, Field.Store.NO));
    doc.add(new StoredField(ORDINAL, p.ordinal()));
    doc.add(new StoredField(TITLE, p.title()));
    doc.add(new TextField(TITLE_TEXT, p.title(), Field.Store.NO));
    if (p.date() != null) {
      doc.add(new StoredField(DATE, p.date().toString()));
      doc.add(new LongPoint(DAY, p.date().toEpochDay()));
      doc.add(new NumericDocValuesField(DAY, p.date().toEpochDay()));
    }
    if (p.url() != null) doc.add(new StoredField(URL, p.url()));
    if (p.publisher() != null) doc.add(new StoredField(PUBLISHER, p.publisher()));
    doc.add(new TextField(TEXT, p.text(), Field.Store.YES));
    if (p.ordinal() == 0) {
      doc.add(new StringField(LEAD, "1", Field.Store.NO));
      doc.add(new StringField(FINGERPRINT, fingerprint, Field.Store.YES));
    }
    return doc;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close index: " + e.getMessage(), e);
    }
  }
}

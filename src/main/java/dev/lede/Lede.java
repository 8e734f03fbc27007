package dev.lede;

import dev.lede.answer.AnswerCache;
import dev.lede.answer.Answerer;
import dev.lede.answer.Answering;
import dev.lede.answer.Question;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import dev.lede.chat.FollowDesk;
import dev.lede.follow.SqliteFollowStore;
import dev.lede.config.LedeConfig;
import dev.lede.config.Semantic;
import dev.lede.index.SentenceEncoder;
import dev.lede.read.Ranker;
import dev.lede.read.SpanModel;
import dev.lede.read.Reader;
import dev.lede.index.IndexRun;
import dev.lede.index.Indexer;
import dev.lede.index.NewArticles;
import dev.lede.index.Passage;
import dev.lede.index.PassageIndex;
import dev.lede.index.Passages;
import dev.lede.index.Progress;
import dev.lede.retrieve.Archive;
import dev.lede.retrieve.LuceneArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lede assembled: the index, the answering pipeline with its cache, and the archive, ready for
 * any front end. Open one per process and share it.
 */
public final class Lede implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Lede.class);
  static final String SAMPLE = "000_648697d5470bbd2d.txt";

  private final LedeConfig config;
  private final PassageIndex index;
  private final Indexer indexer;
  private final Answerer answerer;
  private final AnswerCache cache;
  private final Archive archive;
  private final List<NewArticles> listeners = new CopyOnWriteArrayList<>();
  private FollowDesk follows;

  private Lede(LedeConfig config, PassageIndex index) {
    this.config = config;
    this.index = index;
    this.indexer = new Indexer(index, new Passages(config.passageWords(), config.passageMaxWords()));
    this.answerer = new Answerer(index, config.passages(), config.declineBelow(), reader(index, config.semantic()));
    this.cache = new AnswerCache(answerer, index::version, config.cacheSize(), config.cacheAge());
    this.archive = new LuceneArchive(index);
  }

  private static Reader reader(PassageIndex index, Semantic semantic) {
    return reader(index, semantic, java.util.Set.of());
  }

  /**
   * The reader the settings ask for, with the {@code without} features switched off (for
   * ablation): those of the sentence ranker and those of the span model, told apart by name.
   */
  public static Reader reader(PassageIndex index, Semantic semantic, java.util.Collection<String> without) {
    List<String> sentence = without.stream().filter(Ranker.FEATURES::contains).toList();
    List<String> spans = without.stream().filter(f -> !Ranker.FEATURES.contains(f)).toList();
    SpanModel spanModel = SpanModel.standard().without(spans);
    if (!semantic.enabled()) return new Reader(index.analyzer(), Ranker.standard().without(sentence)).withSpans(spanModel);
    return new Reader(index.analyzer(), Ranker.withMeaning().without(sentence), SentenceEncoder.shared(), semantic.sentences())
        .withSpans(spanModel);
  }

  /**
   * Opens the index in the configured folder. An empty index is filled first: from the
   * configured corpus, or, when none is configured, from the bundled sample article.
   */
  public static Lede open(LedeConfig config) {
    Lede lede = openIndex(config);
    if (lede.index.writable() && lede.index.articleCount() == 0) {
      List<Path> corpus = config.corpus().isEmpty() ? List.of(lede.sample()) : config.corpus();
      IndexRun run = lede.index(corpus, Progress.NONE);
      log.info("Indexed {}: {}", config.corpus().isEmpty() ? "the bundled sample" : "the corpus", run.summary());
    }
    return lede;
  }

  /** Opens the index as it is, filling nothing: for commands that index a corpus of their own. */
  public static Lede openIndex(LedeConfig config) {
    return new Lede(config, PassageIndex.open(config.indexDir(), config.semantic().index() ? SentenceEncoder.shared() : null));
  }

  /**
   * Brings the index in line with the corpus under {@code corpus}; see {@link Indexer}. One run
   * at a time: a second caller waits for the first to finish.
   */
  public synchronized IndexRun index(List<Path> corpus, Progress progress) {
    return indexer.update(corpus, progress, this::tell);
  }

  /** Tells {@code listener} of the articles that later index runs add; see {@link NewArticles}. */
  public void onNewArticles(NewArticles listener) {
    listeners.add(listener);
  }

  private void tell(List<Passage> leads) {
    for (NewArticles listener : listeners) {
      try {
        listener.indexed(leads);
      } catch (RuntimeException e) {
        // One failing listener never keeps the others from hearing.
        log.warn("A listener for new articles failed on {} articles: {}", leads.size(), e.toString());
      }
    }
  }

  public IndexRun index(List<Path> corpus) {
    return index(corpus, Progress.NONE);
  }

  /** Answers through the cache. */
  public Answering answering() {
    return cache;
  }

  public AnswerCache cache() {
    return cache;
  }

  /**
   * Asks one question past the cache on a background thread, so that the models read on first use
   * (WordNet, about two seconds; the part-of-speech tagger) are loaded before a reader's first
   * question instead of during it.
   */
  public Thread warmUp() {
    return Thread.ofPlatform().daemon().name("lede-warm-up").start(() -> {
      long start = System.nanoTime();
      try {
        answerer.ask(new Question(WARM_UP, java.time.LocalDate.now()));
        log.info("Warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
      } catch (RuntimeException e) {
        log.warn("Warming up failed; the first question will load what it needs: {}", e.toString());
      }
    });
  }

  /** Names a kind ("which city") and has lower-case words, so that every model is used. */
  static final String WARM_UP = "Which city council voted for the new budget this week?";

  /** Answers without the cache, with traces for evaluation. */
  public Answerer answerer() {
    return answerer;
  }

  public Archive archive() {
    return archive;
  }

  public PassageIndex passages() {
    return index;
  }

  public LedeConfig config() {
    return config;
  }

  /** A conversation for one front end, with that front end's limits, over the shared core. */
  public Chat chat(ChatPolicy policy) {
    return new Chat(cache, archive, policy);
  }

  /**
   * The followed topics, kept in {@code follows.db} in the data folder: opened on first use (so
   * that {@code ask} and {@code index} never touch it), closed with Lede. Give it the newly
   * indexed articles with {@code onNewArticles(follows()::onNewArticles)}.
   */
  public synchronized FollowDesk follows() {
    if (follows == null) follows = new FollowDesk(SqliteFollowStore.inDataDir(config.dataDir()));
    return follows;
  }

  /** A conversation for a chat platform, which also takes /follow, /following and /unfollow. */
  public Chat followingChat(ChatPolicy policy) {
    return new Chat(cache, archive, policy, Clock.systemDefaultZone(), follows());
  }

  /** The bundled sample article, copied out of the jar into the data folder. */
  private Path sample() {
    Path folder = config.dataDir().resolve("sample");
    Path file = folder.resolve(SAMPLE);
    try (InputStream in = Lede.class.getResourceAsStream("/sample/" + SAMPLE)) {
      if (in == null) throw new IllegalStateException("the bundled sample /sample/" + SAMPLE + " is missing from the jar");
      Files.createDirectories(folder);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sample corpus to " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Waits for an index run in progress, so that what it indexed is committed. */
  @Override
  public synchronized void close() {
    if (follows != null) follows.close();
    index.close();
  }
}

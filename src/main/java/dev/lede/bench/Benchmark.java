package dev.lede.bench;

import dev.lede.Lede;
import dev.lede.answer.Answer;
import dev.lede.answer.Answering;
import dev.lede.answer.Question;
import dev.lede.eval.Latencies;
import dev.lede.eval.Progress;
import dev.lede.index.IndexRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * One benchmark run on one index, in phases: index the corpus; warm up; time bare Lucene on
 * every question; time the pipeline, cache off, on the same questions; time cache hits. Heap
 * peaks are taken per phase.
 */
public final class Benchmark {
  private static final int CACHE_HITS = 200;

  private final Lede lede;
  private final IntFunction<Progress> answeringProgress;

  /** @param answeringProgress makes a progress display for a pass over n questions, or returns null */
  public Benchmark(Lede lede, IntFunction<Progress> answeringProgress) {
    this.lede = lede;
    this.answeringProgress = answeringProgress;
  }

  /**
   * @param corpusName how the report names the corpus
   * @param generatedSeconds time it took to make the corpus, or {@code null}
   * @param questions warm-up questions first, then the timed ones
   */
  public BenchReport run(String corpusName, Double generatedSeconds, List<Path> corpus, dev.lede.index.Progress indexing,
      List<String> questions, int warmup) {
    if (warmup >= questions.size()) {
      throw new IllegalArgumentException("need more questions than the " + warmup + " for warm-up, have " + questions.size());
    }
    PeakHeap.reset();
    IndexRun run = lede.index(corpus, indexing);
    long peakIndexing = PeakHeap.peakBytes();
    long live = PeakHeap.liveBytes();

    LocalDate today = LocalDate.now();
    BareLucene lucene = new BareLucene(lede.passages());
    for (String q : questions.subList(0, warmup)) lede.answerer().ask(new Question(q, today));
    List<String> timed = questions.subList(warmup, questions.size());
    // Bare Lucene is so quick that the warm-up questions alone leave its code half compiled.
    for (String q : timed) lucene.search(q);
    Latencies luceneTimes = time(timed, lucene::search);
    PeakHeap.reset();
    Latencies ledeTimes = time(timed, q -> lede.answerer().ask(new Question(q, today)));
    long peakAnswering = PeakHeap.peakBytes();
    Latencies hits = cacheHits(lede.answering(), timed.subList(0, Math.min(CACHE_HITS, timed.size())), today);

    BenchReport.Heap heap = new BenchReport.Heap(Runtime.getRuntime().maxMemory(), peakIndexing, live, peakAnswering);
    return new BenchReport(corpusName, generatedSeconds, run.articles(), run.passages(), run.duplicates(), run.skipped(),
        run.seconds(),
        size(lede.config().indexDir()), timed.size(), warmup, ledeTimes.percentiles(), luceneTimes.percentiles(),
        hits.percentiles(), heap);
  }

  private Latencies time(List<String> questions, Consumer<String> ask) {
    Progress progress = answeringProgress.apply(questions.size());
    Latencies latencies = new Latencies();
    for (String q : questions) {
      long start = System.nanoTime();
      ask.accept(q);
      latencies.add(System.nanoTime() - start);
      if (progress != null) progress.advance();
    }
    if (progress != null) progress.finish();
    return latencies;
  }

  /** Each question asked twice through the cache; the second, a hit, is timed. */
  private static Latencies cacheHits(Answering cache, List<String> questions, LocalDate today) {
    Latencies latencies = new Latencies();
    for (String q : questions) {
      Question question = new Question(q, today);
      cache.ask(question);
      long start = System.nanoTime();
      Answer again = cache.ask(question);
      long took = System.nanoTime() - start;
      if (again.cached()) latencies.add(took);
    }
    return latencies;
  }

  /** Questions made from sentences of the corpus, the same for the same seed. */
  public static List<String> sample(List<Path> corpus, int count, long seed) {
    return SampledQuestions.fromCorpus(corpus, count, seed);
  }

  static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a segment merged away while we looked
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure index " + folder + ": " + e.getMessage(), e);
    }
  }
}

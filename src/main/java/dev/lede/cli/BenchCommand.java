package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.bench.BenchReport;
import dev.lede.bench.Benchmark;
import dev.lede.bench.SyntheticCorpus;
import dev.lede.config.LedeConfig;
import dev.lede.eval.EvalQuestion;
import dev.lede.eval.Progress;
import dev.lede.eval.QuestionFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure indexing throughput, question latency against bare Lucene on the same index, "
        + "cache-hit latency and peak heap, over a corpus or a synthetic one of N articles.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: config/lede.yaml when present).")
  Path settings;

  @Parameters(paramLabel = "CORPUS", arity = "0..*", description = "Files or folders of articles (.txt, .md, .jsonl, .jsonl.gz).")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--corpus", paramLabel = "PATH", arity = "1..*", description = "The same, as an option.")
  List<Path> corpusOption = List.of();

  @Option(names = "--synthetic", paramLabel = "N", description = "Generate N made-up news articles instead (about 4.3 passages each: 232,000 make a million passages).")
  Long synthetic;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic corpus and of the question sample (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--questions", paramLabel = "N", description = "Questions to time (default: ${DEFAULT-VALUE}).")
  int questions = 500;

  @Option(names = "--warmup", paramLabel = "N", description = "Untimed questions first (default: ${DEFAULT-VALUE}).")
  int warmup = 50;

  @Option(names = "--question-file", paramLabel = "FILE", description = "Ask the questions of this question JSONL instead of ones made from the corpus.")
  Path questionFile;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the temporary index and synthetic corpus go (default: the system's temporary folder).")
  Path work;

  @Option(names = "--keep", description = "Keep the index and the synthetic corpus afterwards.")
  boolean keep;

  @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
  boolean json;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Keep the index in DIR and reuse it while the corpus is unchanged (then indexing costs nothing and only "
          + "the questions are timed); use a folder of its own. Default: a fresh temporary index.")
  Path index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    corpus = new ArrayList<>(corpus);
    corpus.addAll(corpusOption);
    check();
    PrintWriter err = spec.commandLine().getErr();
    if (work != null) Files.createDirectories(work);
    Path folder = work == null ? Files.createTempDirectory("lede-bench-") : Files.createTempDirectory(work, "lede-bench-");
    try {
      List<Path> paths = corpus.stream().map(Path::toAbsolutePath).toList();
      String name = String.join(", ", corpus.stream().map(p -> p.getFileName().toString()).toList());
      Double generated = null;
      List<String> asked = null;
      if (synthetic != null) {
        Path file = folder.resolve("synthetic-" + synthetic + "-seed" + seed + ".jsonl");
        err.printf(Locale.ROOT, "Generating %,d synthetic articles (seed %d) in %s%n", synthetic, seed, file);
        long start = System.nanoTime();
        SyntheticCorpus.Summary made = new SyntheticCorpus(seed).write(synthetic, file, questions + warmup);
        generated = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "Generated %,d articles, %,d paragraphs, %,d words in %.1f s%n",
            made.articles(), made.paragraphs(), made.words(), generated);
        paths = List.of(file);
        name = String.format(Locale.ROOT, "synthetic, %,d articles, seed %d", synthetic, seed);
        asked = made.questions();
      }
      if (questionFile != null) {
        asked = questionsOf(questionFile);
      } else if (asked == null) {
        asked = Benchmark.sample(paths, questions + warmup, seed);
      }
      if (asked.size() <= warmup) {
        err.printf(Locale.ROOT, "Only %,d questions to ask, but %,d are needed for warm-up alone%n", asked.size(), warmup);
        return 1;
      }
      asked = asked.subList(0, Math.min(asked.size(), questions + warmup));
      LedeConfig config = config(folder);
      try (Lede lede = Lede.openIndex(config); ProgressLine indexing = new ProgressLine(System.err)) {
        Benchmark benchmark = new Benchmark(lede, n -> Progress.onStderr("timed", "questions", n));
        BenchReport report = benchmark.run(name, generated, paths, indexing, asked, warmup);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.json() + "\n" : report.table());
        out.flush();
      }
      if (keep) err.println("Kept the index and corpus in " + folder);
      return 0;
    } finally {
      if (!keep) WorkFolders.delete(folder);
    }
  }

  private void check() {
    if (synthetic == null && corpus.isEmpty()) throw usage("Give a corpus (files or folders), or --synthetic N.");
    if (synthetic != null && !corpus.isEmpty()) throw usage("Give a corpus or --synthetic N, not both.");
    if (synthetic != null && synthetic < 1) throw usage("--synthetic must be at least 1 article, was " + synthetic);
    for (Path p : corpus) if (!Files.exists(p)) throw usage("Corpus path not found: " + p);
    if (questionFile != null && !Files.isRegularFile(questionFile)) throw usage("Not a file: " + questionFile);
    if (questions < 1) throw usage("--questions must be at least 1, was " + questions);
    if (warmup < 0) throw usage("--warmup must not be negative, was " + warmup);
    if (settings != null && !Files.isRegularFile(settings)) throw usage("Not a file: " + settings);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private List<String> questionsOf(Path file) throws IOException {
    QuestionFile read = QuestionFile.read(file);
    read.problems().stream().limit(10).forEach(spec.commandLine().getErr()::println);
    List<String> texts = new ArrayList<>();
    for (EvalQuestion q : read.questions()) texts.add(q.text());
    return texts;
  }

  /** Settings from the config file, with a fresh index in the work folder and never the bundled sample. */
  private LedeConfig config(Path folder) throws IOException {
    CoreOptions core = new CoreOptions();
    core.config = settings;
    return core.resolve(List.of()).withDataDir(folder).withIndexDir(index != null ? index.toAbsolutePath() : folder.resolve("index"));
  }

}

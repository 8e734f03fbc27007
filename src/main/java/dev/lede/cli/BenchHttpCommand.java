package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.answer.AnswerCache;
import dev.lede.bench.Benchmark;
import dev.lede.bench.HttpLoad;
import dev.lede.chat.Health;
import dev.lede.config.HttpConfig;
import dev.lede.config.LedeConfig;
import dev.lede.http.HttpFrontEnd;
import dev.lede.http.Metrics;
import dev.lede.index.IndexRun;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench-http", mixinStandardHelpOptions = true,
    description = {"Measure sustained questions per second through /api/ask on 127.0.0.1, with p50/p90/p99 latency,",
        "once with the answer cache off and once on, over a corpus (indexed into --data first when needed)."})
final class BenchHttpCommand implements Callable<Integer> {
  @Mixin CoreOptions core;

  @Option(names = "--corpus", paramLabel = "PATH", required = true, description = "Files or folders of articles to index and ask about.")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--seconds", paramLabel = "S", description = "Length of each measured run (default: ${DEFAULT-VALUE}).")
  int seconds = 30;

  @Option(names = "--warmup", paramLabel = "S", description = "Unmeasured seconds before each run (default: ${DEFAULT-VALUE}).")
  int warmup = 5;

  @Option(names = "--clients", paramLabel = "N", description = "Clients asking back to back (default: ${DEFAULT-VALUE}).")
  int clients = 8;

  @Option(names = "--max-requests", paramLabel = "N", description = "Never more requests than this in one run (default: ${DEFAULT-VALUE}).")
  int maxRequests = 500_000;

  @Option(names = "--questions", paramLabel = "N", description = "Questions made from the corpus's sentences (default: ${DEFAULT-VALUE}).")
  int questions = 20_000;

  @Option(names = "--repeat-share", paramLabel = "R", description = "Share of requests asking one of the 100 hot questions (default: ${DEFAULT-VALUE}).")
  double repeatShare = 0.5;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the question sample and order (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    check();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = corpus.stream().map(Path::toAbsolutePath).toList();
    LedeConfig config = core.resolve(paths);
    err.printf(Locale.ROOT, "Sampling %,d questions from %s%n", questions, paths);
    List<String> asked = Benchmark.sample(paths, questions, seed);
    int hot = Math.min(100, asked.size() / 10);
    List<HttpLoad.Result> results = new ArrayList<>();
    for (boolean cached : new boolean[] {false, true}) {
      LedeConfig c = cached ? config : config.withCacheSize(0);
      try (Lede lede = Lede.open(c)) {
        IndexRun run = lede.index(paths);
        if (!run.idle()) err.println("Indexed " + run.summary());
        HttpFrontEnd http = new HttpFrontEnd(new HttpConfig(true, "127.0.0.1", 0, 0, 1_000), lede, new Health(), new Metrics());
        http.start();
        try {
          HttpLoad load = new HttpLoad(URI.create("http://127.0.0.1:" + http.port()), asked, hot, cached ? repeatShare : 0, seed);
          String name = cached ? "cache on" : "cache off";
          err.printf(Locale.ROOT, "%s: %d s warm-up, then %d s with %d clients over %,d articles%n",
              name, warmup, seconds, clients, lede.passages().articleCount());
          // Warm-up asks from far along the sequence, so that measured requests are not cached by it.
          if (warmup > 0) load.run("warm-up", clients, Duration.ofSeconds(warmup), maxRequests, 1L << 40);
          lede.cache().invalidateAll();
          AnswerCache.Figures before = lede.cache().figures();
          HttpLoad.Result r = load.run(name, clients, Duration.ofSeconds(seconds), maxRequests, 0);
          AnswerCache.Figures after = lede.cache().figures();
          long hits = after.hits() - before.hits();
          long lookups = hits + after.misses() - before.misses();
          results.add(r);
          err.println(r.line() + (cached ? String.format(Locale.ROOT, "  cache hits %.0f%%", lookups == 0 ? 0 : 100.0 * hits / lookups) : ""));
        } finally {
          http.close();
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "/api/ask on 127.0.0.1, %d cores, %d clients, %,d sampled questions (%.0f%% of cache-on requests repeat %d hot ones)%n",
        Runtime.getRuntime().availableProcessors(), clients, asked.size(), repeatShare * 100, hot);
    for (HttpLoad.Result r : results) out.println(r.line());
    out.flush();
    return results.stream().anyMatch(r -> r.failures() > 0) ? 1 : 0;
  }

  private void check() {
    for (Path p : corpus) if (!Files.exists(p)) throw usage("Corpus path not found: " + p);
    if (seconds < 1) throw usage("--seconds must be at least 1, was " + seconds);
    if (warmup < 0) throw usage("--warmup must not be negative, was " + warmup);
    if (clients < 1 || clients > 256) throw usage("--clients must be between 1 and 256, was " + clients);
    if (maxRequests < 1) throw usage("--max-requests must be at least 1, was " + maxRequests);
    if (questions < 20) throw usage("--questions must be at least 20, was " + questions);
    if (repeatShare < 0 || repeatShare > 1) throw usage("--repeat-share must be between 0 and 1, was " + repeatShare);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

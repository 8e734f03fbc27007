package dev.lede.cli;

import dev.lede.answer.Answerer;
import dev.lede.config.Semantic;
import dev.lede.index.PassageIndex;
import dev.lede.read.Ranker;
import dev.lede.read.SpanModel;
import dev.lede.Lede;
import dev.lede.config.LedeConfig;
import dev.lede.eval.ErrorLog;
import dev.lede.eval.EvalSet;
import dev.lede.eval.Evaluation;
import dev.lede.eval.Progress;
import dev.lede.eval.Report;
import dev.lede.eval.ReportFormat;
import dev.lede.index.IndexRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure answer quality and speed on an evaluation set: a SQuAD file as open-domain QA, "
        + "or news articles with question JSONL. The index goes to a temporary folder unless --index is given.")
final class EvalCommand implements Callable<Integer> {
  private static final int PROBLEMS_SHOWN = 10;

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: config/lede.yaml when present).")
  Path settings;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Keep the set's index in DIR and reuse it while the set is unchanged (default: a temporary folder). "
          + "Use a folder of its own: indexing the set removes any other articles from it.")
  Path index;

  @Option(names = "--squad", paramLabel = "FILE", description = "A SQuAD v1.1 or v2.0 JSON file.")
  Path squad;

  @Option(names = "--corpus", paramLabel = "ARTICLES", description = "Articles as JSONL (.jsonl or .jsonl.gz), with --questions.")
  Path corpus;

  @Option(names = "--questions", paramLabel = "FILE", description = "Question JSONL: id, question, asked_on, answers, answer_doc_ids, abstain.")
  Path questions;

  @Option(names = "--json", description = "Print the metrics as one JSON object on stdout.")
  boolean json;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write each failed question with Lede's answer as JSONL.")
  Path errors;

  @Option(names = "--limit", paramLabel = "N", description = "Ask only the first N questions.")
  Integer limit;

  @Option(names = "--warmup", paramLabel = "N", description = "Questions left out of latency (default: 5%%, at most 50).")
  Integer warmup;

  @Option(names = "--semantic", negatable = true,
      description = "Compare sentences with the question by meaning too, or not (--no-semantic); default: as the settings say.")
  Boolean semantic;

  @Option(names = "--semantic-index", negatable = true,
      description = "Embed every sentence at indexing, for retrieval by meaning (slow to index); default: as the settings say.")
  Boolean semanticIndex;

  @Option(names = "--meaning-sentences", paramLabel = "N", description = "Best sentences by words compared by meaning (default: as the settings say).")
  Integer meaningSentences;

  @Option(names = "--without", paramLabel = "FEATURE", split = ",",
      description = "Switch features of the sentence ranker or of the span model off (weight 0), for ablation: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Features.class)
  List<String> without = List.of();

  static final class Features extends java.util.ArrayList<String> {
    Features() {
      super(Ranker.FEATURES);
      addAll(SpanModel.FEATURES);
    }
  }

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    check();
    PrintWriter err = spec.commandLine().getErr();
    Path work = Files.createTempDirectory("lede-eval-");
    try {
      EvalSet set = load(work);
      if (limit != null) set = set.first(limit);
      for (String problem : set.problems().subList(0, Math.min(PROBLEMS_SHOWN, set.problems().size()))) err.println(problem);
      if (set.problems().size() > PROBLEMS_SHOWN) err.printf("... and %,d more skipped%n", set.problems().size() - PROBLEMS_SHOWN);
      if (set.questions().isEmpty()) {
        err.println("No questions to ask in " + set.name());
        return 1;
      }
      LedeConfig config = config(work);
      long started = System.nanoTime();
      try (Lede lede = Lede.openIndex(config); ProgressLine indexing = new ProgressLine(System.err);
          ErrorLog log = errors == null ? null : new ErrorLog(errors)) {
        IndexRun run = lede.index(set.corpus(), indexing);
        indexing.close();
        err.println((run.idle() ? "Index is up to date: " : "Indexed ") + run.summary());
        int n = set.questions().size();
        Answerer answerer = without.isEmpty() ? lede.answerer() : ablated(lede, config);
        Evaluation evaluation = new Evaluation(answerer::trace,
            warmup != null ? warmup : Evaluation.defaultWarmup(n), log, Progress.onStderr("answered", "questions", n));
        Report report = evaluation.run(set.questions());
        if (log != null) err.printf(Locale.ROOT, "Wrote %,d failed questions to %s%n", log.written(), errors);
        String index = String.format(Locale.ROOT, "index: %,d articles, %,d passages%s",
            lede.passages().articleCount(), lede.passages().passageCount(),
            run.idle() ? " (kept from an earlier run)" : String.format(Locale.ROOT, " in %.1f s", run.seconds()));
        print(set, index, report, (System.nanoTime() - started) / 1e9);
      }
      return 0;
    } finally {
      WorkFolders.delete(work);
    }
  }

  private void check() {
    boolean news = corpus != null || questions != null;
    if (squad == null && !news) throw usage("Give --squad FILE, or --corpus ARTICLES with --questions FILE.");
    if (squad != null && news) throw usage("--squad cannot be combined with --corpus or --questions: run one set at a time.");
    if (news && (corpus == null || questions == null)) throw usage("--corpus and --questions go together: give both.");
    for (Path p : squad != null ? List.of(squad) : List.of(corpus, questions)) {
      if (!Files.isRegularFile(p)) throw usage("Not a file: " + p);
    }
    if (limit != null && limit < 1) throw usage("--limit must be at least 1, was " + limit);
    if (warmup != null && warmup < 0) throw usage("--warmup must not be negative, was " + warmup);
    if (settings != null && !Files.isRegularFile(settings)) throw usage("Not a file: " + settings);
    for (String f : without) if (!new Features().contains(f)) throw usage("--without: no feature " + f + "; features: " + String.join(", ", new Features()));
    if (meaningSentences != null && meaningSentences < 1) throw usage("--meaning-sentences must be at least 1, was " + meaningSentences);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private EvalSet load(Path work) throws IOException {
    if (squad == null) return EvalSet.news(corpus, questions);
    // Beside a kept index, so that the next run finds the paragraphs unchanged and reuses it.
    Path articles = index == null ? work.resolve("squad")
        : index.toAbsolutePath().resolveSibling(index.getFileName() + "-squad");
    return EvalSet.squad(squad, articles, LocalDate.now());
  }

  /** The settings, with a temporary index unless --index names one, and never the bundled sample. */
  private LedeConfig config(Path work) throws IOException {
    CoreOptions core = new CoreOptions();
    core.config = settings;
    LedeConfig config = core.resolve(List.of()).withDataDir(work);
    config = config.withIndexDir(index == null ? work.resolve("index") : index.toAbsolutePath());
    Semantic s = config.semantic();
    boolean on = semantic != null ? semantic : s.enabled();
    boolean embedIndex = semanticIndex != null ? semanticIndex : s.index();
    return config.withSemantic(new Semantic(on || embedIndex, meaningSentences != null ? meaningSentences : s.sentences(), embedIndex));
  }

  /** The configured answerer with some ranker features switched off. */
  private Answerer ablated(Lede lede, LedeConfig config) {
    PassageIndex passages = lede.passages();
    return new Answerer(passages, config.passages(), config.declineBelow(), Lede.reader(passages, config.semantic(), without));
  }

  private void print(EvalSet set, String index, Report report, double seconds) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ReportFormat.json(report));
    } else {
      out.printf(Locale.ROOT, "%s; %,d questions%n", set.name(), report.questions());
      out.printf(Locale.ROOT, "%s; whole run %.1f s%n%n", index, seconds);
      out.print(ReportFormat.table(report));
    }
    out.flush();
  }

}

package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.config.LedeConfig;
import dev.lede.index.IndexRun;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", description = "Index articles; unchanged files are skipped, removed files dropped.", mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {
  @Mixin CoreOptions core;

  @Option(names = "--corpus", paramLabel = "PATH", arity = "1..*",
      description = "Files or folders of articles (.txt, .md, .jsonl, .jsonl.gz); default: corpus in config/lede.yaml.")
  List<Path> corpus = List.of();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LedeConfig config = core.resolve(corpus);
    if (config.corpus().isEmpty()) {
      spec.commandLine().getErr().println("No corpus given: name it with --corpus PATH... or set corpus in config/lede.yaml.");
      return 2;
    }
    for (Path p : config.corpus()) {
      if (!java.nio.file.Files.exists(p)) {
        spec.commandLine().getErr().println("Corpus path not found: " + p);
        return 2;
      }
    }
    try (Lede lede = Lede.openIndex(config); ProgressLine progress = new ProgressLine(System.err)) {
      IndexRun run = lede.index(config.corpus(), progress);
      progress.close();
      spec.commandLine().getErr().println(run.idle() ? "Index is up to date: " + run.summary() : "Indexed " + run.summary());
      return 0;
    }
  }
}

package dev.lede.cli;

import dev.lede.config.ConfigFile;
import dev.lede.config.LedeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that opens the core shares; they override {@code config/lede.yaml}. */
public final class CoreOptions {
  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: config/lede.yaml when present).")
  Path config;

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ./data).")
  Path dataDir;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: <data>/index).")
  Path indexDir;

  @Option(names = "--no-cache", description = "Answer every question afresh.")
  boolean noCache;

  /** The settings: defaults, then the settings file, then these options. */
  public LedeConfig resolve(List<Path> corpus) {
    Path cwd = Path.of("").toAbsolutePath();
    Path file = config != null ? config : cwd.resolve("config/lede.yaml");
    LedeConfig c = config != null || Files.isRegularFile(file) ? ConfigFile.load(file, cwd) : LedeConfig.defaults(cwd.resolve("data"));
    if (dataDir != null) c = c.withDataDir(dataDir.toAbsolutePath());
    if (indexDir != null) c = c.withIndexDir(indexDir.toAbsolutePath());
    if (corpus != null && !corpus.isEmpty()) c = c.withCorpus(corpus.stream().map(Path::toAbsolutePath).toList());
    if (noCache) c = c.withCacheSize(0);
    return c;
  }
}

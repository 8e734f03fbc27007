package dev.lede.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the corpus, as found by {@link CorpusFiles#list}.
 *
 * @param path the file, as reached from its root
 * @param root the folder the file was found under (for a file given directly, its parent folder)
 * @param size in bytes, when listed
 * @param modifiedMillis last modification time, when listed: with {@code size}, tells whether to re-read it
 */
public record CorpusFile(Path path, Path root, long size, long modifiedMillis) {

  public CorpusFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(root, "root");
  }

  /** The path below the root with '/' separators, e.g. {@code "2025/feb/a.txt"}. */
  public String relativeName() {
    Path relative = path.isAbsolute() == root.isAbsolute() ? root.relativize(path) : path.getFileName();
    StringBuilder name = new StringBuilder();
    for (Path part : relative) {
      if (!name.isEmpty()) name.append('/');
      name.append(part);
    }
    return name.toString();
  }

  /** The id of a text file's article: {@link #relativeName()} without its ending, e.g. {@code "2025/feb/a"}. */
  public String articleId() {
    String name = relativeName();
    return Format.of(path).map(f -> name.substring(0, name.length() - f.ending.length())).orElse(name);
  }
}

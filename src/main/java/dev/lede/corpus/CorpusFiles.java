package dev.lede.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the corpus files under the configured roots: each root a file or a folder, folders walked
 * recursively in name order, following links but never the same folder twice (so link loops end).
 * Hidden entries (names starting with '.') and files of other kinds are passed over.
 */
public final class CorpusFiles {

  private static final Logger log = LoggerFactory.getLogger(CorpusFiles.class);

  private CorpusFiles() {}

  /** The corpus files in a stable order; a root or folder that cannot be used is reported to {@code skips}. */
  public static List<CorpusFile> list(List<Path> roots, Skips skips) {
    var walk = new Walk(skips);
    for (Path root : roots) walk.root(root);
    return List.copyOf(walk.found);
  }

  private static final class Walk {
    final Skips skips;
    final List<CorpusFile> found = new ArrayList<>();
    final Set<Path> seenFolders = new HashSet<>();
    final Set<Path> seenFiles = new HashSet<>();

    Walk(Skips skips) {
      this.skips = skips;
    }

    void root(Path root) {
      if (Files.isDirectory(root)) {
        folder(root, root);
      } else if (Files.isRegularFile(root)) {
        if (Format.of(root).isEmpty()) {
          skips.skipFile(root, "not a corpus file: the name must end in " + Format.ENDINGS);
          return;
        }
        Path parent = root.getParent();
        file(root, parent != null ? parent : Path.of(""));
      } else if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        skips.skipFile(root, Files.isSymbolicLink(root) ? "broken link" : "neither a file nor a folder");
      } else {
        skips.skipFile(root, "corpus path does not exist");
      }
    }

    private void folder(Path folder, Path root) {
      Optional<Path> real = realPath(folder);
      if (real.isEmpty()) return;
      if (!seenFolders.add(real.get())) {
        log.debug("{}: already listed (a link loop or a folder given twice), passed over", folder);
        return;
      }
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
        stream.forEach(entries::add);
      } catch (IOException | RuntimeException e) {
        skips.skipFile(folder, "cannot list folder (" + e + ")");
        return;
      }
      entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(".")) {
          log.debug("{}: hidden, passed over", entry);
        } else if (Files.isDirectory(entry)) {
          folder(entry, root);
        } else if (Files.isRegularFile(entry)) {
          if (Format.of(entry).isPresent()) {
            file(entry, root);
          } else {
            log.debug("{}: not a corpus file (the name must end in {}), passed over", entry, Format.ENDINGS);
          }
        } else if (Files.isSymbolicLink(entry)) {
          skips.skipFile(entry, "broken link");
        } else {
          log.debug("{}: neither a file nor a folder, passed over", entry);
        }
      }
    }

    private void file(Path file, Path root) {
      Optional<Path> real = realPath(file);
      if (real.isEmpty()) return;
      if (!seenFiles.add(real.get())) {
        log.debug("{}: already listed, passed over", file);
        return;
      }
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        found.add(new CorpusFile(file, root, attributes.size(), attributes.lastModifiedTime().toMillis()));
      } catch (IOException e) {
        skips.skipFile(file, "cannot read file attributes (" + e + ")");
      }
    }

    private Optional<Path> realPath(Path path) {
      try {
        return Optional.of(path.toRealPath());
      } catch (IOException e) {
        skips.skipFile(path, "cannot resolve path (" + e + ")");
        return Optional.empty();
      }
    }
  }
}

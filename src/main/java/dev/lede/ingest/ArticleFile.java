package dev.lede.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an article file whole or not at all: the text goes to a hidden temporary file beside it,
 * is flushed to disk, and is then renamed into place. A process killed at any moment leaves either
 * no file or the complete one, never half an article for the indexer to read. Hidden names are
 * not part of the corpus, so a temporary file left by a killed process is never indexed.
 */
final class ArticleFile {
  private static final Logger log = LoggerFactory.getLogger(ArticleFile.class);
  static final String TEMP_ENDING = ".tmp";

  private ArticleFile() {}

  static void write(Path file, String content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", TEMP_ENDING);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) channel.write(bytes);
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Removes temporary files that a killed process left in {@code folder}. */
  static int removeLeftovers(Path folder) {
    if (!Files.isDirectory(folder)) return 0;
    int removed = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "." + "*" + TEMP_ENDING)) {
      for (Path leftover : stream) {
        Files.deleteIfExists(leftover);
        removed++;
      }
    } catch (IOException e) {
      log.warn("{}: cannot remove left-over temporary files: {}", folder, e.toString());
    }
    if (removed > 0) log.info("{}: removed {} temporary files left by an interrupted run", folder, removed);
    return removed;
  }
}

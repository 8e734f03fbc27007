package dev.lede.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes corpus fixtures and reads them back the way the indexer does. */
final class Fixtures {

  static final String SEED = "000_648697d5470bbd2d.txt";

  private Fixtures() {}

  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(String text) {
    try {
      var out = new ByteArrayOutputStream();
      try (var gz = new GZIPOutputStream(out)) {
        gz.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled sample article, copied into {@code dir}. */
  static Path seed(Path dir) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/sample/" + SEED)) {
      if (in == null) throw new IllegalStateException("sample article /sample/" + SEED + " is not on the class path");
      return write(dir, SEED, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CorpusFile file(Path root, Path path) {
    return new CorpusFile(path, root, 0, 0);
  }

  static List<Article> read(Path root, Path path, Skips skips) {
    List<Article> articles = new ArrayList<>();
    ArticleReader.read(file(root, path), articles::add, skips);
    return articles;
  }

  /** A JSONL line with the given fields; {@code null} values are left out. */
  static String json(String id, String title, String date, String text) {
    var fields = new ArrayList<String>();
    if (id != null) fields.add("\"id\": " + quote(id));
    if (title != null) fields.add("\"title\": " + quote(title));
    if (date != null) fields.add("\"date\": " + quote(date));
    if (text != null) fields.add("\"text\": " + quote(text));
    return "{" + String.join(", ", fields) + "}";
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}

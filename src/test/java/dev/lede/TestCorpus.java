package dev.lede;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/** Writes small invented corpora for tests of the core. */
public final class TestCorpus {
  public static final String SAMPLE = "000_648697d5470bbd2d.txt";

  private TestCorpus() {}

  /** A plain-text article with header lines; {@code date} may be {@code null}. */
  public static Path text(Path dir, String name, String title, String date, String body) {
    StringBuilder s = new StringBuilder();
    if (date != null) s.append("date ").append(date).append('\n');
    if (title != null) s.append("title: ").append(title).append('\n');
    s.append('\n').append(body).append('\n');
    return write(dir, name, s.toString());
  }

  public static Path write(Path dir, String name, String content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces a file's content and moves its modification time forward, so that the change is
   * seen even when the size is the same and the clock has not moved on.
   */
  public static Path rewrite(Path file, String content) {
    try {
      FileTime before = Files.getLastModifiedTime(file);
      Files.writeString(file, content, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5_000));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JSONL line; {@code null} fields are left out. */
  public static String json(String id, String title, String date, String text) {
    List<String> fields = new ArrayList<>();
    if (id != null) fields.add("\"id\": " + quote(id));
    if (title != null) fields.add("\"title\": " + quote(title));
    if (date != null) fields.add("\"date\": " + quote(date));
    if (text != null) fields.add("\"text\": " + quote(text));
    return "{" + String.join(", ", fields) + "}";
  }

  public static Path jsonl(Path dir, String name, String... lines) {
    return write(dir, name, String.join("\n", lines) + "\n");
  }

  private static final String[] TOWNS = {"Ashby", "Corring", "Delmere", "Fallow", "Gansey", "Hollin", "Iverly", "Jessop"};

  /**
   * Ordinary articles with everyday words ("how many", "does", "have"), as any real news corpus
   * holds: without them a tiny fixture corpus gives question words the highest weight of all.
   */
  public static Path background(Path corpus, int articles) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      String town = TOWNS[i % TOWNS.length];
      lines.add(json("bg-" + i, town + " council meeting " + i, "2023-0" + (1 + i % 9) + "-1" + (i % 10),
          "Residents of " + town + " asked how many buses run at night and how much the new timetable does cost. "
              + "Many people have said they want the council to explain what is planned, who decides and when. "
              + "The council does not have an answer yet, a spokesperson said in meeting " + i + "."));
    }
    return jsonl(corpus, "background.jsonl", lines.toArray(String[]::new));
  }

  /** The bundled sample article, copied into {@code dir}. */
  public static Path sample(Path dir) {
    try (InputStream in = TestCorpus.class.getResourceAsStream("/sample/" + SAMPLE)) {
      if (in == null) throw new IllegalStateException("/sample/" + SAMPLE + " is not on the class path");
      Files.createDirectories(dir);
      Path file = dir.resolve(SAMPLE);
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}

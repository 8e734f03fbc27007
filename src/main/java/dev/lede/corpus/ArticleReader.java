package dev.lede.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the articles of one corpus file. Plain text ({@code .txt}, {@code .md}) holds one article,
 * JSONL ({@code .jsonl}, {@code .jsonl.gz}) one a line. Bad content and read errors never throw:
 * they are reported to {@link Skips} and the rest of the file is still read.
 */
public final class ArticleReader {

  static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

  private ArticleReader() {}

  /** Hands each good article of {@code file} to {@code sink}, in file order. */
  public static void read(CorpusFile file, Consumer<Article> sink, Skips skips) {
    Optional<Format> format = Format.of(file.path());
    if (format.isEmpty()) {
      skips.skipFile(file.path(), "not a corpus file: the name must end in " + Format.ENDINGS);
    } else if (format.get().isJsonl()) {
      JsonlArticles.read(file, format.get() == Format.JSONL_GZ, sink, skips);
    } else {
      TextArticle.read(file, format.get() == Format.MARKDOWN, sink, skips);
    }
  }

  /**
   * The article with clean paragraphs and a title, or empty when no text is left after cleaning.
   * Blank optional values become {@code null}.
   */
  static Optional<Article> article(String id, String title, LocalDate date, String url, String publisher,
      String rawText, boolean markdown) {
    List<String> paragraphs = Paragraphs.of(rawText, markdown);
    if (paragraphs.isEmpty()) return Optional.empty();
    String given = Titles.given(title);
    String chosen = given.isEmpty() ? Titles.derive(paragraphs) : given;
    return Optional.of(new Article(id.strip(), chosen, date, orNull(url), orNull(publisher), Paragraphs.join(paragraphs)));
  }

  /** A {@code YYYY-MM-DD} day; a date-time's day part is accepted too. */
  static Optional<LocalDate> day(String text) {
    String s = text.strip();
    int t = s.indexOf('T');
    if (t == 10) s = s.substring(0, t);
    try {
      return Optional.of(LocalDate.parse(s, ISO_DAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String orNull(String value) {
    if (value == null) return null;
    String s = Paragraphs.clean(value).replace('\n', ' ').strip();
    return s.isEmpty() ? null : s;
  }
}

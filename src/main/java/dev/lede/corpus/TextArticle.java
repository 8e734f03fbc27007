package dev.lede.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: optional header lines at the top ({@code date YYYY-MM-DD},
 * {@code title: ...}, {@code url: ...}, {@code source: ...}), then the text. Text may follow the
 * date on the same line, as in {@code " date 2025-02-03 Reports indicate that..."}.
 */
final class TextArticle {

  /** A single article larger than this is not an article but a mistake (a dump, a log). */
  static final int MAX_BYTES = 32 * 1024 * 1024;

  private static final Pattern DATE = Pattern.compile("(?i)date:?[ \\t]+(\\d{4}-\\d{1,2}-\\d{1,2})(?=\\s|$)");
  private static final Pattern FIELD = Pattern.compile("(?i)(title|url|source):[ \\t]*(.*)");

  private TextArticle() {}

  static void read(CorpusFile file, boolean markdown, Consumer<Article> sink, Skips skips) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file.path())) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      skips.skipFile(file.path(), "cannot read (" + e + ")");
      return;
    }
    if (bytes.length > MAX_BYTES) {
      skips.skipFile(file.path(), "larger than " + MAX_BYTES / (1024 * 1024) + " MB, too large for one article");
      return;
    }
    if (StrictUtf8.looksBinary(bytes, bytes.length)) {
      skips.skipFile(file.path(), "binary file (NUL bytes), not text");
      return;
    }
    String text;
    try {
      text = new StrictUtf8().decode(bytes, bytes.length);
    } catch (StrictUtf8.Malformed e) {
      skips.skipFile(file.path(), "not valid UTF-8 (line " + StrictUtf8.lineOf(bytes, e.offset) + ", byte " + e.offset + ")");
      return;
    }
    parse(file, text, markdown, skips).ifPresentOrElse(sink,
        () -> skips.skipArticle(file.path(), 0, "no article text left after cleaning"));
  }

  static Optional<Article> parse(CorpusFile file, String text, boolean markdown, Skips skips) {
    String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
    LocalDate date = null;
    String title = null;
    String url = null;
    String source = null;
    boolean dated = false;
    long line = 1;
    while (true) {
      int start = 0;
      while (start < rest.length() && Character.isWhitespace(rest.charAt(start))) {
        if (rest.charAt(start) == '\n') line++;
        start++;
      }
      int eol = rest.indexOf('\n', start);
      String first = rest.substring(start, eol < 0 ? rest.length() : eol);
      Matcher d = DATE.matcher(first);
      Matcher f = FIELD.matcher(first);
      if (!dated && d.lookingAt()) {
        dated = true;
        date = ArticleReader.day(d.group(1)).orElse(null);
        if (date == null) skips.warn(file.path(), line, "bad date '" + d.group(1) + "' (want YYYY-MM-DD), article kept without date");
        rest = rest.substring(start + d.end());
        int next = rest.indexOf('\n');
        if (!rest.substring(0, next < 0 ? rest.length() : next).isBlank()) break; // text follows on the date's line
        continue;
      }
      if (f.matches()) {
        String key = f.group(1).toLowerCase(Locale.ROOT);
        String value = f.group(2).strip();
        boolean unset = switch (key) {
          case "title" -> title == null;
          case "url" -> url == null;
          default -> source == null;
        };
        if (unset) {
          switch (key) {
            case "title" -> title = value;
            case "url" -> url = value;
            default -> source = value;
          }
          rest = eol < 0 ? "" : rest.substring(eol + 1);
          line++;
          continue;
        }
      }
      break;
    }
    return ArticleReader.article(file.articleId(), title, date, url, source, rest, markdown);
  }
}

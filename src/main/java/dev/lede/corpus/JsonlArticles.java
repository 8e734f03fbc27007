package dev.lede.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads article JSONL, one JSON object a line: {@code id} and {@code text} required, {@code title},
 * {@code date} ({@code YYYY-MM-DD}), {@code url} and {@code source} optional. The file is streamed;
 * a bad line is skipped with a warning and reading goes on.
 */
final class JsonlArticles {

  /** A line longer than this is not an article but a mistake; it is skipped without buffering it. */
  static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonlArticles() {}

  static void read(CorpusFile file, boolean gzip, Consumer<Article> sink, Skips skips) {
    var path = file.path();
    long lastLine = 0;
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = gzip ? new GZIPInputStream(new BufferedInputStream(raw), 64 * 1024) : raw) {
      var lines = new ByteLines(in, MAX_LINE_BYTES);
      if (lines.startsBinary()) {
        skips.skipFile(path, "binary file (NUL bytes), not JSONL");
        return;
      }
      var utf8 = new StrictUtf8();
      while (lines.next()) {
        lastLine = lines.number();
        if (lines.tooLong()) {
          skips.skipArticle(path, lastLine, "line longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MB");
          continue;
        }
        if (lines.blank()) continue;
        String json;
        try {
          json = utf8.decode(lines.bytes(), lines.length());
        } catch (StrictUtf8.Malformed e) {
          skips.skipArticle(path, lastLine, "not valid UTF-8 (byte " + (e.offset + 1) + " of the line)");
          continue;
        }
        line(file, lastLine, json, skips).ifPresent(sink);
      }
    } catch (EOFException e) {
      skips.skipFile(path, "truncated gzip: read stopped after line " + lastLine + ", the articles before it are kept");
    } catch (ZipException e) {
      if (lastLine == 0) {
        skips.skipFile(path, "not a gzip file (" + e.getMessage() + ")");
      } else {
        skips.skipFile(path, "corrupt gzip after line " + lastLine + " (" + e.getMessage() + "), the articles before it are kept");
      }
    } catch (IOException e) {
      skips.skipFile(path, "read failed after line " + lastLine + " (" + e + ")");
    }
  }

  /** The article on one line, or empty (with the reason reported) when the line is unusable. */
  static Optional<Article> line(CorpusFile file, long number, String json, Skips skips) {
    var path = file.path();
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JacksonException e) {
      skips.skipArticle(path, number, "broken JSON (" + e.getOriginalMessage() + ")");
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      skips.skipArticle(path, number, "not a JSON object");
      return Optional.empty();
    }
    String id = scalar(node, "id");
    if (id == null || id.isBlank()) {
      skips.skipArticle(path, number, "missing or empty \"id\"");
      return Optional.empty();
    }
    String text = string(node, "text", file, number, skips);
    if (text == null || text.isBlank()) {
      skips.skipArticle(path, number, "article \"" + id.strip() + "\": missing or empty \"text\"");
      return Optional.empty();
    }
    LocalDate date = null;
    String day = string(node, "date", file, number, skips);
    if (day != null && !day.isBlank()) {
      date = ArticleReader.day(day).orElse(null);
      if (date == null) skips.warn(path, number, "bad date '" + day + "' (want YYYY-MM-DD), article kept without date");
    }
    Optional<Article> article = ArticleReader.article(id, string(node, "title", file, number, skips), date,
        string(node, "url", file, number, skips), string(node, "source", file, number, skips), text, false);
    if (article.isEmpty()) skips.skipArticle(path, number, "article \"" + id.strip() + "\": no text left after cleaning");
    return article;
  }

  /** A string field; absent or null is {@code null}; another type is warned about and treated as absent. */
  private static String string(JsonNode node, String field, CorpusFile file, long number, Skips skips) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return null;
    if (value.isTextual()) return value.textValue();
    skips.warn(file.path(), number, "\"" + field + "\" is " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
        + ", not a string: ignored");
    return null;
  }

  // Ids are strings, but numeric ids are common enough to accept.
  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) return null;
    if (value.isTextual()) return value.textValue();
    if (value.isIntegralNumber()) return value.asText();
    return null;
  }
}

package dev.lede.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.answer.Answer;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;

/**
 * Writes each question Lede got wrong, with what it answered and what it retrieved, one JSON
 * object a line. {@code failure} is "declined" (answerable, but declined), "wrong" (the answer
 * does not match), "inexact" (a lenient match but not an exact one), "not declined" (should have
 * declined) or "error" (the pipeline threw).
 */
public final class ErrorLog implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RETRIEVED_SHOWN = 20;

  private final BufferedWriter out;
  private final Path file;
  private int written;

  public ErrorLog(Path file) throws IOException {
    this.file = file;
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) Files.createDirectories(folder);
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("cannot write the error file " + file + ": " + e, e);
    }
  }

  /** Writes the grade when it is a failure; returns whether it did. */
  public boolean record(Grade grade, String error) {
    String failure = failure(grade, error);
    if (failure == null) return false;
    EvalQuestion q = grade.question();
    Answer a = grade.trace().answer();
    ObjectNode line = JSON.createObjectNode();
    line.put("id", q.id()).put("question", q.text()).put("asked_on", q.asOf().toString()).put("failure", failure);
    if (error != null) line.put("error", error);
    strings(line.putArray("gold_answers"), q.answers());
    strings(line.putArray("gold_doc_ids"), q.goldDocIds());
    line.put("answer", a.text()).put("sentence", a.sentence()).put("declined", a.abstained());
    line.put("source", a.source() == null ? null : a.source().articleId());
    line.put("confidence", a.confidence());
    line.put("f1", grade.f1()).put("sentence_contains_gold", grade.sentenceHit());
    if (grade.goldRank() > 0) line.put("gold_rank", grade.goldRank()); else line.putNull("gold_rank");
    strings(line.putArray("retrieved"),
        new LinkedHashSet<>(grade.trace().retrievedArticleIds()).stream().limit(RETRIEVED_SHOWN).toList());
    try {
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the error file " + file, e);
    }
    written++;
    return true;
  }

  static String failure(Grade grade, String error) {
    if (error != null) return "error";
    if (grade.question().mustDecline()) return grade.declined() ? null : "not declined";
    if (grade.declined()) return "declined";
    if (!grade.contains()) return "wrong";
    return grade.exact() ? null : "inexact";
  }

  private static void strings(ArrayNode array, Iterable<String> values) {
    for (String v : values) array.add(v);
  }

  public int written() {
    return written;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

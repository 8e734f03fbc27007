package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(0);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private Progress progress(boolean terminal, long total) {
    return new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, 10 * SECOND, now::get,
        "answered", "questions", total);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void notATerminal_printsALineOnlyOnceTheIntervalHasPassed() {
    Progress p = progress(false, 100);
    now.set(9 * SECOND);
    p.advance();
    assertEquals("", printed());
    now.set(10 * SECOND);
    p.advance();
    assertEquals("answered 2 of 100 questions (2%), 0.2/s, about 8m 10s left\n", printed());
  }

  @Test
  void terminal_redrawsTheLineInPlace() {
    Progress p = progress(true, 4);
    now.set(SECOND);
    p.advance();
    assertEquals("\ranswered 1 of 4 questions (25%), 1.0/s, about 3s left\u001b[K", printed());
  }

  @Test
  void finish_summarizesCountTimeAndRate() {
    Progress p = progress(false, 3);
    for (int i = 0; i < 3; i++) p.advance();
    now.set(90 * SECOND);
    p.finish();
    assertEquals("answered 3 questions in 1m 30s (0.0/s)\n", printed());
  }

  @Test
  void duration_readsAsHoursMinutesSeconds() {
    assertEquals("59s", Progress.duration(59 * SECOND));
    assertEquals("2m 5s", Progress.duration(125 * SECOND));
    assertEquals("1h 1m", Progress.duration(3_660 * SECOND));
  }
}

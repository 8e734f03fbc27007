package dev.lede.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr: a line redrawn in place when stderr is a terminal, otherwise
 * one line every {@code interval} so logs stay readable. Shows the rate and the time left.
 */
public final class Progress {
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final PrintStream out;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final String verb;
  private final String noun;
  private final long total;
  private final long started;
  private long done;
  private long lastShown;

  /**
   * @param verb what is done to each item ("answered")
   * @param noun the items ("questions")
   * @param total how many there are
   * @param clock a nanosecond clock such as {@code System::nanoTime}
   */
  public Progress(PrintStream out, boolean terminal, long intervalNanos, LongSupplier clock, String verb, String noun,
      long total) {
    this.out = out;
    this.terminal = terminal;
    this.intervalNanos = terminal ? REDRAW_NANOS : intervalNanos;
    this.clock = clock;
    this.verb = verb;
    this.noun = noun;
    this.total = total;
    this.started = clock.getAsLong();
    this.lastShown = started;
  }

  /** Progress on stderr, redrawn in place on a terminal and every 10 seconds otherwise. */
  public static Progress onStderr(String verb, String noun, long total) {
    return new Progress(System.err, dev.lede.index.Progress.stderrIsTerminal(), TimeUnit.SECONDS.toNanos(10), System::nanoTime, verb, noun,
        total);
  }

  public void advance() {
    done++;
    long now = clock.getAsLong();
    if (now - lastShown >= intervalNanos) {
      lastShown = now;
      show(now);
    }
  }

  /** The closing summary line. */
  public void finish() {
    long elapsed = clock.getAsLong() - started;
    String line = String.format(Locale.ROOT, "%s %,d %s in %s (%s/s)", verb, done, noun, duration(elapsed),
        rate(done, elapsed));
    out.print(terminal ? "\r" + line + "\u001b[K\n" : line + "\n");
    out.flush();
  }

  private void show(long now) {
    long elapsed = now - started;
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %,d of %,d %s", verb, done, total, noun));
    if (total > 0) line.append(String.format(Locale.ROOT, " (%.0f%%)", 100.0 * done / total));
    line.append(", ").append(rate(done, elapsed)).append('/').append('s');
    if (done > 0 && done < total) {
      line.append(", about ").append(duration((long) ((double) elapsed / done * (total - done)))).append(" left");
    }
    out.print(terminal ? "\r" + line + "\u001b[K" : line + "\n");
    out.flush();
  }

  private static String rate(long count, long nanos) {
    return nanos <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", count * 1e9 / nanos);
  }

  static String duration(long nanos) {
    long seconds = Math.round(nanos / 1e9);
    if (seconds < 60) return seconds + "s";
    if (seconds < 3600) return seconds / 60 + "m " + seconds % 60 + "s";
    return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
  }

}

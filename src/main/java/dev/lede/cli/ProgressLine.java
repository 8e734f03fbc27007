package dev.lede.cli;

import dev.lede.index.Progress;
import java.io.PrintStream;
import java.util.Locale;

/** Indexing progress on one terminal line, at most a few times a second; silent when not on a terminal. */
final class ProgressLine implements Progress, AutoCloseable {
  private final PrintStream out;
  private final boolean terminal = Progress.stderrIsTerminal();
  private long lastLog;
  private long lastPrint;
  private boolean printed;

  ProgressLine(PrintStream out) {
    this.out = out;
  }

  @Override
  public void update(long articles, long passages, long bytesDone, long bytesTotal, double seconds) {
    long now = System.nanoTime();
    if (now - lastPrint < 250_000_000L) return;
    lastPrint = now;
    double rate = seconds > 0 ? articles / seconds : 0;
    String eta = bytesDone > 0 && bytesTotal > bytesDone
        ? String.format(Locale.ROOT, ", ETA %.0f s", seconds * (bytesTotal - bytesDone) / bytesDone) : "";
    String line = String.format(Locale.ROOT, "%,d articles, %,d passages, %.0f articles/s%s", articles, passages, rate, eta);
    if (terminal) {
      out.print("\r" + line + "   ");
      printed = true;
    } else if (now - lastLog >= 10_000_000_000L) {
      // Not a terminal (a log file, CI): a plain line every ten seconds.
      if (lastLog != 0) out.println(line);
      lastLog = now;
    }
    out.flush();
  }

  @Override
  public void close() {
    if (printed) out.println();
    printed = false;
  }
}

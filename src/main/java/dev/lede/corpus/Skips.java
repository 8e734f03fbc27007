package dev.lede.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a corpus run could not use, and why. Every skip and warning is logged as one WARN line
 * naming the file (and line) and the reason, and counted. Safe to share between threads.
 */
public final class Skips {

  private static final Logger log = LoggerFactory.getLogger(Skips.class);

  /** Messages kept for {@link #warnings()}; later ones are still counted and logged. */
  static final int KEPT_WARNINGS = 1_000;
  /** Per file, only this many are logged, so one broken million-line file cannot flood the log. */
  static final int LOGGED_PER_FILE = 100;
  private static final int MAX_REASON_CHARS = 300;

  private long skippedFiles;
  private long skippedArticles;
  private long warningCount;
  private final List<String> warnings = new ArrayList<>();
  private final Map<Path, Integer> loggedPerFile = new HashMap<>();

  /** A whole file (or folder, or root) could not be used. */
  public synchronized void skipFile(Path file, String reason) {
    skippedFiles++;
    record(file, "skipped " + where(file, 0) + ": " + clean(reason));
  }

  /** One article (a JSONL line, or the article of a text file) could not be used; {@code line} 0 means none. */
  public synchronized void skipArticle(Path file, long line, String reason) {
    skippedArticles++;
    record(file, "skipped " + where(file, line) + ": " + clean(reason));
  }

  /** Something was wrong but the article or file was still used (e.g. a bad date was dropped). */
  public synchronized void warn(Path file, long line, String reason) {
    record(file, where(file, line) + ": " + clean(reason));
  }

  public synchronized long skippedFiles() {
    return skippedFiles;
  }

  public synchronized long skippedArticles() {
    return skippedArticles;
  }

  /** Skipped files plus skipped articles. */
  public synchronized long total() {
    return skippedFiles + skippedArticles;
  }

  /** All warnings and skips so far, including those beyond {@link #warnings()}'s cap. */
  public synchronized long warningCount() {
    return warningCount;
  }

  /** The first {@value #KEPT_WARNINGS} messages, in order. */
  public synchronized List<String> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public synchronized String toString() {
    return skippedFiles + " files and " + skippedArticles + " articles skipped, " + warningCount + " warnings";
  }

  private void record(Path file, String message) {
    warningCount++;
    if (warnings.size() < KEPT_WARNINGS) warnings.add(message);
    int logged = loggedPerFile.merge(file, 1, Integer::sum);
    if (logged <= LOGGED_PER_FILE) {
      log.warn(message);
    } else if (logged == LOGGED_PER_FILE + 1) {
      log.warn("{}: more than {} problems, further ones are counted but not logged", file, LOGGED_PER_FILE);
    }
  }

  private static String where(Path file, long line) {
    return line > 0 ? file + ":" + line : String.valueOf(file);
  }

  // One line, bounded: reasons often carry parser messages with newlines and echoed input.
  private static String clean(String reason) {
    String oneLine = String.valueOf(reason).replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_REASON_CHARS ? oneLine : oneLine.substring(0, MAX_REASON_CHARS) + "…";
  }
}

package dev.lede.index;

/**
 * What one indexing run did.
 *
 * @param filesRead files (re)indexed because they were new or changed
 * @param filesUnchanged files skipped because they were indexed already as they are
 * @param filesRemoved files whose articles were removed because the file is gone
 * @param articles articles indexed
 * @param passages passages indexed
 * @param duplicates articles not indexed because the same text was indexed already
 * @param skipped unreadable files plus unreadable lines or articles
 * @param seconds wall time of the run
 * @param newArticles articles the index did not hold before the run (those told to {@link NewArticles})
 */
public record IndexRun(
    int filesRead, int filesUnchanged, int filesRemoved, long articles, long passages, long duplicates, long skipped, double seconds,
    long newArticles) {

  public IndexRun(int filesRead, int filesUnchanged, int filesRemoved, long articles, long passages, long duplicates, long skipped, double seconds) {
    this(filesRead, filesUnchanged, filesRemoved, articles, passages, duplicates, skipped, seconds, articles);
  }

  /** True when the run changed nothing. */
  public boolean idle() {
    return filesRead == 0 && filesRemoved == 0;
  }

  public double articlesPerSecond() {
    return seconds <= 0 ? 0 : articles / seconds;
  }

  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "%,d articles, %,d passages indexed from %,d files (%,d unchanged, %,d removed); %,d duplicates, %,d skipped; %.1f s",
        articles, passages, filesRead, filesUnchanged, filesRemoved, duplicates, skipped, seconds);
  }
}

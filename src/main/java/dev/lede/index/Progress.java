package dev.lede.index;

/** Told how a long indexing run is going. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (articles, passages, bytesDone, bytesTotal, seconds) -> {};

  /**
   * @param bytesDone bytes of corpus files finished so far
   * @param bytesTotal bytes of all files this run reads
   */
  void update(long articles, long passages, long bytesDone, long bytesTotal, double seconds);
}

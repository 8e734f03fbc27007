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

  /**
   * True when stderr is a terminal, where a progress line may redraw itself. From JDK 22 on
   * {@code System.console()} is set even when output is redirected, so ask the system where fd 2 goes.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}

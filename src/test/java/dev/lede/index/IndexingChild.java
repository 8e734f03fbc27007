package dev.lede.index;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs one indexing pass in its own JVM, so that a test can kill it part-way. Commits every few
 * hundred passages and reports each file on stdout ("progress ARTICLES"), pausing briefly after
 * each so that the kill lands mid-run. Arguments: corpus folder, index folder.
 */
public final class IndexingChild {
  private IndexingChild() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path indexDir = Path.of(args[1]);
    PassageIndex index = PassageIndex.open(indexDir);
    Indexer indexer = new Indexer(index, new Passages(120, 220), 300);
    System.out.println("opened");
    System.out.flush();
    indexer.update(List.of(corpus), (articles, passages, bytesDone, bytesTotal, seconds) -> {
      System.out.println("progress " + articles);
      System.out.flush();
      try {
        Thread.sleep(15); // widens the window in which the parent kills us
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    System.out.println("done");
    System.out.flush();
    index.close();
  }
}

package dev.lede.ingest;

import java.nio.file.Path;

/** Run in a child JVM by {@link AtomicWriteTest}: writes large article files until it is killed. */
public final class FeedWritingChild {
  static final String END = "END OF ARTICLE";

  static String article(int n) {
    StringBuilder s = new StringBuilder("date 2024-11-20\ntitle: Report " + n + "\n\n");
    String sentence = "Inspectors counted lanterns in district " + n + " during the long survey. ";
    while (s.length() < 4 * 1024 * 1024) s.append(sentence);
    return s.append('\n').append(END).append(' ').append(n).append('\n').toString();
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    for (int n = 0; ; n++) {
      ArticleFile.write(folder.resolve("item-" + n + ".txt"), article(n));
      System.out.println("wrote " + n);
      System.out.flush();
    }
  }
}

package dev.lede.index;

import dev.lede.corpus.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages: paragraphs are kept whole when they fit, short ones are joined
 * with the next, and long ones are cut between sentences, so that a passage is roughly a
 * paragraph's worth of words and never ends mid-sentence.
 */
public final class Passages {
  private final int targetWords;
  private final int maxWords;

  /**
   * @param targetWords a passage is closed once it reaches this many words
   * @param maxWords a paragraph longer than this is cut between sentences
   */
  public Passages(int targetWords, int maxWords) {
    if (targetWords < 1 || maxWords < targetWords) {
      throw new IllegalArgumentException("passage words must satisfy 1 <= target <= max, were " + targetWords + " and " + maxWords);
    }
    this.targetWords = targetWords;
    this.maxWords = maxWords;
  }

  public List<Passage> of(Article article) {
    List<String> texts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int words = 0;
    for (String paragraph : article.text().split("\n\n")) {
      paragraph = paragraph.strip();
      if (paragraph.isEmpty()) continue;
      int paragraphWords = countWords(paragraph);
      if (paragraphWords > maxWords) {
        words = flush(texts, current);
        for (String piece : cut(paragraph)) texts.add(piece);
        continue;
      }
      if (words > 0 && words + paragraphWords > maxWords) words = flush(texts, current);
      if (current.length() > 0) current.append("\n\n");
      current.append(paragraph);
      words += paragraphWords;
      if (words >= targetWords) words = flush(texts, current);
    }
    flush(texts, current);
    List<Passage> passages = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      passages.add(new Passage(article.id(), i, article.title(), article.date(), article.url(), article.publisher(), texts.get(i)));
    }
    return passages;
  }

  private List<String> cut(String paragraph) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int words = 0;
    for (String sentence : Sentences.split(paragraph)) {
      int n = countWords(sentence);
      if (words > 0 && words + n > maxWords) {
        pieces.add(piece.toString());
        piece.setLength(0);
        words = 0;
      }
      if (piece.length() > 0) piece.append(' ');
      piece.append(sentence);
      words += n;
      if (words >= targetWords) {
        pieces.add(piece.toString());
        piece.setLength(0);
        words = 0;
      }
    }
    if (piece.length() > 0) pieces.add(piece.toString());
    return pieces;
  }

  private static int flush(List<String> texts, StringBuilder current) {
    if (current.length() > 0) texts.add(current.toString());
    current.setLength(0);
    return 0;
  }

  static int countWords(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) count++;
      inWord = !space;
    }
    return count;
  }
}

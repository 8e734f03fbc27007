package dev.lede.retrieve;

import dev.lede.index.Passage;

/**
 * A retrieved passage and its BM25 score for the query (0 when only its meaning matched).
 *
 * @param sentenceVectors the passage's sentence vectors when the index keeps them, else {@code null}
 */
public record Hit(Passage passage, float score, float[][] sentenceVectors) {
  public Hit(Passage passage, float score) {
    this(passage, score, null);
  }
}

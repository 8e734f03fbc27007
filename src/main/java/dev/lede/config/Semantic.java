package dev.lede.config;

/**
 * Whether sentences are compared with the question by meaning as well as by words.
 *
 * @param enabled on: the sentence model is loaded and its similarity weighs in the ranking
 * @param sentences how many of the best sentences by words are compared by meaning, per question
 * @param index whether indexing embeds every sentence, for retrieval by meaning (HNSW) and so that
 *     every sentence, not only the best few, is compared by meaning; slow to index (see the README)
 */
public record Semantic(boolean enabled, int sentences, boolean index) {
  public static final int DEFAULT_SENTENCES = 8;

  public Semantic {
    LedeConfig.check(enabled || !index, "semantic.index", index, "needs semantic.enabled: true");
    LedeConfig.check(sentences >= 1 && sentences <= 200, "semantic.sentences", sentences, "must be between 1 and 200");
  }

  /** Off: reading by words alone keeps answers within tens of milliseconds and indexing fast (see the README's figures). */
  public static Semantic defaults() {
    return new Semantic(false, DEFAULT_SENTENCES, false);
  }

  /** Sentences compared by meaning at question time, without vectors in the index. */
  public static Semantic on() {
    return new Semantic(true, DEFAULT_SENTENCES, false);
  }
}

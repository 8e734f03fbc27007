package dev.lede.index;

import java.util.List;

/**
 * Told of articles an indexing run added that the index did not hold before (a re-read file's
 * articles that were there already are not new). Called after the commit that made them
 * searchable, from the indexing thread: keep it short, hand slow work to another thread.
 */
@FunctionalInterface
public interface NewArticles {
  NewArticles NONE = leads -> {};

  /** @param leadPassages the first passage of each new article: its id, title, date, url, publisher and opening text */
  void indexed(List<Passage> leadPassages);
}

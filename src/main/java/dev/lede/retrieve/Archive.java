package dev.lede.retrieve;

import java.util.List;

/** Article look-ups that need no reading: keyword search, the newest articles, and what the index holds. */
public interface Archive {

  /** Articles matching the words, newest first; empty when nothing matches or the words carry no terms. */
  List<Source> search(String words, int limit);

  /** The most recent articles, optionally on a topic (blank for any), newest first. */
  List<Source> latest(String topic, int limit);

  ArchiveSummary summary();
}

package dev.lede.retrieve;

import dev.lede.index.Passage;

/** A retrieved passage and its BM25 score for the query. */
public record Hit(Passage passage, float score) {}

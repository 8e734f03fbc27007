package dev.lede.read;

import java.util.List;

/** Supporting sentences in rank order, best first; empty when no retrieved passage matched. */
public record Reading(List<Evidence> evidence) {
  public Reading {
    evidence = List.copyOf(evidence);
  }

  public Evidence best() {
    return evidence.isEmpty() ? null : evidence.get(0);
  }
}

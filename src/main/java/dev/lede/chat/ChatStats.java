package dev.lede.chat;

/** Usage since start: requests by outcome, and the answer cache's figures. */
public record ChatStats(
    long questions, long answered, long declined, long refused, long cacheHits, long cacheMisses, long cacheSize) {

  public double cacheHitRate() {
    long lookups = cacheHits + cacheMisses;
    return lookups == 0 ? 0 : (double) cacheHits / lookups;
  }
}

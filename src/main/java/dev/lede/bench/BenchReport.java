package dev.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.eval.Latencies.Percentiles;
import java.util.Locale;

/**
 * What one benchmark run measured.
 *
 * @param corpus what was indexed
 * @param generatedSeconds time spent making a synthetic corpus, or {@code null} for a given one
 * @param duplicates articles left out because their text was indexed already
 * @param indexSeconds wall time of indexing
 * @param indexBytes size of the index on disk
 * @param questions questions timed, after {@code warmup} untimed ones
 * @param lede the pipeline's latency, cache off
 * @param lucene bare Lucene's latency on the same index and questions
 * @param cacheHit latency of a question asked a second time through the cache
 * @param heap heap figures in bytes
 */
public record BenchReport(
    String corpus, Double generatedSeconds, long articles, long passages, long duplicates, long skipped, double indexSeconds,
    long indexBytes, int questions, int warmup, Percentiles lede, Percentiles lucene, Percentiles cacheHit, Heap heap) {

  /**
   * @param max the heap limit
   * @param peakIndexing peak while indexing
   * @param liveAfterIndexing in use after indexing and a full collection
   * @param peakAnswering peak while answering the timed questions
   */
  public record Heap(long max, long peakIndexing, long liveAfterIndexing, long peakAnswering) {}

  public double articlesPerSecond() {
    return indexSeconds <= 0 ? 0 : articles / indexSeconds;
  }

  public double passagesPerSecond() {
    return indexSeconds <= 0 ? 0 : passages / indexSeconds;
  }

  private static Double ratio(Double a, Double b) {
    return a == null || b == null || b == 0 ? null : a / b;
  }

  public String json() {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("corpus", corpus);
    o.put("generated_seconds", generatedSeconds == null ? null : round(generatedSeconds, 1));
    o.put("articles", articles).put("passages", passages).put("duplicates", duplicates).put("skipped", skipped);
    o.put("index_seconds", round(indexSeconds, 2));
    o.put("articles_per_s", round(articlesPerSecond(), 1)).put("passages_per_s", round(passagesPerSecond(), 1));
    o.put("index_bytes", indexBytes);
    o.put("questions", questions).put("warmup", warmup);
    percentiles(o.putObject("lede_ms"), lede);
    percentiles(o.putObject("lucene_ms"), lucene);
    ObjectNode ratio = o.putObject("lede_to_lucene");
    ratio.put("p50", round(ratio(lede.p50(), lucene.p50()), 2));
    ratio.put("p99", round(ratio(lede.p99(), lucene.p99()), 2));
    percentiles(o.putObject("cache_hit_ms"), cacheHit);
    ObjectNode h = o.putObject("heap_bytes");
    h.put("max", heap.max()).put("peak_indexing", heap.peakIndexing()).put("live_after_indexing", heap.liveAfterIndexing())
        .put("peak_answering", heap.peakAnswering());
    return o.toString();
  }

  private static void percentiles(ObjectNode o, Percentiles p) {
    o.put("p50", round(p.p50(), 3)).put("p95", round(p.p95(), 3)).put("p99", round(p.p99(), 3));
  }

  private static Double round(Double v, int digits) {
    if (v == null) return null;
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }

  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "corpus     %s%n", corpus));
    if (generatedSeconds != null) b.append(String.format(Locale.ROOT, "           generated in %.1f s%n", generatedSeconds));
    b.append(String.format(Locale.ROOT, "indexing   %,d articles, %,d passages (%,d duplicates, %,d skipped) in %.1f s%n",
        articles, passages, duplicates, skipped, indexSeconds));
    b.append(String.format(Locale.ROOT, "           %,.0f articles/s, %,.0f passages/s; index %s on disk%n",
        articlesPerSecond(), passagesPerSecond(), bytes(indexBytes)));
    b.append(String.format(Locale.ROOT, "questions  %,d timed after %,d warm-up%n%n", questions, warmup));
    b.append(String.format(Locale.ROOT, "%-30s %10s %10s %10s%n", "latency", "p50", "p95", "p99"));
    row(b, "Lede, cache off", lede);
    row(b, "bare Lucene, BM25 top 10", lucene);
    b.append(String.format(Locale.ROOT, "%-30s %10s %10s %10s%n", "Lede / Lucene",
        times(ratio(lede.p50(), lucene.p50())), "", times(ratio(lede.p99(), lucene.p99()))));
    row(b, "Lede, cache hit", cacheHit);
    b.append(String.format(Locale.ROOT, "%nheap       peak %s indexing, %s answering; %s live after indexing; limit %s%n",
        bytes(heap.peakIndexing()), bytes(heap.peakAnswering()), bytes(heap.liveAfterIndexing()), bytes(heap.max())));
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Percentiles p) {
    b.append(String.format(Locale.ROOT, "%-30s %10s %10s %10s%n", name, millis(p.p50()), millis(p.p95()), millis(p.p99())));
  }

  private static String millis(Double ms) {
    if (ms == null) return "n/a";
    return String.format(Locale.ROOT, ms < 1 ? "%.3f ms" : "%.1f ms", ms);
  }

  private static String times(Double ratio) {
    return ratio == null ? "n/a" : String.format(Locale.ROOT, "%.1fx", ratio);
  }

  static String bytes(long n) {
    if (n < 1L << 20) return String.format(Locale.ROOT, "%.0f KB", n / 1024.0);
    if (n < 1L << 30) return String.format(Locale.ROOT, "%.0f MB", n / (double) (1L << 20));
    return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
  }
}

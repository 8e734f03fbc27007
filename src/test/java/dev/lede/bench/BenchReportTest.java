package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.eval.Latencies.Percentiles;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final long MB = 1 << 20;

  private final BenchReport report = new BenchReport("tiny", null, 1_000, 4_000, 3, 0, 8.0, 12 * MB, 100, 10,
      new Percentiles(20.0, 40.0, 60.0, 100), new Percentiles(0.5, 1.0, 2.0, 100), new Percentiles(0.1, 0.2, 0.3, 100),
      new BenchReport.Heap(2048 * MB, 300 * MB, 20 * MB, 150 * MB));

  @Test
  void throughput_isPerSecondOfIndexing() {
    assertEquals(125.0, report.articlesPerSecond());
    assertEquals(500.0, report.passagesPerSecond());
  }

  @Test
  void json_givesRatiosToBareLucene() throws Exception {
    JsonNode o = new ObjectMapper().readTree(report.json());
    assertEquals(40.0, o.get("lede_to_lucene").get("p50").asDouble());
    assertEquals(30.0, o.get("lede_to_lucene").get("p99").asDouble());
    assertEquals(500.0, o.get("passages_per_s").asDouble());
    assertEquals(0.1, o.get("cache_hit_ms").get("p50").asDouble());
    assertEquals(300 * MB, o.get("heap_bytes").get("peak_indexing").asLong());
    assertTrue(o.get("generated_seconds").isNull());
  }

  @Test
  void table_showsEveryFigure() {
    String t = report.table();
    assertTrue(t.contains("125 articles/s, 500 passages/s; index 12 MB on disk"), t);
    assertTrue(t.contains("Lede, cache off                   20.0 ms    40.0 ms    60.0 ms"), t);
    assertTrue(t.contains("bare Lucene, BM25 top 10         0.500 ms     1.0 ms     2.0 ms"), t);
    assertTrue(t.contains("Lede / Lucene                       40.0x                 30.0x"), t);
    assertTrue(t.contains("peak 300 MB indexing, 150 MB answering; 20 MB live after indexing; limit 2.0 GB"), t);
  }
}

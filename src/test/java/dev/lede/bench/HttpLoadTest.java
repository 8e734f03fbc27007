package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.chat.Health;
import dev.lede.config.HttpConfig;
import dev.lede.config.LedeConfig;
import dev.lede.http.HttpFrontEnd;
import dev.lede.http.Metrics;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpLoadTest {
  @TempDir Path dir;

  private static List<String> questions(int n) {
    return IntStream.range(0, n).mapToObj(i -> "Question " + i + "?").toList();
  }

  @Test
  void questionOfRequestN_isFixed_andTheHotShareIsAsAsked() {
    HttpLoad a = new HttpLoad(URI.create("http://127.0.0.1:1"), questions(1_000), 10, 0.3, 7);
    HttpLoad b = new HttpLoad(URI.create("http://127.0.0.1:1"), questions(1_000), 10, 0.3, 7);
    int hot = 0;
    for (long n = 0; n < 10_000; n++) {
      assertEquals(a.question(n), b.question(n));
      int i = Integer.parseInt(a.question(n).replaceAll("\\D", ""));
      if (i < 10) hot++;
    }
    assertTrue(hot > 2_700 && hot < 3_300, "about 30% hot, was " + hot);
    HttpLoad cold = new HttpLoad(URI.create("http://127.0.0.1:1"), questions(1_000), 10, 0, 7);
    assertEquals("Question 10?", cold.question(0));
    assertEquals("Question 11?", cold.question(1));
  }

  @Test
  void percentile_takesTheNearestRank() {
    long[] ms = new long[100];
    for (int i = 0; i < 100; i++) ms[i] = (i + 1) * 1_000_000L;
    assertEquals(50.0, HttpLoad.percentile(ms, 0.50));
    assertEquals(99.0, HttpLoad.percentile(ms, 0.99));
    assertEquals(0.0, HttpLoad.percentile(new long[0], 0.99));
  }

  @Test
  void run_stopsAtTheRequestBound_andCountsEveryAnswer() throws InterruptedException {
    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      HttpFrontEnd http = new HttpFrontEnd(new HttpConfig(true, "127.0.0.1", 0, 0, 1_000), lede, new Health(), new Metrics());
      http.start();
      try {
        List<String> asked = new ArrayList<>(List.of("How many New Yorkers received removal orders?"));
        asked.addAll(questions(20));
        HttpLoad load = new HttpLoad(URI.create("http://127.0.0.1:" + http.port()), asked, 1, 0.5, 1);
        HttpLoad.Result r = load.run("test", 2, Duration.ofSeconds(30), 12, 0);
        assertEquals(12, r.requests());
        assertEquals(0, r.failures());
        assertTrue(r.p99() >= r.p50() && r.max() >= r.p99() && r.perSecond() > 0, r.line());
      } finally {
        http.close();
      }
    }
  }
}

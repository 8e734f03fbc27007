package dev.lede.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained load on {@code /api/ask}: a fixed number of clients ask back to back for a fixed time
 * (and never more than a fixed number of requests), and the throughput and latency percentiles
 * are measured. Request n always asks the same question, so runs are repeatable: a share of them
 * repeat a small set of "hot" questions, as people do, the rest walk through distinct ones.
 */
public final class HttpLoad {

  /** The figures of one run. Latencies are in milliseconds, as the client saw them. */
  public record Result(String name, int clients, double seconds, long requests, long failures,
                       double perSecond, double p50, double p90, double p99, double max) {
    public String line() {
      return String.format(Locale.ROOT, "%-10s %2d clients %5.1f s %,8d requests %6.1f q/s  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %d failed",
          name, clients, seconds, requests, perSecond, p50, p90, p99, max, failures);
    }
  }

  private final URI base;
  private final List<String> questions;
  private final int hot;
  private final double repeatShare;
  private final long seed;
  private final HttpClient client;

  /**
   * @param base where the API is, e.g. http://127.0.0.1:8080
   * @param questions what to ask; the first {@code hot} are the repeated ones
   * @param repeatShare the share of requests, 0 to 1, that ask one of the hot questions
   */
  public HttpLoad(URI base, List<String> questions, int hot, double repeatShare, long seed) {
    if (questions.size() <= hot) throw new IllegalArgumentException("need more than " + hot + " questions, got " + questions.size());
    if (repeatShare < 0 || repeatShare > 1) throw new IllegalArgumentException("repeat share must be between 0 and 1, was " + repeatShare);
    this.base = base;
    this.questions = List.copyOf(questions);
    this.hot = hot;
    this.repeatShare = repeatShare;
    this.seed = seed;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The question of request {@code n}: the same for the same n, seed and questions. */
  String question(long n) {
    SplitMix mix = new SplitMix(seed ^ (n * 0x9E3779B97F4A7C15L));
    if (hot > 0 && mix.nextDouble() < repeatShare) return questions.get(mix.nextInt(hot));
    return questions.get(hot + (int) Math.floorMod(n, (long) (questions.size() - hot)));
  }

  /** Asks with {@code clients} threads for {@code length} or {@code maxRequests}, whichever ends first. */
  public Result run(String name, int clients, Duration length, long maxRequests, long firstRequest) throws InterruptedException {
    long[] latencies = new long[(int) Math.min(maxRequests, Integer.MAX_VALUE - 8)];
    AtomicLong next = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long start = System.nanoTime();
    long end = start + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
        while (System.nanoTime() < end) {
          long n = next.getAndIncrement();
          if (n >= latencies.length) break;
          long t0 = System.nanoTime();
          if (!ask(question(firstRequest + n))) failures.incrementAndGet();
          latencies[(int) n] = System.nanoTime() - t0;
        }
      }));
    }
    for (Thread t : threads) t.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    int done = (int) Math.min(next.get(), latencies.length);
    // Threads that drew a number after the deadline did not ask.
    long[] sorted = Arrays.stream(latencies, 0, done).filter(l -> l > 0).sorted().toArray();
    return new Result(name, clients, seconds, sorted.length, failures.get(), sorted.length / seconds,
        percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private boolean ask(String question) {
    URI uri = base.resolve("/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

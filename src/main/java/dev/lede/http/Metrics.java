package dev.lede.http;

import dev.lede.Lede;
import dev.lede.chat.ChatObserver;
import dev.lede.chat.ChatRequest;
import dev.lede.chat.Command;
import dev.lede.chat.Refusal;
import dev.lede.chat.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;

/**
 * Lede's figures in Prometheus form: questions by front end and outcome, their latency, errors
 * by front end, the answer cache and the index. One per process; every {@link dev.lede.chat.Chat}
 * reports to it as its {@link ChatObserver}, whatever its front end.
 */
public final class Metrics implements ChatObserver {
  /** The content type of {@link #scrape()}: Prometheus text format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter ingested;

  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    this.ingested = Counter.builder("lede.articles.ingested").description("Articles indexed since start").register(registry);
  }

  /** Adds the answer cache and index figures of {@code lede}, read at each scrape. */
  public Metrics bind(Lede lede) {
    FunctionCounter.builder("lede.cache.hits", lede.cache(), c -> c.figures().hits())
        .description("Questions answered from the answer cache").register(registry);
    FunctionCounter.builder("lede.cache.misses", lede.cache(), c -> c.figures().misses())
        .description("Questions the answer cache did not hold").register(registry);
    Gauge.builder("lede.cache.size", lede.cache(), c -> c.figures().size())
        .description("Answers in the cache").register(registry);
    Gauge.builder("lede.index.articles", lede.passages(), p -> p.articleCount())
        .description("Articles in the index").register(registry);
    Gauge.builder("lede.index.passages", lede.passages(), p -> p.passageCount())
        .description("Passages in the index").register(registry);
    Gauge.builder("lede.index.last.update", lede.passages(), p -> {
          Instant last = p.lastUpdate();
          return last == null ? Double.NaN : last.toEpochMilli() / 1000.0;
        })
        .description("When the index last changed, seconds since the epoch").baseUnit("seconds").register(registry);
    return this;
  }

  /** Counts articles newly added to the index. */
  public void ingested(int articles) {
    ingested.increment(articles);
  }

  /** Counts a failure on {@code frontEnd} that no reply covered, such as an HTTP 500. */
  public void error(String frontEnd) {
    registry.counter("lede.errors", "front_end", frontEnd).increment();
  }

  @Override
  public void handled(ChatRequest request, Reply reply, Duration took) {
    String frontEnd = request.platform();
    if (reply instanceof Reply.Refused r && r.reason() == Refusal.UNAVAILABLE) error(frontEnd);
    if (request.command() != Command.ASK) return;
    String outcome = switch (reply) {
      case Reply.Answered a -> a.answer().abstained() ? "declined" : "answered";
      case Reply.Refused r -> "refused";
      default -> "other";
    };
    registry.counter("lede.questions", "front_end", frontEnd, "outcome", outcome).increment();
    if (reply instanceof Reply.Answered) {
      Timer.builder("lede.question.latency")
          .description("Time to answer a question, cache hits included")
          .tag("front_end", frontEnd)
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofMillis(1))
          .maximumExpectedValue(Duration.ofSeconds(30))
          .register(registry)
          .record(took);
    }
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Every figure, in Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }
}

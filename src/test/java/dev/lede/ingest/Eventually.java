package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, up to a deadline, for something the watcher or poller does on its own thread. */
final class Eventually {
  /** The promise made to users: a change is answerable within this. */
  static final Duration PROMISE = Duration.ofSeconds(10);

  private Eventually() {}

  static void within(Duration limit, String what, BooleanSupplier condition) {
    within(limit, () -> what, condition);
  }

  static void within(Duration limit, Supplier<String> what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) fail("not within " + limit.toSeconds() + " s: " + what.get());
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted while waiting for: " + what.get());
      }
    }
  }
}

package dev.lede.telegram;

import java.util.concurrent.ThreadLocalRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Exponential back-off with a little jitter: initial, twice that, ... up to the maximum. Used
 * between failed polls (as the library's {@link BackOff}) and between failed sends.
 */
final class Backoff implements BackOff {
  private final long initialMillis;
  private final long maxMillis;
  private long next;

  Backoff(long initialMillis, long maxMillis) {
    if (initialMillis < 1 || maxMillis < initialMillis) {
      throw new IllegalArgumentException("back-off needs 1 <= initial <= max, was " + initialMillis + " and " + maxMillis);
    }
    this.initialMillis = initialMillis;
    this.maxMillis = maxMillis;
    this.next = initialMillis;
  }

  @Override
  public synchronized void reset() {
    next = initialMillis;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long current = next;
    next = Math.min(maxMillis, next * 2);
    // Up to 10% jitter so that many chats retrying at once do not retry in lock step.
    long jitter = current / 10 == 0 ? 0 : ThreadLocalRandom.current().nextLong(current / 10 + 1);
    return Math.min(maxMillis, current + jitter);
  }
}

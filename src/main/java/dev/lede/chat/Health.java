package dev.lede.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each front end stands, for health checks. Front ends (or whoever starts them) report
 * their state; anyone may read the board. Thread-safe.
 */
public final class Health {

  public enum State { STARTING, RUNNING, STOPPED, FAILED }

  /** A front end's last reported state, when it was reported, and why for {@link State#FAILED}. */
  public record Status(State state, Instant since, String detail) {}

  private final Map<String, Status> frontEnds = new ConcurrentHashMap<>();
  private final Clock clock;

  public Health(Clock clock) {
    this.clock = clock;
  }

  public Health() {
    this(Clock.systemUTC());
  }

  public void report(String frontEnd, State state) {
    report(frontEnd, state, null);
  }

  /** {@code detail} says what went wrong; it must never carry a secret such as a token. */
  public void report(String frontEnd, State state, String detail) {
    frontEnds.put(frontEnd, new Status(state, clock.instant(), detail));
  }

  /** Every front end that has reported, by name. */
  public Map<String, Status> frontEnds() {
    return new TreeMap<>(frontEnds);
  }
}

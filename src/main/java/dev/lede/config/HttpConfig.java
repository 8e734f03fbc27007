package dev.lede.config;

/**
 * The HTTP API's settings, the {@code http:} section of {@code config/lede.yaml}.
 *
 * @param enabled false turns the HTTP API off
 * @param host the address to bind; 127.0.0.1 keeps it private to the machine
 * @param port the port to bind; 0 picks a free one
 * @param perClientPerMinute questions and searches one client address may make a minute; 0 for no limit
 * @param maxQuestionChars longer questions are refused with a 400
 */
public record HttpConfig(boolean enabled, String host, int port, int perClientPerMinute, int maxQuestionChars) {

  public HttpConfig {
    LedeConfig.check(host != null && !host.isBlank(), "http.host", host, "must be a host name or address");
    LedeConfig.check(port >= 0 && port <= 65_535, "http.port", port, "must be between 0 and 65535");
    LedeConfig.check(perClientPerMinute >= 0, "http.per_client_per_minute", perClientPerMinute, "must not be negative");
    LedeConfig.check(maxQuestionChars >= 1, "http.max_question_chars", maxQuestionChars, "must be at least 1");
  }

  /** On, at 127.0.0.1:8080, 600 requests a minute per client, questions up to 1,000 characters. */
  public static HttpConfig defaults() {
    return new HttpConfig(true, "127.0.0.1", 8080, 600, 1_000);
  }

  public HttpConfig withPort(int newPort) {
    return new HttpConfig(enabled, host, newPort, perClientPerMinute, maxQuestionChars);
  }
}

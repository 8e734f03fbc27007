package dev.lede.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token} with every webhook update, so
 * that only Telegram can post updates. From {@value #ENV}, or random for each start when unset (the
 * start's setWebhook hands it to Telegram). Like {@link BotToken}, it never shows in text.
 */
final class WebhookSecret {
  static final String ENV = "TELEGRAM_WEBHOOK_SECRET";

  private final byte[] value;
  private final boolean random;

  private WebhookSecret(String value, boolean random) {
    this.value = value.getBytes(StandardCharsets.US_ASCII);
    this.random = random;
  }

  /**
   * @throws IllegalArgumentException when the variable is set but not what Telegram accepts; the
   *     message does not repeat it
   */
  static WebhookSecret fromEnvironment(Map<String, String> env) {
    String raw = env.get(ENV);
    if (raw == null || raw.isBlank()) return random();
    String secret = raw.strip();
    if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw new IllegalArgumentException(ENV + " must be 1-256 letters, digits, '_' or '-' (Telegram's rule for "
          + "secret_token); check the variable, its value is not shown here");
    }
    return new WebhookSecret(secret, false);
  }

  static WebhookSecret random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return new WebhookSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
  }

  String value() {
    return new String(value, StandardCharsets.US_ASCII);
  }

  /** Where the secret came from, for the start-up log line (never the value). */
  String origin() {
    return random ? "a random secret for this run (" + ENV + " not set)" : "the secret from " + ENV;
  }

  /** Whether a request's header carries this secret; constant time, so timing tells nothing. */
  boolean matches(String header) {
    return header != null && MessageDigest.isEqual(value, header.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "WebhookSecret[redacted]";
  }
}

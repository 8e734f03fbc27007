package dev.lede.telegram;

import java.util.Objects;

/**
 * The bot's secret. Its {@link #toString()} never shows the value, so a token cannot leak into a
 * log line or an exception message by accident; {@link #redact(String)} scrubs it from text that
 * came from elsewhere (library messages that might quote a URL).
 */
final class BotToken {
  /** The environment variable the token is read from; it is never read from a file. */
  static final String ENV = "TELEGRAM_BOT_TOKEN";

  private final String value;

  private BotToken(String value) {
    this.value = value;
  }

  /**
   * @throws IllegalArgumentException when the text does not look like a BotFather token; the
   *     message does not repeat it
   */
  static BotToken of(String value) {
    Objects.requireNonNull(value, ENV);
    String token = value.strip();
    if (!token.matches("[0-9]{1,20}:[A-Za-z0-9_-]{20,100}")) {
      throw new IllegalArgumentException(ENV + " does not look like a bot token (BotFather gives digits, a colon, "
          + "then 35 letters, digits, '-' or '_'); check the variable, its value is not shown here");
    }
    return new BotToken(token);
  }

  String value() {
    return value;
  }

  String redact(String text) {
    return text == null ? null : text.replace(value, "<token>");
  }

  @Override
  public String toString() {
    return "BotToken[redacted]";
  }
}

package dev.lede.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an inline button asks for, as carried in Telegram's callback data ({@code src:<replyId>},
 * {@code up:<replyId>}, {@code down:<replyId>}); Telegram allows at most 64 bytes.
 */
record ButtonData(Action action, String replyId) {
  static final int MAX_BYTES = 64;

  enum Action {
    SOURCES("src"), HELPFUL("up"), UNHELPFUL("down");

    final String prefix;

    Action(String prefix) {
      this.prefix = prefix;
    }
  }

  ButtonData {
    if (replyId == null || !replyId.matches("[A-Za-z0-9_-]{1,16}")) {
      throw new IllegalArgumentException("reply id must be 1-16 ASCII letters, digits, '-' or '_', was '" + replyId + "'");
    }
  }

  String encode() {
    String data = action.prefix + ":" + replyId;
    if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) throw new IllegalStateException("callback data over 64 bytes: " + data);
    return data;
  }

  /** Empty for data Lede did not write (an old button, or someone crafting callbacks). */
  static Optional<ButtonData> decode(String data) {
    if (data == null) return Optional.empty();
    int colon = data.indexOf(':');
    if (colon < 0) return Optional.empty();
    String prefix = data.substring(0, colon);
    String id = data.substring(colon + 1);
    if (!id.matches("[A-Za-z0-9_-]{1,16}")) return Optional.empty();
    for (Action a : Action.values()) {
      if (a.prefix.equals(prefix)) return Optional.of(new ButtonData(a, id));
    }
    return Optional.empty();
  }
}

package dev.lede.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * What a chat message asks Lede to do. Plain text is a question. FOLLOW, FOLLOWING and UNFOLLOW
 * manage the chat's followed topics (see {@link FollowDesk}).
 */
public enum Command {
  START, HELP, ASK, SEARCH, LATEST, ABOUT, STATS, FOLLOW, FOLLOWING, UNFOLLOW;

  /** The command's name as typed after the slash. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Command> named(String word) {
    for (Command c : values()) {
      if (c.word().equalsIgnoreCase(word)) return Optional.of(c);
    }
    return Optional.empty();
  }

  /**
   * A message split into its command and argument. {@code addressee} is the bot name after
   * {@code @} in {@code /ask@lede_bot}, or {@code null}; {@code command} is {@code null} for an
   * unknown slash command.
   */
  public record Parsed(Command command, String argument, String addressee, String word) {
    public boolean isKnown() {
      return command != null;
    }
  }

  /** Reads "/word@bot argument" or plain text (a question). Never fails. */
  public static Parsed parse(String message) {
    String text = message == null ? "" : message.strip();
    if (!text.startsWith("/") || text.length() == 1) return new Parsed(ASK, text, null, "ask");
    int end = 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
    String head = text.substring(1, end);
    String argument = text.substring(end).strip();
    String addressee = null;
    int at = head.indexOf('@');
    if (at >= 0) {
      addressee = head.substring(at + 1);
      head = head.substring(0, at);
    }
    return new Parsed(named(head).orElse(null), argument, addressee, head);
  }
}

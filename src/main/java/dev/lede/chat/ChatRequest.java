package dev.lede.chat;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a person asked of Lede on some platform.
 *
 * @param platform "telegram", "discord", "terminal", ...
 * @param user who asked, unique within the platform (rate limits count per user)
 * @param chat where it was asked: a chat, channel or guild (rate limits and the allow-list count per chat)
 * @param command what was asked for
 * @param argument the question or search words, possibly empty
 * @param asOf the day that counts as "today", or {@code null} for the real today
 */
public record ChatRequest(String platform, String user, String chat, Command command, String argument, LocalDate asOf) {
  public ChatRequest {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(command, "command");
    argument = argument == null ? "" : argument;
  }

  public ChatRequest(String platform, String user, String chat, Command command, String argument) {
    this(platform, user, chat, command, argument, null);
  }
}

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
 * @param channel where, within {@code chat}, followed topics are posted: a Discord channel of a
 *     guild; the chat itself when {@code null}
 */
public record ChatRequest(
    String platform, String user, String chat, Command command, String argument, LocalDate asOf, String channel) {
  public ChatRequest {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(command, "command");
    argument = argument == null ? "" : argument;
    channel = channel == null || channel.isBlank() ? chat : channel;
  }

  public ChatRequest(String platform, String user, String chat, Command command, String argument, LocalDate asOf) {
    this(platform, user, chat, command, argument, asOf, null);
  }

  public ChatRequest(String platform, String user, String chat, Command command, String argument) {
    this(platform, user, chat, command, argument, null, null);
  }
}

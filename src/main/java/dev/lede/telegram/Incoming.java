package dev.lede.telegram;

import dev.lede.chat.Command;

/** What an update asks of Lede, once {@link UpdateRouter} has read it. */
sealed interface Incoming {

  /**
   * A command or question in a chat. {@code replyTo} is the message to answer in groups (null in
   * private chats, where the answer simply follows); {@code threadId} keeps forum topics apart.
   */
  record ChatMessage(long chatId, long userId, Integer replyTo, Integer threadId, Command command, String argument)
      implements Incoming {}

  /** Something Lede should say it cannot do, in a private chat (an unknown command, a sticker). */
  record Unsupported(long chatId, Kind kind) implements Incoming {
    enum Kind { UNKNOWN_COMMAND, NOT_TEXT }
  }

  /** {@code @bot question} typed in any chat. */
  record InlineAsk(String queryId, long userId, String query) implements Incoming {}

  /**
   * A press on one of Lede's buttons; the message is either in a chat ({@code chatId},
   * {@code messageId}) or was sent inline ({@code inlineMessageId}).
   */
  record ButtonPress(String callbackId, long userId, Long chatId, Integer messageId, String inlineMessageId, String data)
      implements Incoming {}

  /** Chatter or an update kind Lede does not handle; {@code why} goes to the debug log. */
  record Ignored(String why) implements Incoming {}
}

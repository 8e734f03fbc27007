package dev.lede.telegram;

import dev.lede.chat.Command;
import java.util.List;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads an update: private chats take any text as a question; groups only what is addressed to
 * Lede (its commands, messages that mention it, replies to its messages); inline queries; presses
 * on its buttons. Everything else is {@link Incoming.Ignored}.
 */
final class UpdateRouter {
  private final BotIdentity bot;

  UpdateRouter(BotIdentity bot) {
    this.bot = bot;
  }

  Incoming route(Update update) {
    if (update.hasMessage()) return message(update.getMessage());
    if (update.hasInlineQuery()) return inline(update.getInlineQuery());
    if (update.hasCallbackQuery()) return button(update.getCallbackQuery());
    return new Incoming.Ignored("update " + update.getUpdateId() + " is of a kind Lede does not handle");
  }

  private Incoming message(Message m) {
    if (m.getChat() == null || m.getFrom() == null) return new Incoming.Ignored("message without chat or sender");
    if (Boolean.TRUE.equals(m.getFrom().getIsBot())) return new Incoming.Ignored("message from a bot");
    String type = m.getChat().getType();
    boolean isPrivate = "private".equals(type);
    boolean isGroup = "group".equals(type) || "supergroup".equals(type);
    if (!isPrivate && !isGroup) return new Incoming.Ignored("message in a " + type);
    long chatId = m.getChatId();
    Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
    if (!m.hasText()) {
      return isPrivate ? new Incoming.Unsupported(chatId, Incoming.Unsupported.Kind.NOT_TEXT)
          : new Incoming.Ignored("group message without text");
    }
    String text = m.getText();
    Integer replyTo = isPrivate ? null : m.getMessageId();
    long user = m.getFrom().getId();

    if (text.startsWith("/")) {
      Command.Parsed parsed = Command.parse(text);
      if (parsed.addressee() != null && !bot.isNamed(parsed.addressee())) {
        return new Incoming.Ignored("command for another bot: @" + parsed.addressee());
      }
      if (!parsed.isKnown()) {
        return isPrivate ? new Incoming.Unsupported(chatId, Incoming.Unsupported.Kind.UNKNOWN_COMMAND)
            : new Incoming.Ignored("unknown command /" + parsed.word() + " in a group");
      }
      return new Incoming.ChatMessage(chatId, user, replyTo, thread, parsed.command(), stripMention(parsed.argument()));
    }
    if (isPrivate) return new Incoming.ChatMessage(chatId, user, null, thread, Command.ASK, text);
    if (mentionsBot(m)) return new Incoming.ChatMessage(chatId, user, replyTo, thread, Command.ASK, stripMention(text));
    if (isReplyToBot(m)) return new Incoming.ChatMessage(chatId, user, replyTo, thread, Command.ASK, text);
    return new Incoming.Ignored("group chatter not addressed to " + bot.mention());
  }

  private boolean mentionsBot(Message m) {
    List<MessageEntity> entities = m.getEntities();
    String text = m.getText();
    if (entities != null) {
      for (MessageEntity e : entities) {
        if (!"mention".equals(e.getType()) || e.getOffset() == null || e.getLength() == null) continue;
        int from = e.getOffset();
        int to = from + e.getLength();
        if (from >= 0 && to <= text.length() && bot.isNamed(text.substring(from, to).replaceFirst("^@", ""))) return true;
      }
      return false;
    }
    return text.toLowerCase(Locale.ROOT).contains(bot.mention().toLowerCase(Locale.ROOT));
  }

  private boolean isReplyToBot(Message m) {
    Message original = m.getReplyToMessage();
    return original != null && original.getFrom() != null && original.getFrom().getId() != null
        && original.getFrom().getId() == bot.id();
  }

  private String stripMention(String text) {
    return text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(bot.username()) + "\\b", " ").replaceAll("\\s+", " ").strip();
  }

  private Incoming inline(InlineQuery q) {
    if (q.getFrom() == null || q.getId() == null) return new Incoming.Ignored("inline query without sender");
    return new Incoming.InlineAsk(q.getId(), q.getFrom().getId(), q.getQuery() == null ? "" : q.getQuery());
  }

  private Incoming button(CallbackQuery q) {
    if (q.getFrom() == null || q.getId() == null) return new Incoming.Ignored("callback query without sender");
    MaybeInaccessibleMessage message = q.getMessage();
    Long chatId = message == null ? null : message.getChatId();
    Integer messageId = message == null ? null : message.getMessageId();
    return new Incoming.ButtonPress(q.getId(), q.getFrom().getId(), chatId, messageId, q.getInlineMessageId(), q.getData());
  }
}

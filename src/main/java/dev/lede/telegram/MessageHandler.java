package dev.lede.telegram;

import dev.lede.chat.Chat;
import dev.lede.chat.ChatRequest;
import dev.lede.chat.Command;
import dev.lede.chat.Reply;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;

/** Answers commands and questions in chats: asks {@link Chat}, sends the rendered reply. */
final class MessageHandler {
  private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);
  static final String PLATFORM = "telegram";
  // Telegram shows "typing" for 5 seconds; renewing every 4 keeps it on while a slow answer is read.
  private static final long TYPING_RENEW_SECONDS = 4;

  private final Chat chat;
  private final HtmlReply html;
  private final TelegramSender sender;
  private final ScheduledExecutorService typing;
  private final TelegramSettings settings;

  MessageHandler(Chat chat, HtmlReply html, TelegramSender sender, ScheduledExecutorService typing, TelegramSettings settings) {
    this.chat = chat;
    this.html = html;
    this.sender = sender;
    this.typing = typing;
    this.settings = settings;
  }

  void handle(Incoming.ChatMessage m) {
    boolean slow = m.command() == Command.ASK || m.command() == Command.SEARCH || m.command() == Command.LATEST;
    ScheduledFuture<?> typingAction = slow ? startTyping(m) : null;
    Reply reply;
    try {
      reply = chat.handle(new ChatRequest(PLATFORM, Long.toString(m.userId()), Long.toString(m.chatId()), m.command(), m.argument()));
    } finally {
      if (typingAction != null) typingAction.cancel(false);
    }
    send(m.chatId(), m.replyTo(), m.threadId(), html.render(reply, m.command()));
  }

  void unsupported(Incoming.Unsupported u) {
    var allowed = settings.policy().allowedChats();
    if (!allowed.isEmpty() && !allowed.contains(Long.toString(u.chatId()))) {
      log.debug("{} in chat {} ignored: chat not allowed", u.kind(), u.chatId());
      return;
    }
    String text = u.kind() == Incoming.Unsupported.Kind.UNKNOWN_COMMAND ? settings.texts().unknownCommand() : settings.texts().textOnly();
    send(u.chatId(), null, null, html.text(text));
  }

  /** Sends the parts in order; the first replies to the asker's message (in groups). */
  void send(long chatId, Integer replyTo, Integer threadId, List<HtmlReply.Outgoing> parts) {
    for (int i = 0; i < parts.size(); i++) {
      HtmlReply.Outgoing part = parts.get(i);
      SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
          .chatId(chatId)
          .text(part.html())
          .parseMode(ParseMode.HTML)
          .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
          .replyMarkup(part.keyboard());
      if (threadId != null) message.messageThreadId(threadId);
      if (i == 0 && replyTo != null) {
        message.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
      }
      try {
        sender.send(message.build(), "sendMessage to chat " + chatId);
      } catch (TelegramSender.SendFailure e) {
        log.error("Reply to chat {} not delivered (part {} of {}): {}", chatId, i + 1, parts.size(), e.getMessage());
        return;
      }
    }
  }

  private ScheduledFuture<?> startTyping(Incoming.ChatMessage m) {
    SendChatAction.SendChatActionBuilder<?, ?> action = SendChatAction.builder().chatId(m.chatId()).action(ActionType.TYPING.toString());
    if (m.threadId() != null) action.messageThreadId(m.threadId());
    SendChatAction built = action.build();
    String what = "sendChatAction to chat " + m.chatId();
    sender.tryOnce(built, what);
    try {
      return typing.scheduleAtFixedRate(() -> sender.tryOnce(built, what), TYPING_RENEW_SECONDS, TYPING_RENEW_SECONDS, TimeUnit.SECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return null; // shutting down: the answer matters, the typing indicator does not
    }
  }
}

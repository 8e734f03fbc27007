package dev.lede.telegram;

import dev.lede.chat.Notification;
import dev.lede.chat.Notifier;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;

/** Posts followed-topic notifications in Telegram chats, through the sender and its retries. */
final class TopicNotifier implements Notifier {
  private final HtmlReply html;
  private final TelegramSender sender;

  TopicNotifier(HtmlReply html, TelegramSender sender) {
    this.html = html;
    this.sender = sender;
  }

  @Override
  public void notify(String chat, Notification n) {
    long chatId;
    try {
      chatId = Long.parseLong(chat);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + chat + "' is not a Telegram chat id");
    }
    List<HtmlReply.Outgoing> parts = html.notification(n);
    for (HtmlReply.Outgoing part : parts) {
      SendMessage message = SendMessage.builder()
          .chatId(chatId)
          .text(part.html())
          .parseMode(ParseMode.HTML)
          .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
          .build();
      try {
        sender.send(message, "sendMessage (followed topic) to chat " + chatId);
      } catch (TelegramSender.SendFailure e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }
}

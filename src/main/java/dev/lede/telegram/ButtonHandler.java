package dev.lede.telegram;

import dev.lede.answer.Answer;
import dev.lede.chat.Chat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;

/**
 * Presses on Lede's buttons. 👍 / 👎 go to the chat layer's feedback log with the question;
 * Sources adds the other supporting articles to the answer. Every press is answered (Telegram
 * shows a spinner until it is), whatever happens.
 */
final class ButtonHandler {
  private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

  private final Chat chat;
  private final HtmlReply html;
  private final TelegramSender sender;
  private final MessageHandler messages;
  private final TelegramSettings.Texts texts;

  ButtonHandler(Chat chat, HtmlReply html, TelegramSender sender, MessageHandler messages, TelegramSettings.Texts texts) {
    this.chat = chat;
    this.html = html;
    this.sender = sender;
    this.messages = messages;
    this.texts = texts;
  }

  void handle(Incoming.ButtonPress press) {
    String notice = texts.expired();
    Answer toShow = null;
    String replyId = null;
    try {
      Optional<ButtonData> data = ButtonData.decode(press.data());
      if (data.isEmpty()) {
        log.debug("callback {} from user {} carries data Lede did not write", press.callbackId(), press.userId());
      } else {
        replyId = data.get().replyId();
        switch (data.get().action()) {
          case HELPFUL, UNHELPFUL -> {
            boolean helpful = data.get().action() == ButtonData.Action.HELPFUL;
            if (chat.feedback(MessageHandler.PLATFORM, Long.toString(press.userId()), replyId, helpful)) notice = texts.feedbackThanks();
          }
          case SOURCES -> {
            toShow = chat.answer(replyId).orElse(null);
            if (toShow != null) notice = null;
          }
        }
      }
    } finally {
      answer(press, notice);
    }
    if (toShow != null) showSources(press, replyId, toShow);
  }

  private void answer(Incoming.ButtonPress press, String notice) {
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> a = AnswerCallbackQuery.builder().callbackQueryId(press.callbackId());
    if (notice != null) a.text(notice);
    try {
      sender.send(a.build(), "answerCallbackQuery from user " + press.userId());
    } catch (TelegramSender.SendFailure e) {
      log.warn("Button press from user {} not acknowledged: {}", press.userId(), e.getMessage());
    }
  }

  /**
   * Edits the answer to list its other articles (and drops the Sources button). When that would
   * not fit in one message, the list follows as a reply instead.
   */
  private void showSources(Incoming.ButtonPress press, String replyId, Answer answer) {
    List<HtmlReply.Outgoing> edited = html.parts(html.answerWithSources(answer), html.keyboard(replyId, false));
    boolean inline = press.inlineMessageId() != null;
    if (edited.size() > 1 && !inline && press.chatId() != null) {
      messages.send(press.chatId(), press.messageId(), null, html.parts(html.otherSources(answer), null));
      return;
    }
    HtmlReply.Outgoing part = edited.getFirst();
    EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder()
        .text(part.html())
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
        .replyMarkup(html.keyboard(replyId, false));
    if (inline) {
      edit.inlineMessageId(press.inlineMessageId());
    } else if (press.chatId() != null && press.messageId() != null) {
      edit.chatId(press.chatId()).messageId(press.messageId());
    } else {
      log.debug("Sources pressed on a message Lede can no longer reach (callback {})", press.callbackId());
      return;
    }
    try {
      sender.send(edit.build(), "editMessageText for user " + press.userId());
    } catch (TelegramSender.SendFailure e) {
      // Pressing Sources twice makes Telegram say "message is not modified": nothing lost.
      log.info("Sources for user {} not shown: {}", press.userId(), e.getMessage());
    }
  }
}

package dev.lede.telegram;

import dev.lede.answer.Answer;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatRequest;
import dev.lede.chat.Command;
import dev.lede.chat.Reply;
import dev.lede.retrieve.Source;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Answers {@code @bot question} in any chat. The first result is the answer (short answer as the
 * title; the message carries the sentence and the source, with the buttons); the others are the
 * further articles the answer lists, each sending its own snippet and source.
 */
final class InlineHandler {
  private static final Logger log = LoggerFactory.getLogger(InlineHandler.class);
  /** The allow-list entry that admits inline mode, which has no chat of its own. */
  static final String INLINE_CHAT = "inline";
  private static final int TITLE_CHARS = 120;
  private static final int DESCRIPTION_CHARS = 200;

  private final Chat chat;
  private final HtmlReply html;
  private final TelegramSender sender;
  private final TelegramSettings.Limits limits;

  InlineHandler(Chat chat, HtmlReply html, TelegramSender sender, TelegramSettings.Limits limits) {
    this.chat = chat;
    this.html = html;
    this.sender = sender;
    this.limits = limits;
  }

  void handle(Incoming.InlineAsk q) {
    String query = q.query().strip();
    List<InlineQueryResult> results;
    int cacheSeconds = limits.inlineCacheSeconds();
    if (query.codePoints().filter(Character::isLetterOrDigit).count() < limits.inlineMinChars()) {
      results = List.of(); // still typing
      cacheSeconds = 0;
    } else {
      Reply reply = chat.handle(new ChatRequest(MessageHandler.PLATFORM, Long.toString(q.userId()), INLINE_CHAT, Command.ASK, query));
      results = switch (reply) {
        case Reply.Answered a -> answered(a);
        case Reply.Refused r -> List.of(article("refused", html.refusal(r), null, first(HtmlText.escape(html.refusal(r))), null));
        default -> List.of();
      };
      if (reply instanceof Reply.Refused) cacheSeconds = 0; // a refusal is about this moment, not this query
    }
    AnswerInlineQuery answer = AnswerInlineQuery.builder()
        .inlineQueryId(q.queryId())
        .results(results)
        .cacheTime(cacheSeconds)
        .isPersonal(false)
        .build();
    try {
      sender.send(answer, "answerInlineQuery from user " + q.userId());
    } catch (TelegramSender.SendFailure e) {
      log.warn("Inline answer for user {} not delivered: {}", q.userId(), e.getMessage());
    }
  }

  private List<InlineQueryResult> answered(Reply.Answered a) {
    Answer answer = a.answer();
    InlineKeyboardMarkup buttons = html.buttons(a.id(), answer);
    List<InlineQueryResult> results = new ArrayList<>();
    if (answer.source() == null) {
      Source nearest = answer.sources().isEmpty() ? null : answer.sources().getFirst();
      results.add(article(a.id() + ":0", html.declinedTitle(), nearest == null ? null : nearest.title(), first(html.answer(answer)),
          html.keyboard(a.id(), false)));
      return results;
    }
    results.add(article(a.id() + ":0", answer.text(), describe(answer.source()), first(html.answer(answer)), buttons));
    List<Source> sources = answer.sources();
    for (int i = 1; i < sources.size() && results.size() < limits.inlineResults(); i++) {
      Source s = sources.get(i);
      // The snippet and its article only: a nearby article need not say what the answer says.
      String body = HtmlText.escape(s.snippet()) + "\n\n" + html.sourceLine(s);
      results.add(article(a.id() + ":" + i, html.inlineMoreTitle(s), s.snippet(), first(body), null));
    }
    return results;
  }

  private static String describe(Source s) {
    return s.date() == null ? s.title() : s.title() + " \u00B7 " + HtmlReply.day(s.date());
  }

  /** An inline result carries one message: what fits in the first. */
  private String first(String htmlText) {
    return html.parts(htmlText, null).getFirst().html();
  }

  private static InlineQueryResultArticle article(String id, String title, String description, String messageHtml,
      InlineKeyboardMarkup buttons) {
    InlineQueryResultArticle.InlineQueryResultArticleBuilder<?, ?> b = InlineQueryResultArticle.builder()
        .id(id)
        .title(cut(title, TITLE_CHARS))
        .inputMessageContent(InputTextMessageContent.builder()
            .messageText(messageHtml)
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
            .build());
    if (description != null && !description.isBlank()) b.description(cut(description, DESCRIPTION_CHARS));
    if (buttons != null) b.replyMarkup(buttons);
    return b.build();
  }

  private static String cut(String s, int max) {
    String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) return t;
    int end = Character.isHighSurrogate(t.charAt(max - 2)) ? max - 2 : max - 1;
    return t.substring(0, end) + "\u2026";
  }
}

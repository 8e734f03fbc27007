package dev.lede.telegram;

import static dev.lede.telegram.HtmlText.bold;
import static dev.lede.telegram.HtmlText.escape;
import static dev.lede.telegram.HtmlText.fill;
import static dev.lede.telegram.HtmlText.italic;
import static dev.lede.telegram.HtmlText.link;

import dev.lede.answer.Answer;
import dev.lede.chat.ChatStats;
import dev.lede.chat.Command;
import dev.lede.chat.Notification;
import dev.lede.chat.Reply;
import dev.lede.chat.Topic;
import dev.lede.retrieve.ArchiveSummary;
import dev.lede.retrieve.Source;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders the chat layer's {@link Reply}s as Telegram HTML messages: the short answer in bold, the
 * supporting sentence, then the source (title linked to its url, date), with Sources and feedback
 * buttons. Long output is split into messages Telegram accepts; the buttons go on the last one.
 */
final class HtmlReply {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
  private static final int LISTED_SOURCES = 8;

  /** One message to send: HTML text and, on the last part of a reply, its buttons (or null). */
  record Outgoing(String html, InlineKeyboardMarkup keyboard) {}

  private final TelegramSettings settings;
  private final TelegramSettings.Texts texts;
  private final MessageSplitter splitter;

  HtmlReply(TelegramSettings settings, MessageSplitter splitter) {
    this.settings = settings;
    this.texts = settings.texts();
    this.splitter = splitter;
  }

  /** {@code asked} tells /start from /about, which the chat layer answers alike. */
  List<Outgoing> render(Reply reply, Command asked) {
    return switch (reply) {
      case Reply.Answered a -> parts(answer(a.answer()), buttons(a.id(), a.answer()));
      case Reply.Articles a -> parts(articles(a), null);
      case Reply.About a -> parts(asked == Command.START ? start(a.exampleQuestion()) : about(a.summary()), null);
      case Reply.Help h -> parts(help(), null);
      case Reply.Stats s -> parts(stats(s.stats()), null);
      case Reply.Refused r -> parts(escape(refusal(r)), null);
      case Reply.Followed f -> parts(fill(f.already() ? texts.alreadyFollowing() : texts.followed(), topic(f.topic())), null);
      case Reply.Following f -> parts(following(f.topics()), null);
      case Reply.Unfollowed u -> parts(u.removed() == null
          ? fill(texts.notFollowed(), Map.of("asked", escape(u.asked()))) + "\n\n" + following(u.remaining())
          : fill(texts.unfollowed(), topic(u.removed())), null);
    };
  }

  private static Map<String, String> topic(Topic topic) {
    return Map.of("topic", escape(topic.words()));
  }

  /** The chat's topics, numbered as /unfollow takes them. */
  private String following(List<Topic> topics) {
    if (topics.isEmpty()) return escape(texts.followingNone());
    StringBuilder html = new StringBuilder(escape(texts.followingHeader()));
    for (int i = 0; i < topics.size(); i++) html.append("\n").append(i + 1).append(". ").append(escape(topics.get(i).words()));
    return html.toString();
  }

  /** A newly indexed article on a followed topic: the header, the title linked with its date, the matching sentence. */
  List<Outgoing> notification(Notification n) {
    StringBuilder html = new StringBuilder(fill(texts.notification(), topic(n.topic())));
    html.append("\n\n").append(sourceLine(new Source(n.articleId(), n.title(), n.date(), n.url(), n.publisher(), n.sentence())));
    if (n.sentence() != null && !n.sentence().isBlank()) html.append("\n\n").append(escape(n.sentence()));
    return parts(html.toString(), null);
  }

  /** Plain text of a refusal, with its placeholders filled. */
  String refusal(Reply.Refused r) {
    long seconds = r.retryAfter() == null ? 60 : Math.max(1, (r.retryAfter().toMillis() + 999) / 1000);
    String text = settings.refusalText(r.reason());
    return text.replace("{seconds}", Long.toString(seconds))
        .replace("{max}", Integer.toString(settings.limits().maxQuestionChars()));
  }

  String declinedTitle() {
    return texts.declined();
  }

  String inlineMoreTitle(Source s) {
    return texts.inlineMore() + ": " + s.title();
  }

  List<Outgoing> text(String plain) {
    return parts(escape(plain), null);
  }

  /** The answer or the decline, as HTML without buttons. */
  String answer(Answer answer) {
    if (answer.abstained() || answer.source() == null) {
      StringBuilder html = new StringBuilder(escape(texts.declined()));
      if (!answer.sources().isEmpty()) {
        html.append("\n\n").append(escape(texts.nearestArticles()));
        appendList(html, answer.sources());
      }
      return html.toString();
    }
    StringBuilder html = new StringBuilder(bold(answer.text()));
    if (answer.sentence() != null && !answer.sentence().isBlank()) html.append("\n\n").append(escape(answer.sentence()));
    html.append("\n\n").append(sourceLine(answer.source()));
    return html.toString();
  }

  /** The answer followed by the other articles that support it, for the Sources button. */
  String answerWithSources(Answer answer) {
    return answer(answer) + "\n\n" + otherSources(answer);
  }

  String otherSources(Answer answer) {
    List<Source> others = answer.sources().size() > 1 ? answer.sources().subList(1, answer.sources().size()) : List.of();
    if (others.isEmpty()) return escape(texts.noOtherSources());
    StringBuilder html = new StringBuilder(escape(texts.otherSources()));
    appendList(html, others);
    return html.toString();
  }

  List<Outgoing> parts(String html, InlineKeyboardMarkup keyboard) {
    List<String> texts = splitter.split(html);
    List<Outgoing> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) out.add(new Outgoing(texts.get(i), i == texts.size() - 1 ? keyboard : null));
    return out;
  }

  /** Sources (when there are other articles) and the two feedback buttons. */
  InlineKeyboardMarkup buttons(String replyId, Answer answer) {
    return keyboard(replyId, answer.source() != null && answer.sources().size() > 1);
  }

  InlineKeyboardMarkup keyboard(String replyId, boolean withSources) {
    InlineKeyboardRow row = new InlineKeyboardRow();
    if (withSources) row.add(button(texts.sourcesButton(), new ButtonData(ButtonData.Action.SOURCES, replyId)));
    row.add(button(texts.helpfulButton(), new ButtonData(ButtonData.Action.HELPFUL, replyId)));
    row.add(button(texts.unhelpfulButton(), new ButtonData(ButtonData.Action.UNHELPFUL, replyId)));
    return InlineKeyboardMarkup.builder().keyboardRow(row).build();
  }

  private static InlineKeyboardButton button(String text, ButtonData data) {
    return InlineKeyboardButton.builder().text(text).callbackData(data.encode()).build();
  }

  String sourceLine(Source source) {
    StringBuilder line = new StringBuilder("\uD83D\uDCF0 ").append(link(source.title(), source.url()));
    if (source.date() != null) line.append(" \u00B7 ").append(escape(day(source.date())));
    if (source.publisher() != null && !source.publisher().isBlank()) line.append(" \u00B7 ").append(escape(source.publisher()));
    return line.toString();
  }

  private void appendList(StringBuilder html, List<Source> sources) {
    int n = 0;
    for (Source s : sources) {
      if (n++ == LISTED_SOURCES) break;
      html.append("\n\u2022 ").append(link(s.title(), s.url()));
      if (s.date() != null) html.append(" \u2014 ").append(escape(day(s.date())));
    }
  }

  private String articles(Reply.Articles a) {
    Map<String, String> query = Map.of("query", escape(a.query()));
    if (a.articles().isEmpty()) return fill(texts.noArticles(), query);
    String header = a.command() == Command.SEARCH ? fill(texts.searchHeader(), query)
        : a.query().isBlank() ? escape(texts.latestHeader()) : fill(texts.latestTopicHeader(), query);
    StringBuilder html = new StringBuilder(header);
    for (Source s : a.articles()) {
      html.append("\n\n\u2022 ").append(link(s.title(), s.url()));
      if (s.date() != null) html.append(" \u2014 ").append(escape(day(s.date())));
    }
    return html.toString();
  }

  private String start(String example) {
    return fill(texts.start(), Map.of("example", italic(example)));
  }

  private String about(ArchiveSummary s) {
    return fill(texts.about(), Map.of(
        "articles", escape(String.format(Locale.ENGLISH, "%,d", s.articles())),
        "first", escape(s.firstDate() == null ? "unknown" : day(s.firstDate())),
        "last", escape(s.lastDate() == null ? "unknown" : day(s.lastDate())),
        "updated", escape(s.lastUpdate() == null ? "never" : MOMENT.format(s.lastUpdate().atOffset(ZoneOffset.UTC)))));
  }

  private String help() {
    StringBuilder html = new StringBuilder(escape(texts.help())).append("\n");
    for (TelegramSettings.MenuCommand c : settings.commands()) {
      html.append("\n/").append(escape(c.command())).append(" \u2014 ").append(escape(c.description()));
    }
    return html.toString();
  }

  private static String stats(ChatStats s) {
    return escape(String.format(Locale.ENGLISH,
        "Questions: %,d (answered %,d, declined %,d)%nRefused: %,d%nAnswer cache: %,d entries, %.0f%% hits",
        s.questions(), s.answered(), s.declined(), s.refused(), s.cacheSize(), 100 * s.cacheHitRate()));
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }
}

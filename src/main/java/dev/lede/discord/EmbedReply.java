package dev.lede.discord;

import dev.lede.answer.Answer;
import dev.lede.chat.ChatStats;
import dev.lede.chat.Command;
import dev.lede.chat.Notification;
import dev.lede.chat.Refusal;
import dev.lede.chat.Reply;
import dev.lede.chat.Topic;
import dev.lede.retrieve.ArchiveSummary;
import dev.lede.retrieve.Source;
import java.awt.Color;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders a chat {@link Reply} as a Discord message: one embed within every limit Discord sets
 * (title 256, description 4096, field name 256 and value 1024, footer 2048, 25 fields, 6,000 in
 * all), cut with "…" where needed, and the Sources / 👍 / 👎 buttons under an answer.
 */
final class EmbedReply {
  static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
  static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
  static final int FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
  static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
  static final int FOOTER = MessageEmbed.TEXT_MAX_LENGTH;
  static final int TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  static final int FIELDS = MessageEmbed.MAX_FIELD_AMOUNT;
  static final int CONTENT = 2_000;
  private static final int SOURCES_UNDER_ANSWER = 3;
  private static final int SNIPPET = 300;
  private static final Color ANSWERED = new Color(0x2B6CB0);
  private static final Color DECLINED = new Color(0x718096);
  private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

  /** Button ids: {@code lede:<action>:<reply id>}. */
  static final String SOURCES = "sources";
  static final String UP = "up";
  static final String DOWN = "down";

  /** A rendered reply; {@code alwaysPrivate} for refusals, which only the asker should see. */
  record Rendered(MessageCreateData message, boolean alwaysPrivate) {
    MessageEditData edit() {
      return MessageEditBuilder.fromCreateData(message).build();
    }
  }

  private EmbedReply() {}

  static Rendered render(Reply reply) {
    return switch (reply) {
      case Reply.Answered a -> new Rendered(answer(a.id(), a.answer()), false);
      case Reply.Articles a -> new Rendered(message(articles(a.command(), a.query(), a.articles())), false);
      case Reply.About a -> new Rendered(message(about(a.summary(), a.exampleQuestion())), false);
      case Reply.Help h -> new Rendered(message(about(null, null)), false);
      case Reply.Stats s -> new Rendered(message(stats(s.stats())), true);
      case Reply.Refused r -> new Rendered(text(refusal(r.reason(), r.retryAfter())), true);
      case Reply.Followed f -> new Rendered(text(f.already()
          ? "This channel already follows “" + f.topic().words() + "”."
          : "Following “" + f.topic().words() + "”. I'll post new articles on it in this channel."), false);
      case Reply.Following f -> new Rendered(message(following(f.topics(), null)), false);
      case Reply.Unfollowed u -> u.removed() != null
          ? new Rendered(text("No longer following “" + u.removed().words() + "”."), false)
          : new Rendered(message(following(u.remaining(), u.asked())), true);
    };
  }

  /** The channel's topics, numbered as /unfollow takes them; {@code notFound} when /unfollow named none. */
  static MessageEmbed following(List<Topic> topics, String notFound) {
    Embed e = new Embed();
    e.title(notFound != null ? "This channel does not follow “" + notFound + "”" : "Topics this channel follows");
    if (topics.isEmpty()) {
      e.description("None yet. Follow one with `/follow`, for example `/follow topic: climate summit`.");
    } else {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < topics.size(); i++) d.append(i + 1).append(". ").append(topics.get(i).words()).append('\n');
      d.append("\nStop following one with `/unfollow` and its words or number.");
      e.description(d.toString());
    }
    e.color(DECLINED);
    return e.build();
  }

  /** A newly indexed article on a followed topic: its title linked, the matching sentence, date and publisher. */
  static MessageCreateData notification(Notification n) {
    Embed e = new Embed();
    e.title(n.title());
    e.url(link(n.url()));
    StringBuilder d = new StringBuilder();
    if (n.sentence() != null && !n.sentence().isBlank()) d.append("> ").append(n.sentence().replace("\n", " ")).append("\n\n");
    d.append(sourceLine(new Source(n.articleId(), n.title(), n.date(), n.url(), n.publisher(), null), false));
    e.description(d.toString());
    e.footer("New on “" + n.topic().words() + "” · /unfollow to stop");
    e.color(ANSWERED);
    return message(e.build());
  }

  static MessageCreateData answer(String id, Answer answer) {
    Embed e = new Embed();
    if (answer.abstained()) {
      e.title("The articles don't say");
      e.description("I could not find the answer to “" + answer.question() + "” in the articles I have read. "
          + "Try `/search` with a few words from your question.");
      e.color(DECLINED);
    } else {
      e.title(answer.text());
      e.description(answer.sentence() == null ? "" : "> " + answer.sentence().replace("\n", " "));
      e.color(ANSWERED);
    }
    e.footer("answered from " + count(answer.sources().size(), "article") + " · " + answer.tookMillis() + " ms");
    List<Source> shown = answer.abstained() ? List.of() : answer.sources();
    for (Source s : shown.subList(0, Math.min(SOURCES_UNDER_ANSWER, shown.size()))) e.field(s.title(), sourceLine(s, false));
    return new MessageCreateBuilder()
        .setEmbeds(e.build())
        .setComponents(ActionRow.of(
            Button.secondary(buttonId(SOURCES, id), "Sources").withDisabled(answer.sources().isEmpty()),
            Button.secondary(buttonId(UP, id), Emoji.fromUnicode("👍")),
            Button.secondary(buttonId(DOWN, id), Emoji.fromUnicode("👎"))))
        .build();
  }

  /** What the Sources button shows: every source with its snippet. */
  static MessageCreateData sources(Answer answer) {
    Embed e = new Embed();
    e.title("Sources for “" + answer.question() + "”");
    if (answer.sources().isEmpty()) e.description("No article was found for this question.");
    for (Source s : answer.sources()) e.field(s.title(), sourceLine(s, true));
    e.color(ANSWERED);
    return message(e.build());
  }

  static MessageEmbed articles(Command command, String query, List<Source> found) {
    Embed e = new Embed();
    boolean topic = query != null && !query.isBlank();
    e.title(command == Command.SEARCH ? "Articles matching “" + query + "”"
        : topic ? "Latest articles on “" + query + "”" : "Latest articles");
    if (found.isEmpty()) e.description(topic ? "No article matches “" + query + "”." : "No articles have been read yet.");
    for (Source s : found) e.field(s.title(), sourceLine(s, true));
    e.color(ANSWERED);
    return e.build();
  }

  static MessageEmbed about(ArchiveSummary summary, String example) {
    Embed e = new Embed();
    e.title("About Lede");
    StringBuilder d = new StringBuilder("I answer questions from news articles, with the sentence that supports the answer and its source. ");
    if (summary != null) {
      d.append("I have read ").append(count(summary.articles(), "article"));
      if (summary.firstDate() != null && summary.lastDate() != null) {
        d.append(" from ").append(summary.firstDate()).append(" to ").append(summary.lastDate());
      }
      d.append('.');
      if (summary.lastUpdate() != null) d.append(" Last updated ").append(UPDATED.format(summary.lastUpdate().atOffset(ZoneOffset.UTC))).append('.');
    }
    d.append("\n\nAsk with `/ask`");
    if (example != null) d.append(", for example: *").append(example).append('*');
    d.append(". Find articles with `/search` and `/latest`, or mention me with a question. "
        + "Follow a topic with `/follow` and I'll post new articles on it in the channel.");
    e.description(d.toString());
    e.color(ANSWERED);
    return e.build();
  }

  static MessageEmbed stats(ChatStats s) {
    Embed e = new Embed();
    e.title("Lede usage since start");
    e.inline("Questions", Long.toString(s.questions()));
    e.inline("Answered", Long.toString(s.answered()));
    e.inline("Declined", Long.toString(s.declined()));
    e.inline("Refused", Long.toString(s.refused()));
    e.inline("Cache hits", Long.toString(s.cacheHits()));
    e.inline("Cache misses", Long.toString(s.cacheMisses()));
    e.inline("Hit rate", String.format(Locale.ROOT, "%.0f %%", 100 * s.cacheHitRate()));
    e.inline("Cached answers", Long.toString(s.cacheSize()));
    e.color(DECLINED);
    return e.build();
  }

  static String refusal(Refusal reason, Duration retryAfter) {
    String text = reason.defaultText();
    if (reason == Refusal.RATE_LIMITED && retryAfter != null) {
      long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
      text += " (about " + count(seconds, "second") + ")";
    }
    return text;
  }

  static MessageCreateData text(String text) {
    return new MessageCreateBuilder().setContent(cut(text, CONTENT)).build();
  }

  static String buttonId(String action, String replyId) {
    return "lede:" + action + ":" + replyId;
  }

  private static MessageCreateData message(MessageEmbed embed) {
    return new MessageCreateBuilder().setEmbeds(embed).build();
  }

  private static String sourceLine(Source s, boolean withSnippet) {
    List<String> parts = new ArrayList<>();
    if (s.date() != null) parts.add(s.date().toString());
    if (s.publisher() != null && !s.publisher().isBlank()) parts.add(s.publisher());
    String link = link(s.url());
    if (link != null) parts.add("[Read the article](" + link + ")");
    String line = parts.isEmpty() ? "Undated" : String.join(" · ", parts);
    if (withSnippet && s.snippet() != null && !s.snippet().isBlank()) {
      line = cut(s.snippet().replace("\n", " ").strip(), SNIPPET) + "\n" + line;
    }
    return line;
  }

  /** Only a plain http(s) link with no characters that would break the markdown. */
  private static String link(String url) {
    if (url == null || url.length() > 500 || !url.matches("(?i)https?://[^\\s()<>\\[\\]]+")) return null;
    return url;
  }

  private static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /** At most {@code max} characters, ending in "…" when cut; never splits a surrogate pair. */
  static String cut(String s, int max) {
    if (s == null) return "";
    if (s.length() <= max) return s;
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return s.substring(0, end).stripTrailing() + "…";
  }

  /** An embed under construction that keeps within the per-part limits and the 6,000 total. */
  private static final class Embed {
    private String title = "";
    private String url;
    private String description = "";
    private String footer = "";
    private Color color;
    private final List<MessageEmbed.Field> fields = new ArrayList<>();

    void title(String t) { title = cut(oneLine(t), TITLE); }
    void url(String u) { url = u; }
    void description(String d) { description = d; }
    void footer(String f) { footer = cut(f, FOOTER); }
    void color(Color c) { color = c; }
    void field(String name, String value) { add(name, value, false); }
    void inline(String name, String value) { add(name, value, true); }

    private void add(String name, String value, boolean inline) {
      if (fields.size() == FIELDS) return;
      String n = cut(oneLine(name == null || name.isBlank() ? "Untitled" : name), FIELD_NAME);
      String v = cut(value == null || value.isBlank() ? "\u200b" : value, FIELD_VALUE);
      fields.add(new MessageEmbed.Field(n, v, inline));
    }

    MessageEmbed build() {
      // Title and footer first, then the description, then as many whole fields as still fit.
      int room = TOTAL - title.length() - footer.length();
      String d = cut(description, Math.min(DESCRIPTION, Math.max(0, room - minimumFields())));
      room -= d.length();
      EmbedBuilder b = new EmbedBuilder();
      for (MessageEmbed.Field f : fields) {
        int size = f.getName().length() + f.getValue().length();
        if (size > room) {
          int valueRoom = room - f.getName().length();
          if (valueRoom >= 20) b.addField(f.getName(), cut(f.getValue(), valueRoom), f.isInline());
          break;
        }
        b.addField(f);
        room -= size;
      }
      if (!title.isEmpty()) b.setTitle(title, url);
      if (!d.isEmpty()) b.setDescription(d);
      if (!footer.isEmpty()) b.setFooter(footer);
      if (color != null) b.setColor(color);
      return b.build();
    }

    // Keep room for the first field (the supporting source) even when the description is huge.
    private int minimumFields() {
      if (fields.isEmpty()) return 0;
      MessageEmbed.Field f = fields.get(0);
      return f.getName().length() + f.getValue().length();
    }

    private static String oneLine(String s) {
      return s == null ? "" : s.replace('\n', ' ').strip();
    }
  }
}

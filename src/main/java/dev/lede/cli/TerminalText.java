package dev.lede.cli;

import dev.lede.answer.Answer;
import dev.lede.chat.ChatStats;
import dev.lede.chat.Reply;
import dev.lede.retrieve.ArchiveSummary;
import dev.lede.retrieve.Source;
import java.util.Locale;

/** Replies as plain text for a terminal. */
final class TerminalText {
  static final String DECLINED = dev.lede.answer.AnswerJson.DECLINED;
  static final String HELP = """
      Ask a question in plain words, or use a command:
        /ask QUESTION     answer a question from the articles
        /search WORDS     articles matching the words, newest first
        /latest [TOPIC]   the most recent articles
        /about            what the archive holds
        /stats            questions asked and cache figures
        /help             this text
        /quit             leave""";

  private TerminalText() {}

  static String render(Reply reply) {
    return switch (reply) {
      case Reply.Answered a -> answer(a.answer());
      case Reply.Articles a -> articles(a);
      case Reply.About a -> about(a.summary()) + "\nTry: " + a.exampleQuestion();
      case Reply.Help h -> HELP;
      case Reply.Stats s -> stats(s.stats());
      case Reply.Refused r -> r.reason().defaultText();
      // The terminal's Chat has no followed topics and refuses /follow; these are for completeness.
      case Reply.Followed f -> "Following “" + f.topic().words() + "”.";
      case Reply.Following f -> f.topics().isEmpty() ? "No topics followed." : "Following: " + String.join(", ",
          f.topics().stream().map(t -> t.words()).toList());
      case Reply.Unfollowed u -> u.removed() == null ? "Not following “" + u.asked() + "”." : "No longer following “" + u.removed().words() + "”.";
    };
  }

  static String answer(Answer a) {
    StringBuilder out = new StringBuilder();
    if (a.abstained()) {
      out.append(DECLINED);
      if (!a.sources().isEmpty()) {
        out.append("\nThe nearest articles:");
        for (Source s : a.sources()) out.append("\n  - ").append(cite(s));
      }
      return out.toString();
    }
    out.append(a.text());
    if (!a.text().equals(a.sentence())) out.append("\n  “").append(a.sentence()).append("”");
    out.append("\n  — ").append(cite(a.source()));
    if (a.sources().size() > 1) out.append(String.format(Locale.ROOT, "\n  (%d articles; confidence %.2f%s)",
        a.sources().size(), a.confidence(), a.cached() ? "; cached" : ""));
    else out.append(String.format(Locale.ROOT, "\n  (confidence %.2f%s)", a.confidence(), a.cached() ? "; cached" : ""));
    return out.toString();
  }

  static String cite(Source s) {
    StringBuilder c = new StringBuilder(s.title());
    c.append(" (").append(s.date() == null ? "undated" : s.date().toString());
    if (s.publisher() != null) c.append(", ").append(s.publisher());
    c.append(")");
    if (s.url() != null) c.append(" ").append(s.url());
    return c.toString();
  }

  private static String articles(Reply.Articles a) {
    if (a.articles().isEmpty()) return "No articles found" + (a.query().isBlank() ? "." : " for “" + a.query() + "”.");
    StringBuilder out = new StringBuilder();
    for (Source s : a.articles()) out.append("- ").append(cite(s)).append('\n');
    return out.toString().stripTrailing();
  }

  static String about(ArchiveSummary s) {
    String span = s.firstDate() == null ? "no dated articles" : "from " + s.firstDate() + " to " + s.lastDate();
    return String.format(Locale.ROOT, "%,d articles (%,d passages), %s; last updated %s.",
        s.articles(), s.passages(), span, s.lastUpdate() == null ? "never" : s.lastUpdate().toString());
  }

  private static String stats(ChatStats s) {
    return String.format(Locale.ROOT, "%,d questions: %,d answered, %,d declined, %,d refused. Cache: %,d hits, %,d misses (%.0f%%), %,d answers kept.",
        s.questions(), s.answered(), s.declined(), s.refused(), s.cacheHits(), s.cacheMisses(), 100 * s.cacheHitRate(), s.cacheSize());
  }
}

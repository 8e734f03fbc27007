package dev.lede.chat;

import dev.lede.answer.Answer;
import dev.lede.retrieve.ArchiveSummary;
import dev.lede.retrieve.Source;
import java.time.Duration;
import java.util.List;

/** What the chat layer hands back to a front end, which renders it in the platform's own form. */
public sealed interface Reply {

  /**
   * An answer (possibly a decline: see {@link Answer#abstained()}). {@code id} names it for
   * follow-ups such as the Sources and feedback buttons: short, ASCII, at most 16 characters.
   */
  record Answered(String id, Answer answer) implements Reply {}

  /** Articles for /search or /latest, newest first; empty when nothing matched. */
  record Articles(Command command, String query, List<Source> articles) implements Reply {
    public Articles {
      articles = List.copyOf(articles);
    }
  }

  /** For /about and /start: what the archive holds, and a question worth trying. */
  record About(ArchiveSummary summary, String exampleQuestion) implements Reply {}

  /** For /help: the front end shows its own help text. */
  record Help() implements Reply {}

  /** For /stats: usage and cache figures. */
  record Stats(ChatStats stats) implements Reply {}

  /** The request was not taken; {@code retryAfter} is set for {@link Refusal#RATE_LIMITED}. */
  record Refused(Refusal reason, Duration retryAfter) implements Reply {}
}

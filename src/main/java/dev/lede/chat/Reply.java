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

  /** For /follow: the chat now follows {@code topic}; {@code already} when it did before. */
  record Followed(Topic topic, boolean already) implements Reply {}

  /** For /following: the chat's topics, oldest first; /unfollow takes their numbers, from 1. */
  record Following(List<Topic> topics) implements Reply {
    public Following {
      topics = List.copyOf(topics);
    }
  }

  /**
   * For /unfollow: {@code removed} is the topic no longer followed, or null when {@code asked}
   * named none of the chat's topics; {@code remaining} what the chat still follows.
   */
  record Unfollowed(Topic removed, String asked, List<Topic> remaining) implements Reply {
    public Unfollowed {
      remaining = List.copyOf(remaining);
    }
  }

  /** The request was not taken; {@code retryAfter} is set for {@link Refusal#RATE_LIMITED}. */
  record Refused(Refusal reason, Duration retryAfter) implements Reply {}
}

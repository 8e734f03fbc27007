package dev.lede.chat;

/** Why Lede did not take a request; adapters word each one for their platform. */
public enum Refusal {
  EMPTY_QUESTION("Please ask a question, for example: How many people were arrested?"),
  TOO_LONG("That question is too long. Please ask it in fewer words."),
  RATE_LIMITED("You're asking faster than I can keep up. Please slow down and try again in a moment."),
  NOT_ALLOWED("Lede is not enabled in this chat."),
  UNAVAILABLE("Something went wrong while answering. Please try again in a moment."),
  /** /follow without words worth following: empty, only little words such as "the", or too long. */
  BAD_TOPIC("Tell me a topic of a few words to follow, for example: /follow climate summit"),
  /** The chat already follows as many topics as a chat may. */
  TOO_MANY_TOPICS("This chat already follows as many topics as it can. Remove one with /unfollow first."),
  /** Following topics is not offered where the request came from (the terminal). */
  FOLLOWING_UNAVAILABLE("Following topics needs a chat platform: follow topics in Telegram or Discord.");

  private final String defaultText;

  Refusal(String defaultText) {
    this.defaultText = defaultText;
  }

  /** The English text used when a front end configures none. */
  public String defaultText() {
    return defaultText;
  }
}

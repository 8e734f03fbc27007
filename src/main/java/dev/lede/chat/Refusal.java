package dev.lede.chat;

/** Why Lede did not take a request; adapters word each one for their platform. */
public enum Refusal {
  EMPTY_QUESTION("Please ask a question, for example: How many people were arrested?"),
  TOO_LONG("That question is too long. Please ask it in fewer words."),
  RATE_LIMITED("You're asking faster than I can keep up. Please slow down and try again in a moment."),
  NOT_ALLOWED("Lede is not enabled in this chat."),
  UNAVAILABLE("Something went wrong while answering. Please try again in a moment.");

  private final String defaultText;

  Refusal(String defaultText) {
    this.defaultText = defaultText;
  }

  /** The English text used when a front end configures none. */
  public String defaultText() {
    return defaultText;
  }
}

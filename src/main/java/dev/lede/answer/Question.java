package dev.lede.answer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question as a person asked it, and the day it counts as asked on ("today" for
 * relative expressions such as "this week").
 */
public record Question(String text, LocalDate asOf) {
  public Question {
    text = text == null ? "" : text;
    Objects.requireNonNull(asOf, "asOf");
  }

  public static Question asked(String text) {
    return new Question(text, LocalDate.now());
  }
}

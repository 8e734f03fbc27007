package dev.lede.answer;

/** Turns a question into an answer. The one seam between the core and the chat layer. */
@FunctionalInterface
public interface Answering {
  Answer ask(Question question);
}

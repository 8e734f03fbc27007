package dev.lede.eval;

import dev.lede.answer.Question;

/** The pipeline under evaluation: answers a question and says what it retrieved. Uncached. */
@FunctionalInterface
public interface TracedAnswering {
  AnswerTrace trace(Question question);
}

package dev.lede.eval;

import dev.lede.answer.Answerer;
import dev.lede.answer.Question;

/**
 * The pipeline under evaluation: answers a question, uncached, and says which articles it
 * retrieved, best first. {@code lede.answerer()::trace} is one.
 */
@FunctionalInterface
public interface TracedAnswering {
  Answerer.Trace trace(Question question);
}

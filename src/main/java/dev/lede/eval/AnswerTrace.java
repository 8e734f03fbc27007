package dev.lede.eval;

import dev.lede.answer.Answer;
import java.util.List;
import java.util.Objects;

/**
 * What the pipeline answered and which articles it retrieved on the way, best first.
 *
 * @param answer the answer as a user would get it
 * @param retrievedArticleIds the ranked article ids retrieval found (may repeat; recall counts distinct ones)
 */
public record AnswerTrace(Answer answer, List<String> retrievedArticleIds) {
  public AnswerTrace {
    Objects.requireNonNull(answer, "answer");
    retrievedArticleIds = List.copyOf(retrievedArticleIds);
  }
}

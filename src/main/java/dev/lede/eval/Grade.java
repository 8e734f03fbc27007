package dev.lede.eval;

import dev.lede.answer.Answer;
import dev.lede.answer.Answerer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How one answer scores against its question's gold data.
 *
 * @param trace what the pipeline answered and the articles it retrieved, best first (may repeat)
 * @param goldRank 1-based position of the first gold document among the distinct retrieved
 *     documents; 0 when none was retrieved or the question has no gold document
 * @param sentenceHit the supporting sentence contains a gold answer
 * @param exact the short answer equals a gold answer (EM)
 * @param f1 token F1 of the short answer against the best gold answer
 * @param contains the lenient answer-contains score
 */
public record Grade(
    EvalQuestion question, Answerer.Trace trace, int goldRank, boolean sentenceHit, boolean exact, double f1,
    boolean contains) {

  public static Grade of(EvalQuestion question, Answerer.Trace trace) {
    int rank = goldRank(question.goldDocIds(), trace);
    Answer answer = trace.answer();
    if (question.mustDecline() || answer.abstained()) return new Grade(question, trace, rank, false, false, 0, false);
    return new Grade(question, trace, rank,
        AnswerMatch.contains(answer.sentence(), question.answers()),
        AnswerMatch.exact(answer.text(), question.answers()),
        AnswerMatch.f1(answer.text(), question.answers()),
        AnswerMatch.answerContains(answer.text(), question.answers()));
  }

  private static int goldRank(Set<String> gold, Answerer.Trace trace) {
    if (gold.isEmpty()) return 0;
    Set<String> distinct = new LinkedHashSet<>(trace.retrievedArticleIds());
    int rank = 0;
    for (String id : distinct) {
      rank++;
      if (gold.contains(id)) return rank;
    }
    return 0;
  }

  public boolean declined() {
    return trace.answer().abstained();
  }

  /** Whether the gold document is among the first {@code k} distinct documents retrieved. */
  public boolean retrievedWithin(int k) {
    return goldRank > 0 && goldRank <= k;
  }

  /** Right means: declined when it must, otherwise answered with a lenient match. */
  public boolean right() {
    return question.mustDecline() ? declined() : contains;
  }
}

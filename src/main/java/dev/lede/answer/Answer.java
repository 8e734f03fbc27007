package dev.lede.answer;

import dev.lede.retrieve.Source;
import java.util.List;

/**
 * What Lede says to a question.
 *
 * @param question the question as asked
 * @param text the short answer; {@code null} when Lede declined
 * @param sentence the sentence that supports the answer; {@code null} when Lede declined
 * @param abstained true when the articles do not answer the question
 * @param confidence estimated probability, 0 to 1, that the answer is right
 * @param sources the supporting article first, then other articles that agree or come nearest
 * @param cached true when served from the answer cache
 * @param tookMillis time spent answering
 */
public record Answer(
    String question,
    String text,
    String sentence,
    boolean abstained,
    double confidence,
    List<Source> sources,
    boolean cached,
    long tookMillis) {

  public Answer {
    sources = List.copyOf(sources);
  }

  /** The article the sentence comes from, or {@code null} when Lede declined. */
  public Source source() {
    return abstained || sources.isEmpty() ? null : sources.get(0);
  }

  Answer served(boolean fromCache, long millis) {
    return new Answer(question, text, sentence, abstained, confidence, sources, fromCache, millis);
  }
}

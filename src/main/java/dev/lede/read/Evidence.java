package dev.lede.read;

import dev.lede.index.Passage;

/**
 * A sentence offered as support for an answer, with what made it rank where it did.
 *
 * @param span the best short answer in the sentence, or {@code null} when none fits the question
 * @param spans every candidate for it, with the features the span model weighed (empty for
 *     sentences ranked too low to be looked at)
 * @param coverage share of the question's term weight (IDF) found in the sentence, 0 to 1
 * @param agreement other articles whose best sentences give the same short answer
 * @param score the overall rank score
 * @param features what the score was computed from, in the order of {@link Ranker#FEATURES}
 */
public record Evidence(String sentence, Passage passage, Span span, java.util.List<SpanCandidate> spans, double coverage, double spanFit, int agreement, double score,
    double[] features) {

  Evidence withAgreement(int articles, double newScore, double[] newFeatures) {
    return new Evidence(sentence, passage, span, spans, coverage, spanFit, articles, newScore, newFeatures);
  }
}

package dev.lede.read;

/**
 * A span that could be the short answer, with the features the {@link SpanModel} weighs.
 *
 * @param features in the order of {@link SpanModel#FEATURES}
 */
public record SpanCandidate(Span span, double[] features) {}

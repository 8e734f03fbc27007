package dev.lede.read;

import dev.lede.retrieve.Terms;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Chooses the short answer within a sentence: a span of the expected type, not made of the
 * question's own words, close to where the question's terms appear.
 */
final class Spans {
  private Spans() {}
  /** A plain phrase answers a "what" question only when nothing better is there. */
  private static final double PHRASE = 0.45;

  record Choice(Span span, double score) {}

  /** How a span is weighed when the question names a closed class: one of its members, or not. */
  private static final double MEMBER = 2.0;
  private static final double NOT_MEMBER = 0.4;

  /** How much more a span is worth for each side on which it takes the question word's place. */
  private static final double ALIGNED = 1.0;

  static Choice best(String sentence, AnswerType type, List<String> questionTerms, List<int[]> matchOffsets, Analyzer analyzer) {
    return best(sentence, type, questionTerms, matchOffsets, List.of(), Alignment.NONE, analyzer);
  }

  static Choice best(String sentence, AnswerType type, List<String> questionTerms, List<int[]> matchOffsets, List<String> matchTerms,
      Alignment alignment, Analyzer analyzer) {
    Set<String> question = new HashSet<>(questionTerms);
    int dateline = Dateline.end(sentence);
    Choice best = null;
    Category category = alignment.category();
    List<Span> spans = SpanFinder.find(sentence, type);
    if (category != null) {
      spans = new java.util.ArrayList<>(spans);
      spans.addAll(category.in(sentence));
    }
    for (Span span : spans) {
      if (span.start() < dateline) continue;
      double fit = compatibility(type, span.kind());
      if (category != null) fit *= category.holds(span.text()) ? MEMBER : NOT_MEMBER;
      if (fit == 0) continue;
      List<String> terms = Terms.all(analyzer, span.text());
      if (!terms.isEmpty()) {
        int inQuestion = 0;
        for (String t : terms) if (question.contains(t)) inQuestion++;
        if (inQuestion == terms.size()) continue;
        fit *= 1.0 - 0.8 * inQuestion / terms.size();
      } else if (span.kind() == AnswerType.NAMED || span.kind() == AnswerType.DESCRIPTION) {
        continue; // only stop words
      }
      fit *= nearness(span, matchOffsets);
      if (!matchTerms.isEmpty()) fit *= 1 + ALIGNED * alignment.of(span, matchOffsets, matchTerms);
      if (span.kind() == AnswerType.DESCRIPTION) {
        int words = span.text().split("\\s+").length;
        fit *= 1.0 / (1 + 0.15 * (words - 1));
      }
      if (best == null || fit > best.score()) best = new Choice(span, fit);
    }
    return best;
  }

  /** How well a span of {@code kind} answers a question expecting {@code wanted}, 0 to 1. */
  static double compatibility(AnswerType wanted, AnswerType kind) {
    if (wanted == kind) return 1.0;
    return switch (wanted) {
      case COUNT -> kind == AnswerType.MONEY ? 0.7 : kind == AnswerType.PERCENT ? 0.6 : 0;
      case MONEY -> kind == AnswerType.COUNT ? 0.5 : 0;
      // Names are told apart by patterns that often err ("Los Angeles Dodgers" looks like a
      // person), so another kind of name still counts for a good deal.
      case PERSON -> switch (kind) {
        case NAMED -> 0.6;
        case ORGANIZATION -> 0.5;
        case PLACE -> 0.3;
        default -> 0;
      };
      case ORGANIZATION -> switch (kind) {
        case NAMED -> 0.7;
        case PLACE -> 0.5;
        case PERSON -> 0.5;
        default -> 0;
      };
      case PLACE -> switch (kind) {
        case NAMED -> 0.6;
        case ORGANIZATION -> 0.5;
        case PERSON -> 0.3;
        default -> 0;
      };
      case NAMED -> switch (kind) {
        case PERSON, ORGANIZATION, PLACE -> 0.8;
        case DATE, COUNT -> 0.4;
        case DESCRIPTION -> PHRASE; // a plain phrase
        default -> 0;
      };
      default -> 0;
    };
  }

  /** 1 next to a matched question term, falling off with the distance in words. */
  private static double nearness(Span span, List<int[]> matchOffsets) {
    if (matchOffsets.isEmpty()) return 0.5;
    int best = Integer.MAX_VALUE;
    for (int[] m : matchOffsets) {
      int d = m[1] <= span.start() ? span.start() - m[1] : span.end() <= m[0] ? m[0] - span.end() : 0;
      best = Math.min(best, d);
    }
    double words = best / 6.0;
    return 1.0 / (1.0 + words / 6.0);
  }
}

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

  /** The best span by the trained {@link SpanModel}, for a news sentence. */
  static Choice best(String sentence, AnswerType type, List<String> questionTerms, List<int[]> matchOffsets, Analyzer analyzer) {
    return best(candidates(sentence, type, questionTerms, matchOffsets, List.of(), Alignment.NONE, analyzer),
        SpanModel.standard(), Ranker.Kind.NEWS);
  }

  /** The candidate with the highest probability of being the answer, or null when there is none. */
  static Choice best(List<SpanCandidate> candidates, SpanModel model, Ranker.Kind kind) {
    Choice best = null;
    for (SpanCandidate c : candidates) {
      double p = model.probability(c.features(), kind);
      if (best == null || p > best.score()) best = new Choice(c.span(), p);
    }
    return best;
  }

  /**
   * Every span of the sentence that could answer, with its features: spans of a type that cannot
   * answer, made only of the question's words or stop words, or in a dateline are left out.
   */
  static List<SpanCandidate> candidates(String sentence, AnswerType type, List<String> questionTerms, List<int[]> matchOffsets,
      List<String> matchTerms, Alignment alignment, Analyzer analyzer) {
    Set<String> question = new HashSet<>(questionTerms);
    int dateline = Dateline.end(sentence);
    Category category = alignment.category();
    List<Span> spans = SpanFinder.find(sentence, type);
    if (category != null) {
      spans = new java.util.ArrayList<>(spans);
      spans.addAll(category.in(sentence));
    }
    int distinctMatches = new HashSet<>(matchTerms).size();
    List<SpanCandidate> out = new java.util.ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Span found : spans) {
      Span span = wholeWords(found, sentence);
      if (!seen.add(span.start() + ":" + span.end() + ":" + span.kind())) continue;
      if (span.start() < dateline || span.text().isBlank()) continue;
      double fit = compatibility(type, span.kind());
      if (fit == 0) continue;
      List<String> terms = Terms.all(analyzer, span.text());
      double inQuestion = 0;
      if (!terms.isEmpty()) {
        int n = 0;
        for (String t : terms) if (question.contains(t)) n++;
        if (n == terms.size()) continue;
        inQuestion = (double) n / terms.size();
      } else if (span.kind() == AnswerType.NAMED || span.kind() == AnswerType.DESCRIPTION) {
        continue; // only stop words
      }
      double[] x = new double[SpanModel.FEATURES.size()];
      x[SpanModel.TYPE] = Math.log(fit);
      x[SpanModel.QUESTION] = inQuestion;
      x[SpanModel.NEARNESS] = Math.log(nearness(span, matchOffsets));
      Alignment.Place place = alignment.of(span, sentence, matchOffsets, matchTerms);
      x[SpanModel.BEFORE] = place.before() ? 1 : 0;
      x[SpanModel.AFTER] = place.after() ? 1 : 0;
      x[SpanModel.NAMED] = place.named() ? 1 : 0;
      x[SpanModel.APPOSITIVE] = place.appositive() ? 1 : 0;
      boolean member = category != null && category.holds(span.text());
      x[SpanModel.MEMBER] = member ? 1 : 0;
      x[SpanModel.OTHER] = category != null && !member ? 1 : 0;
      x[SpanModel.PHRASE] = span.kind() == AnswerType.DESCRIPTION ? 1 : 0;
      x[SpanModel.WORDS] = Math.log(span.text().split("\\s+").length);
      x[SpanModel.EXACT] = span.kind() == type ? 1 : 0;
      x[SpanModel.CAPITAL] = Character.isUpperCase(span.text().codePointAt(0)) ? 1 : 0;
      x[SpanModel.FIRST] = span.start() <= 1 ? 1 : 0;
      x[SpanModel.PERSON] = span.kind() == AnswerType.PERSON ? 1 : 0;
      x[SpanModel.ORGANIZATION] = span.kind() == AnswerType.ORGANIZATION ? 1 : 0;
      x[SpanModel.PLACE] = span.kind() == AnswerType.PLACE ? 1 : 0;
      x[SpanModel.NUMBER] = span.kind() == AnswerType.COUNT || span.kind() == AnswerType.MONEY || span.kind() == AnswerType.PERCENT ? 1 : 0;
      x[SpanModel.DATE] = span.kind() == AnswerType.DATE ? 1 : 0;
      x[SpanModel.AROUND] = around(span, matchOffsets, matchTerms, distinctMatches);
      if (alignment.noun() != null && x[SpanModel.NUMBER] == 0 && x[SpanModel.DATE] == 0) {
        String head = head(span.text());
        if (head != null) {
          boolean instance = WordNet.isA(head, alignment.noun()) || (!head.equals(span.text()) && WordNet.isA(span.text(), alignment.noun()));
          x[SpanModel.INSTANCE] = instance ? 1 : 0;
          x[SpanModel.NONINSTANCE] = !instance && WordNet.isNoun(head) ? 1 : 0;
        }
      }
      out.add(new SpanCandidate(span, x));
    }
    return out;
  }

  /**
   * The span widened so that it cuts no hyphenated word, clock time or number: people quote
   * "non-deterministic Turing machine", "3:08" and "50,000", not "deterministic Turing machine",
   * "08" and "000".
   */
  static Span wholeWords(Span span, String sentence) {
    int start = span.start();
    int end = span.end();
    while (start >= 2 && joins(sentence, start - 1)) {
      start--;
      while (start > 0 && Character.isLetterOrDigit(sentence.charAt(start - 1))) start--;
    }
    while (end + 1 < sentence.length() && joins(sentence, end)) {
      end++;
      while (end < sentence.length() && Character.isLetterOrDigit(sentence.charAt(end))) end++;
    }
    if (start == span.start() && end == span.end()) return span;
    return new Span(sentence.substring(start, end), span.kind(), start, end);
  }

  /** A hyphen between two letters or digits, or a colon, comma or point between two digits, joins them into one word. */
  private static boolean joins(String sentence, int at) {
    if (at <= 0 || at + 1 >= sentence.length()) return false;
    char c = sentence.charAt(at);
    char before = sentence.charAt(at - 1);
    char after = sentence.charAt(at + 1);
    if (c == '-') return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    return (c == ':' || c == ',' || c == '.') && Character.isDigit(before) && Character.isDigit(after);
  }

  private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("(\\p{L}[\\p{L}'’-]*)\\P{L}*$");

  /** The span's last word, which in English names what it is: "the grizzly bear". */
  private static String head(String span) {
    java.util.regex.Matcher m = LAST_WORD.matcher(span);
    return m.find() ? m.group(1) : null;
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

  /** Characters on either side of a span within which the question's terms count as around it. */
  private static final int AROUND = 40;

  /** The share of the {@code distinct} question terms the sentence matches that stand around the span. */
  private static double around(Span span, List<int[]> matchOffsets, List<String> matchTerms, int distinct) {
    if (distinct == 0) return 0;
    Set<String> near = new HashSet<>();
    for (int i = 0; i < Math.min(matchOffsets.size(), matchTerms.size()); i++) {
      int[] m = matchOffsets.get(i);
      if (m[1] > span.start() - AROUND && m[0] < span.end() + AROUND) near.add(matchTerms.get(i));
    }
    return (double) near.size() / distinct;
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

package dev.lede.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a sentence that gives a reason or a means, for "why" and "how" questions: what
 * follows "because", "due to", "in order to", or "by" with a verb in -ing. People quote that
 * clause, not the whole sentence.
 */
public final class Reasons {
  private static final Pattern BECAUSE = Pattern.compile(
      "\\b(?:because of|because|due to|owing to|as a result of|in order to|so that|since)\\s+([^.;:!?]{3,})", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_DOING = Pattern.compile("\\bby\\s+(\\p{L}+ing\\b[^.;:!?]{0,120})", Pattern.CASE_INSENSITIVE);

  private Reasons() {}

  /** The reason or means in {@code sentence} for {@code question}, or {@code null} when none is marked. */
  public static String clause(String question, String sentence) {
    String q = AnswerType.focus(question.toLowerCase(Locale.ROOT)).strip();
    Pattern marker = q.startsWith("why") || q.contains(" why ") ? BECAUSE : q.startsWith("how") ? BY_DOING : null;
    if (marker == null) return null;
    Matcher m = marker.matcher(sentence);
    if (!m.find()) return null;
    String clause = m.group(1).strip().replaceAll("[,\\s]+$", "");
    return clause.split("\\s+").length >= 2 ? clause : null;
  }
}

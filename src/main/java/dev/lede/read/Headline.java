package dev.lede.read;

import java.util.regex.Pattern;

/**
 * An article's title read as a sentence: without the site's name ("… | CNN Business", "… - BBC
 * News") and the ellipsis of a cut-off title. A title that asks a question, or is too short to
 * state anything, is no headline to quote.
 */
final class Headline {
  private Headline() {}

  /** " | CNN", " - BBC News", " — The Week UK": a short last segment after a separator. */
  private static final Pattern SITE = Pattern.compile("\\s+[|–—-]\\s+(?:\\S+\\s+){0,3}\\S+$");
  private static final Pattern CUT = Pattern.compile("\\s*(?:\\.\\.\\.|…)$");
  private static final int MIN_WORDS = 4;

  /** The headline of an article titled {@code title}, or {@code null}. */
  static String of(String title) {
    if (title == null) return null;
    String t = title.strip();
    t = CUT.matcher(t).replaceFirst("");
    String withoutSite = SITE.matcher(t).replaceFirst("");
    if (withoutSite.split("\\s+").length >= MIN_WORDS) t = CUT.matcher(withoutSite).replaceFirst("");
    t = t.strip();
    if (t.endsWith("?") || t.split("\\s+").length < MIN_WORDS) return null;
    return t;
  }
}

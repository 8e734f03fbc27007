package dev.lede.corpus;

import java.util.regex.Pattern;

/**
 * Recognises photo captions and credit lines that scraping leaves between paragraphs, such as
 * "Deported Guatemalan Immigrants Arrive On ICE Flight from U.S Getty Images loading...".
 */
final class Captions {

  /** A longer line ending in "loading..." is content with a caption glued on; only the caption goes. */
  static final int MAX_CAPTION_CHARS = 300;
  private static final int MAX_CREDIT_CHARS = 200;

  private static final Pattern LOADING = Pattern.compile("(?i)\\bloading\\s*(?:\\.{2,}|…)\\s*$");
  private static final Pattern CREDIT_AT_END = Pattern.compile(
      "(?i)(?:getty\\s+images|shutterstock(?:\\.com)?|istock(?:photo)?|ap\\s+photo(?:/[^)]*)?|afp|"
          + "(?:photo|image|picture)s?\\s+(?:by|courtesy\\s+of)\\s+[^.!?]+|/\\s*(?:ap|afp|reuters|getty))\\)?\\s*$");
  private static final Pattern CREDIT_AT_START = Pattern.compile(
      "(?i)^\\(?(?:photo|image|picture|credit|photo\\s+credit|image\\s+credit|image\\s+source)s?\\s*:");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*\\s+");

  private Captions() {}

  /**
   * The line without caption noise: the line itself, the content before a glued-on caption, or
   * the empty string when the whole line is a caption.
   */
  static String strip(String line) {
    if (LOADING.matcher(line).find()) {
      if (line.length() <= MAX_CAPTION_CHARS) return "";
      int keep = lastSentenceEnd(line);
      return keep > 0 ? line.substring(0, keep).strip() : "";
    }
    return isCredit(line) ? "" : line;
  }

  private static boolean isCredit(String line) {
    if (line.length() > MAX_CREDIT_CHARS) return false;
    String end = Headings.stripClosers(line);
    if (end.isEmpty() || ".!?".indexOf(end.charAt(end.length() - 1)) >= 0) return false; // a sentence, not a credit
    return CREDIT_AT_START.matcher(line).find() || CREDIT_AT_END.matcher(line).find();
  }

  private static int lastSentenceEnd(String line) {
    var m = SENTENCE_END.matcher(line);
    int last = -1;
    while (m.find()) last = m.end();
    return last;
  }
}

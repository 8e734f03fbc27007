package dev.lede.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story's first sentence ("WASHINGTON —", "SCOTTSDALE, Ariz. —",
 * "NEW YORK (AP) –"): it says where the reporter filed from, never what the story says, so no
 * answer is taken from it.
 */
final class Dateline {
  private Dateline() {}

  private static final Pattern OPENING = Pattern.compile(
      "^\\s*[A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,3}"   // the place, in capitals
          + "(?:,\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?" // ", Ariz." or ", Texas"
          + "(?:\\s*\\([^)]{1,30}\\))?"                       // "(AP)"
          + "\\s*[—–−-]+\\s+");

  /** Where the text after the dateline starts: 0 when {@code sentence} opens with none. */
  static int end(String sentence) {
    Matcher m = OPENING.matcher(sentence);
    if (!m.find()) return 0;
    // A capitalised word is no dateline on its own ("I - …", "A –"): two letters at least.
    String place = sentence.substring(0, m.end()).replaceAll("[^A-Z]", "");
    return place.length() >= 2 ? m.end() : 0;
  }
}

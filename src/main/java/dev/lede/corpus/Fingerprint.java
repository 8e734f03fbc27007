package dev.lede.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Identifies an article by its words, so the same article read twice (as a text file and as a
 * JSONL line, or with different spacing, punctuation or case) is indexed once.
 */
public final class Fingerprint {

  private static final int HEX_CHARS = 32;

  private Fingerprint() {}

  /** The first 32 hex digits of the SHA-256 of {@link #normalize(String) the normalized text}. */
  public static String of(String text) {
    byte[] digest = sha256().digest(normalize(text).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
  }

  /** Lower case, letters and digits only, words separated by single spaces. */
  static String normalize(String text) {
    String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && !out.isEmpty()) out.append(' ');
        space = false;
        out.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}

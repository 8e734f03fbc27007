package dev.lede.telegram;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram HTML: every string that came from a reader, an article or the settings goes through
 * {@link #escape} before it meets a tag.
 */
final class HtmlText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private HtmlText() {}

  /**
   * Escapes {@code & < > "} and drops what Telegram rejects in text: control characters other than
   * newline and tab, and unpaired surrogates (which are not UTF-8).
   */
  static String escape(String text) {
    if (text == null) return "";
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n', '\t' -> out.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  static String bold(String text) {
    return "<b>" + escape(text) + "</b>";
  }

  static String italic(String text) {
    return "<i>" + escape(text) + "</i>";
  }

  /** A link when the url is a plain http(s) URL; otherwise just the escaped text. */
  static String link(String text, String url) {
    if (!isWebUrl(url)) return escape(text);
    return "<a href=\"" + escape(url.strip()) + "\">" + escape(text) + "</a>";
  }

  static boolean isWebUrl(String url) {
    if (url == null || url.isBlank() || url.length() > 2048) return false;
    try {
      URI uri = new URI(url.strip());
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * Escapes a settings text and fills its {@code {placeholders}} with values that are already HTML.
   * One pass, so a value that happens to contain braces is left as it is.
   */
  static String fill(String template, Map<String, String> htmlValues) {
    Matcher m = PLACEHOLDER.matcher(escape(template));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = htmlValues.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}

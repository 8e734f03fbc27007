package dev.lede.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text out of the HTML that feeds put in item descriptions: tags dropped, block elements
 * turned into paragraph breaks, character references decoded. Feeds carry small, simple markup;
 * this is not a browser.
 */
final class HtmlText {
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern BLOCK = Pattern.compile(
      "(?i)</?(p|div|li|ul|ol|h[1-6]|blockquote|table|tr|section|article|figure|figcaption|pre|hr)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
      Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
      Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("eacute", "\u00e9"), Map.entry("euro", "\u20ac"),
      Map.entry("pound", "\u00a3"), Map.entry("copy", "\u00a9"));

  private HtmlText() {}

  /** Paragraphs separated by blank lines; empty when nothing readable is left. */
  static String plain(String html) {
    if (html == null) return "";
    String s = COMMENT.matcher(html).replaceAll(" ");
    s = HIDDEN.matcher(s).replaceAll(" ");
    s = LINE_BREAK.matcher(s).replaceAll("\n");
    s = BLOCK.matcher(s).replaceAll("\n\n");
    s = TAG.matcher(s).replaceAll("");
    s = decode(s);
    List<String> paragraphs = new ArrayList<>();
    for (String p : s.split("\\n\\s*\\n")) {
      String one = p.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!one.isEmpty()) paragraphs.add(one);
    }
    return String.join("\n\n", paragraphs);
  }

  /** One line: for titles and header values. */
  static String line(String html) {
    return plain(html).replaceAll("\\s+", " ").strip();
  }

  private static String decode(String s) {
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String ref = m.group(1);
      String value;
      if (ref.startsWith("#")) {
        int code = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
            ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
        value = Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : "";
      } else {
        value = NAMED.getOrDefault(ref, m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}

package dev.lede.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Telegram's HTML as strictly as the Bot API does: the visible text, or why it is rejected. */
final class TelegramHtml {
  private static final Set<String> TAGS =
      Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "blockquote");
  private static final Pattern OPEN = Pattern.compile("<([a-z-]+)((?:\\s+[a-z]+=\"[^\"<>]*\")*)\\s*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z]+)=\"([^\"<>]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

  private TelegramHtml() {}

  /** @throws IllegalArgumentException with Telegram's kind of reason */
  static String visibleText(String html) {
    StringBuilder text = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        if (html.startsWith("</", i)) {
          int end = html.indexOf('>', i);
          if (end < 0) throw new IllegalArgumentException("unclosed end tag at byte offset " + i);
          String name = html.substring(i + 2, end).strip();
          if (open.isEmpty() || !open.peek().equals(name)) {
            throw new IllegalArgumentException("can't find start tag for end tag \"" + name + "\" at offset " + i);
          }
          open.pop();
          i = end + 1;
          continue;
        }
        Matcher m = OPEN.matcher(html).region(i, html.length());
        if (!m.lookingAt()) throw new IllegalArgumentException("unsupported start tag at offset " + i);
        String name = m.group(1);
        if (!TAGS.contains(name)) throw new IllegalArgumentException("unsupported start tag \"" + name + "\" at offset " + i);
        Matcher a = ATTRIBUTE.matcher(m.group(2));
        while (a.find()) {
          if (!(name.equals("a") && a.group(1).equals("href"))) {
            throw new IllegalArgumentException("unsupported attribute " + a.group(1) + " of tag " + name);
          }
          if (a.group(2).contains("&") && !decodeOk(a.group(2))) throw new IllegalArgumentException("bad entity in href");
        }
        open.push(name);
        i = m.end();
      } else if (c == '>') {
        throw new IllegalArgumentException("unexpected '>' at offset " + i);
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) throw new IllegalArgumentException("unsupported entity at offset " + i);
        String e = m.group(1);
        text.append(switch (e) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
        });
        i = m.end();
      } else {
        if (Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))) {
          text.append(c).append(html.charAt(i + 1));
          i += 2;
          continue;
        }
        if (Character.isSurrogate(c)) throw new IllegalArgumentException("text must be encoded in UTF-8");
        text.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) throw new IllegalArgumentException("can't find end tag corresponding to start tag \"" + open.peek() + "\"");
    return text.toString();
  }

  private static boolean decodeOk(String s) {
    Matcher m = ENTITY.matcher(s);
    int amps = (int) s.chars().filter(ch -> ch == '&').count();
    int found = 0;
    while (m.find()) found++;
    return found == amps;
  }
}

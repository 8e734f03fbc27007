package dev.lede.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Cuts HTML into Telegram messages of at most {@code limit} characters: between paragraphs where
 * it can, otherwise between words, otherwise between characters; never inside a tag, an entity or
 * a surrogate pair. A tag open at a cut is closed at the end of one part and opened again at the
 * start of the next, so each part is valid HTML on its own. Counts source characters, which is
 * never less than what Telegram counts after parsing.
 */
final class MessageSplitter {
  static final int TELEGRAM_LIMIT = 4096;
  private static final String PARAGRAPH = "\n\n";

  private final int limit;

  MessageSplitter(int limit) {
    if (limit < 64) throw new IllegalArgumentException("message limit must be at least 64 characters, was " + limit);
    this.limit = limit;
  }

  List<String> split(String html) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String paragraph : html.split(PARAGRAPH)) {
      if (paragraph.isBlank()) continue;
      if (paragraph.length() > limit) {
        // Cut between words, starting right after what is already gathered; the last piece
        // stays open for the paragraphs that follow.
        String joined = current.isEmpty() ? paragraph : current + PARAGRAPH + paragraph;
        List<String> pieces = splitParagraph(joined);
        parts.addAll(pieces.subList(0, pieces.size() - 1));
        current.setLength(0);
        current.append(pieces.getLast());
        continue;
      }
      if (!current.isEmpty() && current.length() + PARAGRAPH.length() + paragraph.length() > limit) flush(current, parts);
      if (!current.isEmpty()) current.append(PARAGRAPH);
      current.append(paragraph);
    }
    flush(current, parts);
    return parts;
  }

  private static void flush(StringBuilder current, List<String> parts) {
    String part = current.toString().strip();
    if (!part.isEmpty()) parts.add(part);
    current.setLength(0);
  }

  private enum Kind { OPEN, CLOSE, SPACE, TEXT }

  private record Token(Kind kind, String text) {
    String tagName() {
      int start = kind == Kind.CLOSE ? 2 : 1;
      int end = start;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) || end < text.length() && text.charAt(end) == '-') end++;
      return text.substring(start, end);
    }
  }

  private List<String> splitParagraph(String html) {
    List<Token> tokens = tokenize(html);
    List<String> parts = new ArrayList<>();
    Deque<Token> open = new ArrayDeque<>();
    int i = 0;
    while (i < tokens.size()) {
      StringBuilder part = new StringBuilder();
      Deque<Token> stack = new ArrayDeque<>(open);
      for (Iterator<Token> it = stack.descendingIterator(); it.hasNext(); ) part.append(it.next().text);
      int start = i;
      int breakAt = -1;
      int breakLength = 0;
      Deque<Token> breakStack = null;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        Deque<Token> after = new ArrayDeque<>(stack);
        if (t.kind == Kind.OPEN) after.push(t);
        if (t.kind == Kind.CLOSE && !after.isEmpty()) after.pop();
        if (part.length() + t.text.length() + closingLength(after) > limit && i > start) break;
        part.append(t.text);
        stack = after;
        i++;
        if (t.kind == Kind.SPACE) {
          breakAt = i;
          breakLength = part.length();
          breakStack = new ArrayDeque<>(stack);
        }
      }
      // Cut at the last space when there is one in the second half of the part; else mid-word.
      if (i < tokens.size() && breakAt > start && breakLength > limit / 2) {
        part.setLength(breakLength);
        stack = breakStack;
        i = breakAt;
      }
      for (Token t : stack) part.append("</").append(t.tagName()).append('>');
      String text = part.toString().strip();
      if (!text.isEmpty()) parts.add(text);
      open = stack;
    }
    return parts;
  }

  private static int closingLength(Deque<Token> stack) {
    int n = 0;
    for (Token t : stack) n += t.tagName().length() + 3;
    return n;
  }

  private static List<Token> tokenize(String html) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int end;
      Kind kind;
      if (c == '<' && html.indexOf('>', i) > i) {
        end = html.indexOf('>', i) + 1;
        kind = html.startsWith("</", i) ? Kind.CLOSE : Kind.OPEN;
      } else if (c == '&' && html.indexOf(';', i) > i && html.indexOf(';', i) - i <= 10) {
        end = html.indexOf(';', i) + 1;
        kind = Kind.TEXT;
      } else if (Character.isWhitespace(c)) {
        end = i + 1;
        kind = Kind.SPACE;
      } else {
        end = i + Character.charCount(html.codePointAt(i));
        kind = Kind.TEXT;
      }
      tokens.add(new Token(kind, html.substring(i, end)));
      i = end;
    }
    return tokens;
  }
}

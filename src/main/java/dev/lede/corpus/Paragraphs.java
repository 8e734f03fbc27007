package dev.lede.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw article text into clean paragraphs. Paragraphs are separated by blank lines; single
 * line breaks inside one are joined with a space; a line indented after an unindented one starts a
 * new paragraph (wire copy such as Reuters marks paragraphs so); caption noise is dropped; a heading
 * line directly above text is kept as its own paragraph unless the block is hard-wrapped prose.
 */
final class Paragraphs {

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");

  private record Line(String text, boolean indented) {}

  private Paragraphs() {}

  /** Clean paragraphs of {@code raw}, none empty; {@code markdown} also reads {@code # Heading} lines. */
  static List<String> of(String raw, boolean markdown) {
    List<String> paragraphs = new ArrayList<>();
    List<Line> block = new ArrayList<>();
    for (String rawLine : clean(raw).split("\n", -1)) {
      String text = rawLine.strip();
      if (text.isEmpty()) {
        flush(block, paragraphs);
        continue;
      }
      Matcher heading = markdown ? MARKDOWN_HEADING.matcher(text) : null;
      if (heading != null && heading.matches()) {
        flush(block, paragraphs);
        add(heading.group(1), paragraphs);
        continue;
      }
      boolean indented = rawLine.startsWith(" ");
      if (indented && !block.isEmpty() && !block.getLast().indented()) flush(block, paragraphs);
      block.add(new Line(text, indented));
    }
    flush(block, paragraphs);
    return paragraphs;
  }

  /** Paragraphs joined as {@link Article#text()} expects them. */
  static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  private static void flush(List<Line> block, List<String> paragraphs) {
    List<String> lines = new ArrayList<>(block.size());
    for (Line line : block) {
      String kept = Captions.strip(line.text());
      if (!kept.isEmpty()) lines.add(kept);
    }
    block.clear();
    if (lines.isEmpty()) return;
    boolean wrapped = hardWrapped(lines);
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean ownParagraph = !wrapped && lines.size() > 1 && Headings.isHeading(line)
          && (i == 0 || endsSentence(lines.get(i - 1)));
      if (ownParagraph) {
        add(current.toString(), paragraphs);
        current.setLength(0);
        add(line, paragraphs);
      } else {
        if (!current.isEmpty()) current.append(' ');
        current.append(line);
      }
    }
    add(current.toString(), paragraphs);
  }

  private static void add(String paragraph, List<String> paragraphs) {
    String text = Captions.strip(paragraph.strip());
    if (!text.isEmpty()) paragraphs.add(text);
  }

  // Hard-wrapped prose breaks lines mid-sentence; there a capitalised short line is not a heading.
  private static boolean hardWrapped(List<String> lines) {
    for (int i = 0; i < lines.size() - 1; i++) {
      String line = lines.get(i);
      if (!endsSentence(line) && !Headings.isHeading(line)) return true;
    }
    return false;
  }

  private static boolean endsSentence(String line) {
    String end = Headings.stripClosers(line);
    return !end.isEmpty() && ".!?:…".indexOf(end.charAt(end.length() - 1)) >= 0;
  }

  /**
   * One kind of line break, no control characters, every kind of space a plain space (runs
   * collapsed), no byte order marks or zero-width characters.
   */
  static String clean(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') continue;
        c = '\n';
      }
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append('\n');
        space = false;
      } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060') {
        // invisible: drop
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!space) out.append(' ');
        space = true;
      } else if (Character.isISOControl(c)) {
        // stray control characters carry no text
      } else {
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }
}

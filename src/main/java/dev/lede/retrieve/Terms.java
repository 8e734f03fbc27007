package dev.lede.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The index terms of a piece of text, produced by the index's own analyzer: how questions become
 * Lucene queries without ever being parsed as query syntax.
 */
public final class Terms {
  /** Questions past this length are cut before analysis; nobody's question is this long. */
  public static final int MAX_CHARS = 2_000;

  private Terms() {}

  /** Distinct terms in order of first appearance. */
  public static List<String> distinct(Analyzer analyzer, String text) {
    return new ArrayList<>(new LinkedHashSet<>(all(analyzer, text)));
  }

  /** Every term, repeats included, in order. */
  public static List<String> all(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    try (TokenStream stream = analyzer.tokenStream("text", cut)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) out.add(term.toString());
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }

  public static Set<String> set(Analyzer analyzer, String text) {
    return new LinkedHashSet<>(all(analyzer, text));
  }
}

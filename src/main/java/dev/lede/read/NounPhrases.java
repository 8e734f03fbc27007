package dev.lede.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Noun phrases of a sentence, from OpenNLP's English part-of-speech model (Universal
 * Dependencies tags, shipped in a Maven artifact): the candidates for "what" questions whose answer
 * is a thing rather than a name, a number or a date ("narrow alleys", "the Book of Genesis").
 */
final class NounPhrases {
  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final Set<String> INSIDE = Set.of("ADJ", "NOUN", "PROPN", "NUM");
  private static final Set<String> HEAD = Set.of("NOUN", "PROPN", "NUM");

  /** The model is shared; a tagger holds per-call state, so each thread has its own. */
  private static final class Model {
    static final POSModel POS = load();

    private static POSModel load() {
      try (InputStream in = NounPhrases.class.getResourceAsStream(MODEL)) {
        if (in == null) throw new IllegalStateException("the part-of-speech model " + MODEL + " is missing from the class path");
        return new POSModel(new ByteArrayInputStream(greedy(in.readAllBytes())));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the part-of-speech model " + MODEL + ": " + e.getMessage(), e);
      }
    }

    /**
     * The model with a beam of one instead of its manifest's three: on 117,000 tokens of Reuters
     * news both tag every token alike, and the beam costs twice the time, where tagging is most
     * of the time a question takes.
     */
    private static byte[] greedy(byte[] model) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(model.length);
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model)); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          byte[] content = in.readAllBytes();
          if (entry.getName().equals("manifest.properties")) {
            content = new String(content, StandardCharsets.ISO_8859_1).replaceAll("(?m)^BeamSize=\\d+$", "BeamSize=1")
                .getBytes(StandardCharsets.ISO_8859_1);
          }
          zip.putNextEntry(new ZipEntry(entry.getName()));
          zip.write(content);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    }
  }

  private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Model.POS));

  private NounPhrases() {}

  static POSModel model() {
    return Model.POS;
  }

  /** A sentence split into tokens with their tags and offsets. */
  record Tagged(String sentence, opennlp.tools.util.Span[] spans, String[] tags) {
    String token(int i) {
      return sentence.substring(spans[i].getStart(), spans[i].getEnd());
    }
  }

  static Tagged tag(String sentence) {
    opennlp.tools.util.Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
    String[] tokens = opennlp.tools.util.Span.spansToStrings(spans, sentence);
    return new Tagged(sentence, spans, tokens.length == 0 ? new String[0] : TAGGER.get().tag(tokens));
  }

  /**
   * Runs of adjectives, nouns and numbers ending in a noun or number, each alone and joined with a
   * following "of" phrase ("heart of Newcastle"); determiners are left out, as people quote answers.
   */
  static List<Span> of(Tagged t) {
    List<int[]> runs = new ArrayList<>();
    int n = t.tags().length;
    for (int i = 0; i < n; ) {
      if (!INSIDE.contains(t.tags()[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && (INSIDE.contains(t.tags()[j + 1]) || isPossessive(t, j + 1))) j++;
      int end = j;
      while (end >= i && !HEAD.contains(t.tags()[end])) end--;
      if (end >= i) runs.add(new int[] {i, end});
      i = j + 1;
    }
    List<Span> out = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      int[] run = runs.get(r);
      out.add(span(t, run[0], run[1]));
      if (r + 1 < runs.size()) {
        int[] next = runs.get(r + 1);
        int gap = next[0] - run[1];
        boolean joinedByOf = gap >= 2 && gap <= 3 && t.token(run[1] + 1).equalsIgnoreCase("of")
            && (gap == 2 || t.tags()[run[1] + 2].equals("DET"));
        if (joinedByOf) out.add(span(t, run[0], next[1]));
      }
    }
    return out;
  }

  /** False for a capitalised word that the tagger reads as a verb, adverb, pronoun or the like. */
  static boolean nameLike(Tagged t, int start) {
    for (int i = 0; i < t.spans().length; i++) {
      if (t.spans()[i].getStart() == start) {
        String tag = t.tags()[i];
        return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("X");
      }
    }
    return true;
  }

  static boolean properNoun(Tagged t, int start) {
    for (int i = 0; i < t.spans().length; i++) {
      if (t.spans()[i].getStart() == start) return t.tags()[i].equals("PROPN");
    }
    return false;
  }

  private static boolean isPossessive(Tagged t, int i) {
    return t.tags()[i].equals("PART") && (t.token(i).equals("'s") || t.token(i).equals("’s") || t.token(i).equals("'"));
  }

  private static Span span(Tagged t, int first, int last) {
    int start = t.spans()[first].getStart();
    int end = t.spans()[last].getEnd();
    return new Span(t.sentence().substring(start, end), AnswerType.DESCRIPTION, start, end);
  }
}

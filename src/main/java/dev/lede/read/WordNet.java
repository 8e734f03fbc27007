package dev.lede.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What WordNet 3.1 (shipped in a Maven artifact, read by extJWNL) says of English words: their
 * synonyms and derived forms, and what kind of thing a noun names. Only a word's most common
 * senses count: WordNet lists them first, and the rare ones mostly add noise ("die" as a cube).
 * Without the dictionary every answer is empty, and questions are read by their own words.
 */
final class WordNet {
  private static final Logger LOG = LoggerFactory.getLogger(WordNet.class);
  private static final int SENSES = 2;
  /** A name's senses are few, and the one meant is rarely the first: "Nepal", "Jaguar". */
  private static final int KIND_SENSES = 3;
  /** Hypernym steps from a word to a kind it belongs to: "terrier" is eight steps from "animal". */
  private static final int DEPTH = 12;

  private static final Cache<String, Set<String>> RELATED = Caffeine.newBuilder().maximumSize(50_000).build();

  private WordNet() {}

  /** Single-word synonyms and derived forms of a word's common senses, lower case. */
  static Set<String> related(String word) {
    return RELATED.get(word.toLowerCase(Locale.ROOT), WordNet::lookUpRelated);
  }

  /** Whether WordNet knows {@code word} (or its singular) as a noun. */
  static boolean isNoun(String word) {
    Nouns nouns = Holder.NOUNS;
    return nouns != null && nouns.lemma(word.toLowerCase(Locale.ROOT)) != null;
  }

  /** Whether {@code word} names a kind, or an instance, of {@code kind}: a bear of "animal", Nepal of "country". */
  static boolean isA(String word, String kind) {
    Nouns nouns = Holder.NOUNS;
    if (nouns == null) return false;
    String w = nouns.lemma(word.toLowerCase(Locale.ROOT));
    String k = nouns.lemma(kind.toLowerCase(Locale.ROOT));
    if (w == null || k == null || w.equals(k)) return false;
    Set<Integer> targets = new HashSet<>();
    for (int s : first(nouns.senses().get(k), KIND_SENSES)) targets.add(s);
    for (int sense : first(nouns.senses().get(w), KIND_SENSES)) {
      if (nouns.reaches(sense, targets)) return true;
    }
    return false;
  }

  private static int[] first(int[] senses, int n) {
    return senses.length <= n ? senses : java.util.Arrays.copyOf(senses, n);
  }

  private static Set<String> lookUpRelated(String word) {
    Set<String> out = new LinkedHashSet<>();
    Dictionary d = Holder.WORDNET;
    if (d == null) return out;
    // The dictionary's caches are not documented as thread-safe.
    synchronized (d) {
      try {
        for (IndexWord entry : d.lookupAllIndexWords(word).getIndexWordArray()) {
          for (Synset sense : first(entry.getSenses(), SENSES)) {
            for (Word w : sense.getWords()) {
              add(out, w.getLemma());
              if (!w.getLemma().equalsIgnoreCase(entry.getLemma())) continue;
              for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                if (p.getTarget() instanceof Word derived) add(out, derived.getLemma());
              }
            }
          }
        }
      } catch (JWNLException | RuntimeException e) {
        LOG.debug("WordNet lookup of {} failed: {}", word, e.toString());
      }
    }
    return out;
  }

  private static <T> List<T> first(List<T> senses, int n) {
    return senses.subList(0, Math.min(n, senses.size()));
  }

  /** A name has no synonyms; a phrase is not a word. */
  private static void add(Set<String> out, String lemma) {
    if (lemma.indexOf(' ') < 0 && lemma.equals(lemma.toLowerCase(Locale.ROOT))) out.add(lemma);
  }

  /**
   * WordNet's nouns in memory, each with its senses in WordNet's order and each sense with the
   * senses it is a kind or an instance of. extJWNL reads a word from its files in tens of
   * microseconds, and the kind of every candidate span of every sentence read is asked for.
   */
  private record Nouns(Map<String, int[]> senses, Map<Integer, int[]> hypernyms, Map<String, String> irregular) {
    static Nouns of(Dictionary d) throws JWNLException {
      Map<String, int[]> senses = new HashMap<>();
      for (Iterator<IndexWord> it = d.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
        IndexWord w = it.next();
        long[] offsets = w.getSynsetOffsets();
        int[] out = new int[offsets.length];
        for (int i = 0; i < out.length; i++) out[i] = (int) offsets[i];
        senses.put(w.getLemma().toLowerCase(Locale.ROOT), out);
      }
      Map<Integer, int[]> hypernyms = new HashMap<>();
      for (Iterator<Synset> it = d.getSynsetIterator(POS.NOUN); it.hasNext(); ) {
        Synset s = it.next();
        List<Integer> up = new ArrayList<>();
        for (Pointer p : s.getPointers()) {
          if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) up.add((int) p.getTargetOffset());
        }
        if (!up.isEmpty()) hypernyms.put((int) s.getOffset(), up.stream().mapToInt(Integer::intValue).toArray());
      }
      Map<String, String> irregular = new HashMap<>();
      for (Iterator<Exc> it = d.getExceptionIterator(POS.NOUN); it.hasNext(); ) {
        Exc e = it.next();
        if (!e.getExceptions().isEmpty()) irregular.put(e.getLemma().toLowerCase(Locale.ROOT), e.getExceptions().get(0));
      }
      return new Nouns(senses, hypernyms, irregular);
    }

    /** The word's form in WordNet, by its own list of irregular plurals and morphy's suffix rules ("lions", "churches", "women"). */
    String lemma(String word) {
      if (senses.containsKey(word)) return word;
      String irregularBase = irregular.get(word);
      if (irregularBase != null && senses.containsKey(irregularBase)) return irregularBase;
      for (String[] rule : SUFFIXES) {
        if (word.length() > rule[0].length() && word.endsWith(rule[0])) {
          String base = word.substring(0, word.length() - rule[0].length()) + rule[1];
          if (senses.containsKey(base)) return base;
        }
      }
      return null;
    }

    private static final String[][] SUFFIXES = {
        {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};

    boolean reaches(int start, Set<Integer> targets) {
      Deque<int[]> queue = new ArrayDeque<>(List.of(new int[] {start, 0}));
      Set<Integer> seen = new HashSet<>();
      while (!queue.isEmpty()) {
        int[] next = queue.poll();
        int s = next[0];
        int depth = next[1];
        if (!seen.add(s)) continue;
        if (depth > 0 && targets.contains(s)) return true;
        if (depth == DEPTH) continue;
        for (int up : hypernyms.getOrDefault(s, NONE)) queue.add(new int[] {up, depth + 1});
      }
      return false;
    }

    private static final int[] NONE = {};
  }

  /** Loaded on first use (about a second and a half). */
  private static final class Holder {
    static final Dictionary WORDNET = load();
    static final Nouns NOUNS = nouns();

    private static Nouns nouns() {
      if (WORDNET == null) return null;
      try {
        return Nouns.of(WORDNET);
      } catch (JWNLException | RuntimeException e) {
        LOG.warn("WordNet's nouns could not be read; spans are not matched to the kind a question asks for: {}", e.getMessage());
        return null;
      }
    }

    private static Dictionary load() {
      try {
        return Dictionary.getDefaultResourceInstance();
      } catch (JWNLException | RuntimeException e) {
        LOG.warn("WordNet could not be loaded; questions are read by their own words only: {}", e.getMessage());
        return null;
      }
    }
  }
}

package dev.lede.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
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
  private static final Cache<String, Boolean> KIND = Caffeine.newBuilder().maximumSize(200_000).build();
  private static final Cache<String, Boolean> NOUN = Caffeine.newBuilder().maximumSize(100_000).build();

  private WordNet() {}

  /** Single-word synonyms and derived forms of a word's common senses, lower case. */
  static Set<String> related(String word) {
    return RELATED.get(word.toLowerCase(Locale.ROOT), WordNet::lookUpRelated);
  }

  /** Whether WordNet knows {@code word} (or its singular) as a noun. */
  static boolean isNoun(String word) {
    return NOUN.get(word.toLowerCase(Locale.ROOT), w -> {
      Dictionary d = Holder.WORDNET;
      if (d == null) return false;
      synchronized (d) {
        try {
          return d.lookupIndexWord(POS.NOUN, w) != null;
        } catch (JWNLException | RuntimeException e) {
          return false;
        }
      }
    });
  }

  /** Whether {@code word} names a kind, or an instance, of {@code kind}: a bear of "animal", Nepal of "country". */
  static boolean isA(String word, String kind) {
    String w = word.toLowerCase(Locale.ROOT);
    String k = kind.toLowerCase(Locale.ROOT);
    if (w.equals(k)) return false;
    return KIND.get(w + "|" + k, key -> lookUpKind(w, k));
  }

  private static boolean lookUpKind(String word, String kind) {
    Dictionary d = Holder.WORDNET;
    if (d == null) return false;
    synchronized (d) {
      try {
        IndexWord kinds = d.lookupIndexWord(POS.NOUN, kind);
        IndexWord entry = d.lookupIndexWord(POS.NOUN, word);
        if (kinds == null || entry == null) return false;
        Set<Long> targets = new HashSet<>();
        for (Synset s : first(kinds.getSenses(), KIND_SENSES)) targets.add(s.getOffset());
        for (Synset sense : first(entry.getSenses(), KIND_SENSES)) {
          if (reaches(sense, targets)) return true;
        }
        return false;
      } catch (JWNLException | RuntimeException e) {
        LOG.debug("WordNet lookup of {} as a {} failed: {}", word, kind, e.toString());
        return false;
      }
    }
  }

  private static boolean reaches(Synset start, Set<Long> targets) throws JWNLException {
    Deque<Synset> queue = new ArrayDeque<>(List.of(start));
    Deque<Integer> depths = new ArrayDeque<>(List.of(0));
    Set<Long> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      Synset s = queue.poll();
      int depth = depths.poll();
      if (!seen.add(s.getOffset())) continue;
      if (depth > 0 && targets.contains(s.getOffset())) return true;
      if (depth == DEPTH) continue;
      for (Pointer p : s.getPointers()) {
        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
          queue.add(p.getTargetSynset());
          depths.add(depth + 1);
        }
      }
    }
    return false;
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

  /** Loaded on first use (about half a second). */
  private static final class Holder {
    static final Dictionary WORDNET = load();

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

package dev.lede.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

  private WordNet() {}

  /** Single-word synonyms and derived forms of a word's common senses, lower case. */
  static Set<String> related(String word) {
    return RELATED.get(word.toLowerCase(Locale.ROOT), WordNet::lookUpRelated);
  }

  /** Whether WordNet knows {@code word} (or its singular) as a noun. */
  static boolean isNoun(String word) {
    NounGraph nouns = Holder.NOUNS;
    return nouns != null && nouns.noun(word.toLowerCase(Locale.ROOT)) >= 0;
  }

  /** Whether {@code word} names a kind, or an instance, of {@code kind}: a bear of "animal", Nepal of "country". */
  static boolean isA(String word, String kind) {
    NounGraph nouns = Holder.NOUNS;
    if (nouns == null) return false;
    int w = nouns.noun(word.toLowerCase(Locale.ROOT));
    int k = nouns.noun(kind.toLowerCase(Locale.ROOT));
    if (w < 0 || k < 0 || w == k) return false;
    Set<Integer> targets = new HashSet<>();
    for (int s : nouns.senses(k, KIND_SENSES)) targets.add(s);
    for (int sense : nouns.senses(w, KIND_SENSES)) {
      if (nouns.reaches(sense, targets, DEPTH)) return true;
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

  /** Loaded on first use (about a second and a half). */
  private static final class Holder {
    static final Dictionary WORDNET = load();
    static final NounGraph NOUNS = nouns();

    private static NounGraph nouns() {
      if (WORDNET == null) return null;
      try {
        return NounGraph.of(WORDNET);
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

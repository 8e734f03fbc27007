package dev.lede.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet's nouns in memory: each lemma with its senses in WordNet's order, each sense with the
 * senses it is a kind or an instance of. extJWNL reads a word from its files in tens of
 * microseconds, and a kind is asked of every candidate span of every sentence read.
 *
 * <p>Everything is packed into a few arrays. As 200,000 map entries, the graph was copied object
 * by object by each young collection until it was tenured, and each such pause took 20 ms.
 */
final class NounGraph {
  /** The lemmas in UTF-8, sorted by their bytes; lemma i is {@code lemmas[lemmaStart[i] .. lemmaStart[i + 1])}. */
  private final byte[] lemmas;
  private final int[] lemmaStart;
  /** Lemma i's senses are {@code senses[senseStart[i] .. senseStart[i + 1])}, as synset offsets. */
  private final int[] senseStart;
  private final int[] senses;
  /** Synset offsets, sorted; synset j's hypernyms are {@code up[upStart[j] .. upStart[j + 1])}. */
  private final int[] synsets;
  private final int[] upStart;
  private final int[] up;
  /** Irregular plurals ("mice"), from WordNet's exception list: about 2,000. */
  private final Map<String, String> irregular;

  private NounGraph(TreeMap<byte[], int[]> byLemma, TreeMap<Integer, int[]> bySynset, Map<String, String> irregular) {
    lemmaStart = new int[byLemma.size() + 1];
    senseStart = new int[byLemma.size() + 1];
    int bytes = 0;
    int senseCount = 0;
    for (Map.Entry<byte[], int[]> e : byLemma.entrySet()) {
      bytes += e.getKey().length;
      senseCount += e.getValue().length;
    }
    lemmas = new byte[bytes];
    senses = new int[senseCount];
    int i = 0;
    for (Map.Entry<byte[], int[]> e : byLemma.entrySet()) {
      System.arraycopy(e.getKey(), 0, lemmas, lemmaStart[i], e.getKey().length);
      System.arraycopy(e.getValue(), 0, senses, senseStart[i], e.getValue().length);
      lemmaStart[i + 1] = lemmaStart[i] + e.getKey().length;
      senseStart[i + 1] = senseStart[i] + e.getValue().length;
      i++;
    }
    synsets = new int[bySynset.size()];
    upStart = new int[bySynset.size() + 1];
    up = new int[bySynset.values().stream().mapToInt(a -> a.length).sum()];
    int j = 0;
    for (Map.Entry<Integer, int[]> e : bySynset.entrySet()) {
      synsets[j] = e.getKey();
      System.arraycopy(e.getValue(), 0, up, upStart[j], e.getValue().length);
      upStart[j + 1] = upStart[j] + e.getValue().length;
      j++;
    }
    this.irregular = Map.copyOf(irregular);
  }

  static NounGraph of(Dictionary d) throws JWNLException {
    TreeMap<byte[], int[]> byLemma = new TreeMap<>(Arrays::compareUnsigned);
    for (Iterator<IndexWord> it = d.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
      IndexWord w = it.next();
      long[] offsets = w.getSynsetOffsets();
      int[] out = new int[offsets.length];
      for (int i = 0; i < out.length; i++) out[i] = (int) offsets[i];
      byLemma.put(w.getLemma().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8), out);
    }
    TreeMap<Integer, int[]> bySynset = new TreeMap<>();
    for (Iterator<Synset> it = d.getSynsetIterator(POS.NOUN); it.hasNext(); ) {
      Synset s = it.next();
      List<Integer> kinds = new ArrayList<>();
      for (Pointer p : s.getPointers()) {
        if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) kinds.add((int) p.getTargetOffset());
      }
      if (!kinds.isEmpty()) bySynset.put((int) s.getOffset(), kinds.stream().mapToInt(Integer::intValue).toArray());
    }
    Map<String, String> irregular = new HashMap<>();
    for (Iterator<Exc> it = d.getExceptionIterator(POS.NOUN); it.hasNext(); ) {
      Exc e = it.next();
      if (!e.getExceptions().isEmpty()) irregular.put(e.getLemma().toLowerCase(Locale.ROOT), e.getExceptions().get(0));
    }
    return new NounGraph(byLemma, bySynset, irregular);
  }

  /**
   * The lower-case word's form in WordNet, by its list of irregular plurals and morphy's suffix
   * rules ("lions", "churches", "women"); {@code null} when it is no noun.
   */
  String lemma(String word) {
    if (find(word) >= 0) return word;
    String irregularBase = irregular.get(word);
    if (irregularBase != null && find(irregularBase) >= 0) return irregularBase;
    for (String[] rule : SUFFIXES) {
      if (word.length() > rule[0].length() && word.endsWith(rule[0])) {
        String base = word.substring(0, word.length() - rule[0].length()) + rule[1];
        if (find(base) >= 0) return base;
      }
    }
    return null;
  }

  private static final String[][] SUFFIXES = {
      {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};

  /** The first {@code n} senses of a lemma, as synset offsets. */
  int[] senses(String lemma, int n) {
    int i = find(lemma);
    if (i < 0) return new int[0];
    return Arrays.copyOfRange(senses, senseStart[i], Math.min(senseStart[i + 1], senseStart[i] + n));
  }

  /** Whether a hypernym path of at most {@code depth} steps leads from {@code start} to one of {@code targets}. */
  boolean reaches(int start, Set<Integer> targets, int depth) {
    int[] queue = {start};
    Set<Integer> seen = new HashSet<>();
    for (int step = 0; step <= depth && queue.length > 0; step++) {
      int[] next = new int[0];
      for (int s : queue) {
        if (!seen.add(s)) continue;
        if (step > 0 && targets.contains(s)) return true;
        int j = Arrays.binarySearch(synsets, s);
        if (j < 0) continue;
        int from = next.length;
        next = Arrays.copyOf(next, from + upStart[j + 1] - upStart[j]);
        System.arraycopy(up, upStart[j], next, from, upStart[j + 1] - upStart[j]);
      }
      queue = next;
    }
    return false;
  }

  private int find(String lemma) {
    byte[] key = lemma.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = lemmaStart.length - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Arrays.compareUnsigned(lemmas, lemmaStart[mid], lemmaStart[mid + 1], key, 0, key.length);
      if (c < 0) lo = mid + 1;
      else if (c > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

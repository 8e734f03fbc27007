package dev.lede.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
  /** Lemma i's senses, as synset offsets in WordNet's order. */
  private final Ragged senses;
  /** Synset offsets, sorted; synset j's hypernyms are {@code up.row(j)}. */
  private final int[] synsets;
  private final Ragged up;
  /** Irregular plurals ("mice"), from WordNet's exception list: about 2,000. */
  private final Map<String, String> irregular;

  private NounGraph(TreeMap<byte[], int[]> byLemma, TreeMap<Integer, int[]> bySynset, Map<String, String> irregular) {
    lemmaStart = new int[byLemma.size() + 1];
    int i = 0;
    for (byte[] lemma : byLemma.keySet()) lemmaStart[i + 1] = lemmaStart[i++] + lemma.length;
    lemmas = new byte[lemmaStart[i]];
    i = 0;
    for (byte[] lemma : byLemma.keySet()) System.arraycopy(lemma, 0, lemmas, lemmaStart[i++], lemma.length);
    senses = Ragged.of(byLemma.values());
    synsets = bySynset.keySet().stream().mapToInt(Integer::intValue).toArray();
    up = Ragged.of(bySynset.values());
    this.irregular = Map.copyOf(irregular);
  }

  /** Rows of ints in one array: row i is {@code values[start[i] .. start[i + 1])}. */
  private record Ragged(int[] start, int[] values) {
    static Ragged of(Collection<int[]> rows) {
      int[] start = new int[rows.size() + 1];
      int i = 0;
      for (int[] row : rows) start[i + 1] = start[i++] + row.length;
      int[] values = new int[start[i]];
      i = 0;
      for (int[] row : rows) System.arraycopy(row, 0, values, start[i++], row.length);
      return new Ragged(start, values);
    }

    int[] row(int i) {
      return row(i, Integer.MAX_VALUE);
    }

    /** The first {@code limit} values of row i. */
    int[] row(int i, int limit) {
      return Arrays.copyOfRange(values, start[i], start[i] + Math.min(start[i + 1] - start[i], limit));
    }
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
   * The lemma number of a lower-case word, or of its singular by WordNet's list of irregular
   * plurals and morphy's suffix rules ("lions", "churches", "women"); -1 when it is no noun.
   */
  int noun(String word) {
    int i = find(word);
    if (i >= 0) return i;
    String irregularBase = irregular.get(word);
    if (irregularBase != null && (i = find(irregularBase)) >= 0) return i;
    for (String[] rule : SUFFIXES) {
      if (word.length() > rule[0].length() && word.endsWith(rule[0])) {
        i = find(word.substring(0, word.length() - rule[0].length()) + rule[1]);
        if (i >= 0) return i;
      }
    }
    return -1;
  }

  private static final String[][] SUFFIXES = {
      {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};

  /** The first {@code n} senses of noun {@code i}, as synset offsets. */
  int[] senses(int i, int n) {
    return senses.row(i, n);
  }

  /** Whether a hypernym path of at most {@code depth} steps leads from {@code start} to one of {@code targets}. */
  boolean reaches(int start, Set<Integer> targets, int depth) {
    List<Integer> level = List.of(start);
    Set<Integer> seen = new HashSet<>();
    for (int step = 0; step <= depth && !level.isEmpty(); step++) {
      List<Integer> next = new ArrayList<>();
      for (int s : level) {
        if (!seen.add(s)) continue;
        if (step > 0 && targets.contains(s)) return true;
        int j = Arrays.binarySearch(synsets, s);
        if (j >= 0) for (int kind : up.row(j)) next.add(kind);
      }
      level = next;
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

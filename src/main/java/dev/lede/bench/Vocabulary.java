package dev.lede.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words ranked by frequency and drawn by Zipf's law in its two regimes: probability 1/(r+q)^s
 * (Zipf-Mandelbrot) for the {@code head} most frequent ranks, then a steeper power-law tail
 * without a fixed end, so that, as in real text, new words keep turning up as a corpus grows
 * (Heaps' law; with tail exponent t the vocabulary grows about as N^(1/t)).
 * The top ranks are real English function words, so an analyzer drops them as it would in news;
 * the rest are pronounceable made-up words, longer the rarer they are.
 */
final class Vocabulary {
  private static final String[] FUNCTION_WORDS = (
      "the of to and a in that is for on said it with was as at by he from his be have has are an "
      + "but not were they which this who will had its been would their more after also over up new "
      + "about than when out there one into other or two year all last she her we first some can "
      + "most years people could no our government if three percent million what so only before time "
      + "because under against while where them since may like any just week then being do these those "
      + "made back during through such between him many officials told state group market now still").split(" ");
  private static final String[] ONSETS = {
      "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "ch", "cl", "cr",
      "dr", "fl", "gr", "pl", "pr", "sh", "sl", "st", "str", "th", "tr", ""};
  private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "ck", "x"};
  private static final long LAST_RANK = 100_000_000;

  private final String[] head;
  private final double[] cumulative;
  private final double headShare;
  private final double tailExponent;
  private final boolean capitalized;
  private final long tailSeed;

  /**
   * @param headSize ranks held in memory and drawn with exponent {@code headExponent}
   * @param offset Mandelbrot's q, which flattens the very top ranks
   * @param tailExponent exponent of the tail beyond them (more than 1), or 0 for no tail
   * @param capitalized true for a vocabulary of names
   */
  Vocabulary(SplitMix random, int headSize, double headExponent, double offset, double tailExponent,
      boolean capitalized) {
    if (headSize <= FUNCTION_WORDS.length) throw new IllegalArgumentException("vocabulary head too small: " + headSize);
    if (tailExponent != 0 && tailExponent <= 1) {
      throw new IllegalArgumentException("tail exponent must be above 1 (or 0 for none), was " + tailExponent);
    }
    this.capitalized = capitalized;
    this.tailExponent = tailExponent;
    this.tailSeed = random.nextLong();
    List<String> list = new ArrayList<>(headSize);
    Set<String> seen = new HashSet<>();
    if (!capitalized) {
      for (String w : FUNCTION_WORDS) if (seen.add(w)) list.add(w);
    }
    while (list.size() < headSize) {
      String word = madeUp(random, list.size() + 1);
      if (seen.add(word)) list.add(word);
    }
    head = list.toArray(String[]::new);
    cumulative = new double[headSize];
    double sum = 0;
    for (int r = 0; r < headSize; r++) {
      sum += 1 / StrictMath.pow(r + 1 + offset, headExponent);
      cumulative[r] = sum;
    }
    for (int r = 0; r < headSize; r++) cumulative[r] /= sum;
    // The tail continues the head's last probability, p(r) = p(b) (b/r)^t, which sums to about p(b) b/(t-1).
    double lastHead = 1 / StrictMath.pow(headSize + offset, headExponent);
    double tail = tailExponent == 0 ? 0 : lastHead * headSize / (tailExponent - 1);
    headShare = sum / (sum + tail);
  }

  private String madeUp(SplitMix random, long rank) {
    int syllables = 1 + (int) (StrictMath.log10(rank) / 2.5) + (random.nextInt(3) == 0 ? 1 : 0);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(ONSETS[random.nextInt(ONSETS.length)]).append(NUCLEI[random.nextInt(NUCLEI.length)]);
      if (i == syllables - 1 || random.nextInt(4) == 0) b.append(CODAS[random.nextInt(CODAS.length)]);
    }
    if (capitalized) b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  String draw(SplitMix random) {
    double u = random.nextDouble();
    if (u < headShare) {
      int at = Arrays.binarySearch(cumulative, u / headShare);
      int index = at >= 0 ? at + 1 : -at - 1; // the first rank whose cumulative share exceeds the draw
      return head[Math.min(index, head.length - 1)];
    }
    // Pareto beyond the head, by inversion.
    double v = (u - headShare) / (1 - headShare);
    double rank = head.length * StrictMath.pow(1 - v, -1 / (tailExponent - 1));
    return word((long) Math.min(LAST_RANK, rank) + 1);
  }

  /** The word of the 1-based frequency rank; a tail word is made from its rank, so it needs no memory. */
  String word(long rank) {
    if (rank <= head.length) return head[(int) rank - 1];
    return madeUp(new SplitMix(tailSeed ^ (rank * 0x9E3779B97F4A7C15L)), rank);
  }

  int headSize() {
    return head.length;
  }
}

package dev.lede.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A listwise logistic ranking model fitted to groups of candidates (a question's sentences, a
 * sentence's spans), each labelled right or wrong: standardised features, L2, full-batch gradient
 * descent, deterministic.
 */
final class Listwise {
  private static final int ITERATIONS = 400;
  private static final double RATE = 0.5;
  private static final double L2 = 1e-4;

  /** Weights on the features' own scale, and a bias. */
  record Fit(double[] weights, double bias) {}

  private final List<double[]> features = new ArrayList<>();
  private final List<Boolean> labels = new ArrayList<>();
  /** How much each right candidate is wanted, relative to the other right ones of its group. */
  private final List<Double> gains = new ArrayList<>();
  /** Where each group's candidates start in the lists above: ranking is learned per group. */
  private final List<Integer> groups = new ArrayList<>();
  /** Which set each group came from: every set weighs the same, however many groups it has. */
  private final List<Integer> sets = new ArrayList<>();

  /** One group of candidates: their features, and whether each is right. */
  void add(List<double[]> candidates, List<Boolean> right) {
    List<Double> even = new ArrayList<>(right.size());
    for (int i = 0; i < right.size(); i++) even.add(1.0);
    add(candidates, right, even);
  }

  /**
   * One group whose right candidates are not all as good: the objective moves the group's share
   * towards them in proportion to {@code gain} (a span quoted exactly before one that only holds
   * the answer).
   */
  void add(List<double[]> candidates, List<Boolean> right, List<Double> gain) {
    groups.add(features.size());
    sets.add(collected);
    features.addAll(candidates);
    labels.addAll(right);
    gains.addAll(gain);
  }

  /** The groups added from now on are another set, weighed as much as each of the others together. */
  void startSet() {
    collected++;
  }

  private int collected;

  int examples() {
    return features.size();
  }

  long positives() {
    return labels.stream().filter(b -> b).count();
  }

  /**
   * Fits the model; the weights are returned on the original (unstandardised) scale. The weights
   * come from a listwise objective (softmax over each group's candidates, maximising the share
   * of the right ones), which is what ranking needs; scale and bias then come from a logistic fit
   * on each group's best candidate, so that the model's probability of the best candidate reads
   * as the chance that it is right.
   */
  Fit fit(int d) {
    int n = features.size();
    if (n == 0) throw new IllegalStateException("no examples to train on");
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] x : features) for (int j = 0; j < d; j++) mean[j] += x[j] / n;
    for (double[] x : features) for (int j = 0; j < d; j++) sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
    for (int j = 0; j < d; j++) sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) z[i][j] = (features.get(i)[j] - mean[j]) / sd[j];

    double[] weight = groupWeights(n);
    double[] w = new double[d];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] grad = new double[d];
      double total = 0;
      for (int g = 0; g < groups.size(); g++) {
        int from = groups.get(g);
        int to = g + 1 < groups.size() ? groups.get(g + 1) : n;
        if (weight[g] == 0) continue;
        total += weight[g];
        double max = Double.NEGATIVE_INFINITY;
        double[] s = new double[to - from];
        for (int i = from; i < to; i++) {
          for (int j = 0; j < d; j++) s[i - from] += w[j] * z[i][j];
          max = Math.max(max, s[i - from]);
        }
        double all = 0;
        double pos = 0;
        for (int i = from; i < to; i++) {
          s[i - from] = Math.exp(s[i - from] - max);
          all += s[i - from];
          if (labels.get(i)) pos += gains.get(i) * s[i - from];
        }
        for (int i = from; i < to; i++) {
          double p = s[i - from] / all;
          double q = labels.get(i) ? gains.get(i) * s[i - from] / pos : 0;
          for (int j = 0; j < d; j++) grad[j] += weight[g] * (p - q) * z[i][j];
        }
      }
      for (int j = 0; j < d; j++) w[j] -= RATE * (grad[j] / Math.max(1e-12, total) + L2 * w[j]);
    }
    // Calibration: the chance that the best sentence under these weights holds the answer,
    // sigmoid(a * score + b), fitted on each group's top candidate.
    List<double[]> top = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int from = groups.get(g);
      int to = g + 1 < groups.size() ? groups.get(g + 1) : n;
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        double s = 0;
        for (int j = 0; j < d; j++) s += w[j] * z[i][j];
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      }
      if (best >= 0) top.add(new double[] {bestScore, labels.get(best) ? 1 : 0});
    }
    double[] ab = calibrate(top);
    double a = ab[0];
    double b = ab[1];
    double[] raw = new double[d];
    double rawBias = b;
    for (int j = 0; j < d; j++) {
      raw[j] = a * w[j] / sd[j];
      rawBias -= a * w[j] * mean[j] / sd[j];
    }
    return new Fit(raw, rawBias);
  }

  /**
   * Each group's weight in the ranking objective: 0 when it cannot teach an order (fewer than
   * two candidates, or none is right), else one over the number of such groups
   * in its set, so that a small news set counts as much as a large encyclopaedic one.
   */
  private double[] groupWeights(int n) {
    double[] weight = new double[groups.size()];
    Map<Integer, Integer> perSet = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      int from = groups.get(g);
      int to = g + 1 < groups.size() ? groups.get(g + 1) : n;
      boolean anyPositive = false;
      for (int i = from; i < to; i++) anyPositive |= labels.get(i);
      if (!anyPositive || to - from < 2) continue;
      weight[g] = 1;
      perSet.merge(sets.get(g), 1, Integer::sum);
    }
    for (int g = 0; g < groups.size(); g++) if (weight[g] > 0) weight[g] = 1.0 / perSet.get(sets.get(g));
    return weight;
  }

  /**
   * Logistic regression of "the best sentence holds the answer" on its score, {@code sigmoid(a *
   * score + b)}, by Newton's method: two parameters, so it converges in a few steps whatever the
   * scale of the scores (gradient descent with a fixed step does not, and then overstates).
   */
  private static final double RIDGE = 1.0;

  static double[] calibrate(List<double[]> top) {
    double a = 0;
    double b = 0;
    for (int it = 0; it < 100; it++) {
      // A weak ridge keeps the fit finite when the top sentences are all right (or all wrong).
      double ga = RIDGE * a, gb = RIDGE * b, haa = RIDGE, hab = 0, hbb = RIDGE;
      for (double[] t : top) {
        double p = 1.0 / (1.0 + Math.exp(-(a * t[0] + b)));
        double err = p - t[1];
        double w = Math.max(p * (1 - p), 1e-12);
        ga += err * t[0];
        gb += err;
        haa += w * t[0] * t[0];
        hab += w * t[0];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (Math.abs(det) < 1e-18) break;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a -= da;
      b -= db;
      if (Math.abs(da) + Math.abs(db) < 1e-10) break;
    }
    return new double[] {a, b};
  }
}

package dev.lede.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.eval.Latencies.Percentiles;
import dev.lede.eval.Report.Share;
import java.util.List;
import java.util.Locale;

/** Renders a {@link Report} as a plain table for people or as one JSON object for machines. */
public final class ReportFormat {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFormat() {}

  /** The JSON object with exactly the keys the issue names; fractions from 0 to 1, null where nothing was measured. */
  public static String json(Report r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("questions", r.questions());
    o.put("recall_at_1", r.recallAt1().fraction());
    o.put("recall_at_5", r.recallAt5().fraction());
    o.put("recall_at_20", r.recallAt20().fraction());
    o.put("sentence_accuracy", r.sentenceAccuracy().fraction());
    o.put("exact_match", r.exactMatch().fraction());
    o.put("f1", r.f1().value());
    o.put("answer_contains", r.answerContains().fraction());
    o.put("abstain_correct", r.abstainCorrect().fraction());
    o.put("abstain_wrong", r.abstainWrong().fraction());
    ObjectNode latency = o.putObject("latency_ms");
    latency.put("p50", rounded(r.latency().p50()));
    latency.put("p95", rounded(r.latency().p95()));
    latency.put("p99", rounded(r.latency().p99()));
    ObjectNode calibration = o.putObject("calibration");
    calibration.put("expected_error", rounded(r.calibration().error()));
    var bins = calibration.putArray("bins");
    for (Calibration.Bin bin : r.calibration().bins()) {
      bins.addObject().put("from", bin.from()).put("to", bin.to()).put("questions", bin.questions())
          .put("mean_confidence", rounded(bin.meanConfidence())).put("sentence_right", rounded(bin.sentenceRight()))
          .put("answer_right", rounded(bin.answerRight()));
    }
    return o.toString();
  }

  private static Double rounded(Double millis) {
    return millis == null ? null : Math.round(millis * 1000) / 1000.0;
  }

  /** A table with one metric a line and the counts behind each figure. */
  public static String table(Report r) {
    StringBuilder b = new StringBuilder();
    int answerable = r.sentenceAccuracy().of();
    line(b, "questions", String.format(Locale.ROOT, "%,d", r.questions()),
        String.format(Locale.ROOT, "%,d answerable, %,d to decline", answerable, r.abstainCorrect().of()));
    share(b, "recall@1", r.recallAt1(), "with the gold document first");
    share(b, "recall@5", r.recallAt5(), "with it in the top 5 documents");
    share(b, "recall@20", r.recallAt20(), "with it in the top 20 documents");
    share(b, "sentence accuracy", r.sentenceAccuracy(), "sentence contains a gold answer");
    share(b, "exact match", r.exactMatch(), "answer equals a gold answer");
    Double f1 = r.f1().value();
    line(b, "F1", percent(f1), String.format(Locale.ROOT, "mean over %,d answerable", r.f1().of()));
    share(b, "answer-contains", r.answerContains(), "lenient answer match");
    share(b, "declined, rightly", r.abstainCorrect(), "of the questions to decline");
    share(b, "declined, wrongly", r.abstainWrong(), "of the answerable questions");
    Percentiles l = r.latency();
    String over = String.format(Locale.ROOT, "%,d questions after %,d warm-up, cache off", l.samples(), r.warmup());
    line(b, "latency p50", millis(l.p50()), over);
    line(b, "latency p95", millis(l.p95()), "");
    line(b, "latency p99", millis(l.p99()), "");
    if (r.failures() > 0) {
      line(b, "failures", String.format(Locale.ROOT, "%,d", r.failures()), "the pipeline threw; counted as declined");
    }
    List<Calibration.Bin> bins = r.calibration().bins();
    if (!bins.isEmpty()) {
      b.append(String.format(Locale.ROOT, "%ncalibration of the answers' confidence (expected error %s)%n", percent(r.calibration().error())));
      b.append(String.format(Locale.ROOT, "%-12s %9s %11s %14s %14s%n", "confidence", "answers", "mean conf.", "sentence right", "answer right"));
      for (Calibration.Bin bin : bins) {
        b.append(String.format(Locale.ROOT, "%.1f-%.1f %12s %11s %14s %14s%n", bin.from(), bin.to(), String.format(Locale.ROOT, "%,d", bin.questions()),
            percent(bin.meanConfidence()), percent(bin.sentenceRight()), percent(bin.answerRight())));
      }
    }
    return b.toString();
  }

  private static void share(StringBuilder b, String name, Share s, String what) {
    line(b, name, percent(s.fraction()), String.format(Locale.ROOT, "%,d of %,d, %s", s.count(), s.of(), what));
  }

  private static void line(StringBuilder b, String name, String value, String counts) {
    b.append(String.format(Locale.ROOT, "%-18s %10s  %s", name, value, counts).stripTrailing()).append('\n');
  }

  private static String percent(Double fraction) {
    return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  private static String millis(Double ms) {
    return ms == null ? "n/a" : String.format(Locale.ROOT, "%.1f ms", ms);
  }
}

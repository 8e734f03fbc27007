package dev.lede.eval;

import dev.lede.answer.Answer;
import dev.lede.answer.Answerer;
import dev.lede.answer.Question;
import java.util.List;

/**
 * Asks every question of a set, in order, and scores the answers. Latency is measured around
 * each call of the uncached pipeline, leaving out the first {@code warmup} questions while the
 * JIT and the page cache warm up; the metrics count every question.
 */
public final class Evaluation {
  private final TracedAnswering pipeline;
  private final int warmup;
  private final ErrorLog errors;
  private final Progress progress;

  /**
   * @param errors where to write failed questions, or {@code null}
   * @param progress where to show progress, or {@code null}
   */
  public Evaluation(TracedAnswering pipeline, int warmup, ErrorLog errors, Progress progress) {
    if (warmup < 0) throw new IllegalArgumentException("warm-up must not be negative, was " + warmup);
    this.pipeline = pipeline;
    this.warmup = warmup;
    this.errors = errors;
    this.progress = progress;
  }

  /** The usual warm-up: 5% of the questions, at most 50. */
  public static int defaultWarmup(int questions) {
    return Math.min(50, questions / 20);
  }

  public Report run(List<EvalQuestion> questions) {
    Scoreboard board = new Scoreboard(Math.min(warmup, questions.size()));
    int asked = 0;
    for (EvalQuestion q : questions) {
      Question question = new Question(q.text(), q.asOf());
      Answerer.Trace trace;
      String error = null;
      long start = System.nanoTime();
      try {
        trace = pipeline.trace(question);
      } catch (RuntimeException e) {
        error = e.toString();
        trace = new Answerer.Trace(new Answer(q.text(), null, null, true, 0, List.of(), false, 0), List.of());
        board.addFailure();
      }
      long took = System.nanoTime() - start;
      if (asked++ >= warmup && error == null) board.addLatency(took);
      Grade grade = Grade.of(q, trace);
      board.add(grade);
      if (errors != null) errors.record(grade, error);
      if (progress != null) progress.advance();
    }
    if (progress != null) progress.finish();
    return board.report();
  }
}

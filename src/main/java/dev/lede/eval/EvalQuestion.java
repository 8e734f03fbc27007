package dev.lede.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of an evaluation set.
 *
 * @param id the set's identifier for it
 * @param text the question
 * @param asOf the day it counts as asked on
 * @param answers acceptable answer strings; empty when the question must be declined
 * @param goldDocIds the articles that answer it; empty when unknown or none
 * @param mustDecline true when the right response is to decline
 */
public record EvalQuestion(
    String id, String text, LocalDate asOf, List<String> answers, Set<String> goldDocIds, boolean mustDecline) {

  public EvalQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(asOf, "asOf");
    answers = List.copyOf(answers);
    goldDocIds = Set.copyOf(goldDocIds);
    if (!mustDecline && answers.isEmpty()) {
      throw new IllegalArgumentException("question " + id + " has no answers and is not marked as one to decline");
    }
  }

  public boolean answerable() {
    return !mustDecline;
  }
}

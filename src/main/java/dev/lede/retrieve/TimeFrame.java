package dev.lede.retrieve;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of time a question is about, read from its wording relative to the day it is
 * asked on: "this week", "last month", "yesterday", "in January 2025", "in 2024", "recently".
 * Articles published after the as-of day are never used (but for a day of grace, since news dated
 * tomorrow is often today's in another time zone): for that question they don't exist yet.
 *
 * @param from first day of the period, or {@code null} when the question names none
 * @param to last day of the period (never after {@code asOf})
 * @param recent true when the question favours the newest articles ("recently", "latest")
 */
public record TimeFrame(LocalDate from, LocalDate to, LocalDate asOf, boolean recent) {

  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december)";
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in|during|of|since)\\s+" + MONTHS + "(?:\\s+(\\d{4}))?\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|during)\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern RECENT = Pattern.compile("\\b(recent|recently|latest|newest|lately|so far this)\\b");

  public static TimeFrame none(LocalDate asOf) {
    return new TimeFrame(null, asOf, asOf, false);
  }

  public boolean bounded() {
    return from != null;
  }

  /** Reads the period from a question asked on {@code asOf}. */
  public static TimeFrame of(String question, LocalDate asOf) {
    String q = question.toLowerCase(Locale.ROOT);
    boolean recent = RECENT.matcher(q).find();
    if (q.contains("yesterday")) return period(asOf.minusDays(2), asOf.minusDays(1), asOf, recent);
    if (q.matches("(?s).*\\btoday\\b.*") || q.contains("this morning") || q.contains("tonight")) {
      return period(asOf.minusDays(1), asOf, asOf, true);
    }
    if (q.contains("this week") || q.contains("past week") || q.contains("this past week")) {
      return period(asOf.minusDays(7), asOf, asOf, true);
    }
    if (q.contains("last week")) return period(asOf.minusDays(14), asOf, asOf, true);
    if (q.contains("this weekend") || q.contains("last weekend")) return period(asOf.minusDays(9), asOf, asOf, true);
    if (q.contains("this month") || q.contains("past month")) return period(asOf.minusDays(31), asOf, asOf, true);
    if (q.contains("last month")) {
      YearMonth last = YearMonth.from(asOf).minusMonths(1);
      return period(last.atDay(1), last.atEndOfMonth(), asOf, recent);
    }
    if (q.contains("this year")) return period(asOf.withDayOfYear(1), asOf, asOf, recent);
    if (q.contains("last year")) {
      LocalDate start = asOf.minusYears(1).withDayOfYear(1);
      return period(start, start.plusYears(1).minusDays(1), asOf, recent);
    }
    Matcher m = MONTH_YEAR.matcher(q);
    if (m.find()) {
      Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      int year = m.group(2) != null ? Integer.parseInt(m.group(2))
          : (month.getValue() <= asOf.getMonthValue() ? asOf.getYear() : asOf.getYear() - 1);
      YearMonth ym = YearMonth.of(year, month);
      return period(ym.atDay(1), ym.atEndOfMonth(), asOf, recent);
    }
    Matcher y = YEAR.matcher(q);
    if (y.find()) {
      int year = Integer.parseInt(y.group(1));
      return period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), asOf, recent);
    }
    return new TimeFrame(null, asOf, asOf, recent);
  }

  private static TimeFrame period(LocalDate from, LocalDate to, LocalDate asOf, boolean recent) {
    LocalDate end = to.isAfter(asOf) ? asOf : to;
    if (from.isAfter(end)) return new TimeFrame(null, asOf, asOf, recent);
    return new TimeFrame(from, end, asOf, recent);
  }

  @Override
  public String toString() {
    return (from == null ? "…" : from.toString()) + ".." + to + (recent ? " (recent)" : "");
  }
}

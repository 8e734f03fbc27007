package dev.lede.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeFrameTest {
  /** A Wednesday. */
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 12);

  @Test
  void thisWeek_isTheSevenDaysUpToAsOf() {
    TimeFrame f = TimeFrame.of("Who resigned this week?", AS_OF);
    assertEquals(AS_OF.minusDays(7), f.from());
    assertEquals(AS_OF, f.to());
    assertTrue(f.recent());
  }

  @Test
  void lastMonth_isThePreviousCalendarMonth() {
    TimeFrame f = TimeFrame.of("What did the council decide last month?", AS_OF);
    assertEquals(LocalDate.of(2025, 2, 1), f.from());
    assertEquals(LocalDate.of(2025, 2, 28), f.to());
  }

  @Test
  void lastMonth_inJanuary_isDecemberOfTheYearBefore() {
    TimeFrame f = TimeFrame.of("What happened last month?", LocalDate.of(2025, 1, 15));
    assertEquals(LocalDate.of(2024, 12, 1), f.from());
    assertEquals(LocalDate.of(2024, 12, 31), f.to());
  }

  @Test
  void yesterday_endsTheDayBeforeAsOf() {
    TimeFrame f = TimeFrame.of("Who won yesterday?", AS_OF);
    assertEquals(AS_OF.minusDays(1), f.to());
    assertTrue(!f.from().isAfter(AS_OF.minusDays(1)) && f.from().isAfter(AS_OF.minusDays(4)), f.toString());
  }

  @Test
  void inMonthAndYear_isThatMonth() {
    TimeFrame f = TimeFrame.of("How many flights were cancelled in January 2025?", AS_OF);
    assertEquals(LocalDate.of(2025, 1, 1), f.from());
    assertEquals(LocalDate.of(2025, 1, 31), f.to());
  }

  @Test
  void inMonthWithoutYear_isItsLastOccurrenceByAsOf() {
    assertEquals(LocalDate.of(2025, 1, 1), TimeFrame.of("What happened in January?", AS_OF).from());
    assertEquals(LocalDate.of(2024, 12, 1), TimeFrame.of("What happened in December?", AS_OF).from());
  }

  @Test
  void inYear_isThatCalendarYear() {
    TimeFrame f = TimeFrame.of("Who won the election in 2024?", AS_OF);
    assertEquals(LocalDate.of(2024, 1, 1), f.from());
    assertEquals(LocalDate.of(2024, 12, 31), f.to());
    assertFalse(f.recent());
  }

  @Test
  void currentYear_endsAtAsOf() {
    TimeFrame f = TimeFrame.of("What was announced in 2025?", AS_OF);
    assertEquals(LocalDate.of(2025, 1, 1), f.from());
    assertEquals(AS_OF, f.to());
  }

  @Test
  void recently_isUnboundedButFavoursNewArticles() {
    TimeFrame f = TimeFrame.of("What did the mayor say recently?", AS_OF);
    assertFalse(f.bounded());
    assertNull(f.from());
    assertEquals(AS_OF, f.to());
    assertTrue(f.recent());
  }

  @Test
  void questionWithoutTime_isUnboundedUpToAsOf() {
    TimeFrame f = TimeFrame.of("How many New Yorkers received removal orders?", AS_OF);
    assertFalse(f.bounded());
    assertEquals(AS_OF, f.to());
    assertEquals(AS_OF, f.asOf());
    assertFalse(f.recent());
    assertEquals(f, TimeFrame.none(AS_OF));
  }

  @Test
  void futurePeriod_isNoPeriod() {
    TimeFrame f = TimeFrame.of("What will happen in 2030?", AS_OF);
    assertFalse(f.bounded());
    assertEquals(AS_OF, f.to());
  }

  @ParameterizedTest
  @ValueSource(strings = {"this week", "last week", "today", "this month", "this year", "last year", "in March 2025",
      "in May", "in 2026", "yesterday", "", "*:*", "in 1999"})
  void period_neverEndsAfterAsOf(String words) {
    TimeFrame f = TimeFrame.of("What happened " + words + "?", AS_OF);
    assertFalse(f.to().isAfter(AS_OF), f.toString());
    if (f.bounded()) assertFalse(f.from().isAfter(f.to()), f.toString());
  }
}

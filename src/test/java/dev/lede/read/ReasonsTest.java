package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReasonsTest {

  @Test
  void why_takesTheClauseAfterBecause() {
    assertEquals("the bridge had been closed for repairs",
        Reasons.clause("Why did the ferry run all night?", "The ferry ran all night because the bridge had been closed for repairs."));
  }

  @Test
  void why_takesTheClauseAfterDueTo() {
    assertEquals("a shortage of drivers",
        Reasons.clause("Why were buses cancelled?", "Dozens of buses were cancelled due to a shortage of drivers."));
  }

  @Test
  void how_takesTheMeansAfterBy() {
    assertEquals("padlocking the gates",
        Reasons.clause("How did the protesters close the base?", "The protesters closed the base by padlocking the gates."));
  }

  @Test
  void noMarker_givesNothing() {
    assertNull(Reasons.clause("Why did the ferry run all night?", "The ferry ran all night."));
  }

  @Test
  void otherQuestions_giveNothing() {
    assertNull(Reasons.clause("Who closed the base?", "The base was closed because of protests."));
  }
}

package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTest {
  @Test
  void theQuestionNamesTheCategory_throughModifiersAndPossessives() {
    assertEquals(Category.STATE, Category.of("Which US state's governor is pushing to ban vaccine mandates?"));
    assertEquals(Category.STATE, Category.of("Two lawmakers from which state were reappointed?"));
    assertEquals(Category.COUNTRY, Category.of("What European nation hosted the summit?"));
    assertEquals(Category.COLOR, Category.of("A rare comet is in the sky this week. Which color is it?"));
    assertEquals(Category.SPORT, Category.of("Which college sport set a world record for attendance?"));
  }

  @Test
  void aCategoryThatOnlyModifiesAnotherNounIsNotAsked() {
    assertNull(Category.of("Which state agency approved the plan?"));
    assertNull(Category.of("Which country singer won the award?"));
    assertNull(Category.of("Who won the election?"));
    assertNull(Category.of("Which team won the title?"));
  }

  @Test
  void membersAreFoundInsideLongerNames_longestFirst() {
    List<Span> spans = Category.STATE.in("Florida Gov. Ron DeSantis met officials from West Virginia.");
    assertEquals(List.of("Florida", "West Virginia"), spans.stream().map(Span::text).toList());
    assertEquals(0, spans.get(0).start());
    assertTrue(Category.STATE.in("Floridians voted.").isEmpty(), "a member is a whole word");
  }

  @Test
  void commonNounsMatchInAnyCase_namesOnlyAsWritten() {
    assertEquals(List.of("Green"), Category.COLOR.in("Green comets are rare.").stream().map(Span::text).toList());
    assertTrue(Category.COLOR.holds("green"));
    assertTrue(Category.COUNTRY.holds("the Philippines"));
    assertTrue(Category.COUNTRY.holds("Britain"), "news names countries as the JDK does not");
    assertFalse(Category.STATE.holds("texas"));
    assertFalse(Category.STATE.holds("Austin"));
  }
}

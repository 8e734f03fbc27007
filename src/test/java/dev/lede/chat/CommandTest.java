package dev.lede.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void askAddressedToTheBot_givesCommandArgumentAndAddressee() {
    Command.Parsed p = Command.parse("/ask@lede_bot hi");
    assertEquals(Command.ASK, p.command());
    assertEquals("hi", p.argument());
    assertEquals("lede_bot", p.addressee());
  }

  @Test
  void plainText_isAQuestion() {
    Command.Parsed p = Command.parse("  How many lanterns were lit?  ");
    assertEquals(Command.ASK, p.command());
    assertEquals("How many lanterns were lit?", p.argument());
    assertNull(p.addressee());
  }

  @Test
  void commandNames_areMatchedInAnyCase() {
    assertEquals(Command.SEARCH, Command.parse("/SEARCH lanterns").command());
    assertEquals("lanterns", Command.parse("/SEARCH lanterns").argument());
    assertEquals(Command.LATEST, Command.parse("/latest").command());
    assertEquals("", Command.parse("/latest").argument());
  }

  @Test
  void multiLineArgument_isKept() {
    assertEquals("first line\nsecond line", Command.parse("/ask first line\nsecond line").argument());
  }

  @Test
  void unknownCommand_isReportedWithItsWord() {
    Command.Parsed p = Command.parse("/frobnicate now");
    assertFalse(p.isKnown());
    assertEquals("frobnicate", p.word());
    assertEquals("now", p.argument());
  }

  @Test
  void slashAloneNullAndEmpty_areQuestions() {
    assertEquals(Command.ASK, Command.parse("/").command());
    assertEquals(Command.ASK, Command.parse(null).command());
    assertEquals("", Command.parse(null).argument());
    assertEquals(Command.ASK, Command.parse("").command());
  }

  @Test
  void everyCommand_parsesFromItsOwnWord() {
    for (Command c : Command.values()) assertEquals(c, Command.parse("/" + c.word() + "@bot x").command());
  }
}

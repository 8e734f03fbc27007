package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      How many New Yorkers received removal orders?                  | COUNT
      How many people attended the rally?                            | COUNT
      How long did the strike last?                                  | COUNT
      How much did the new stadium cost?                             | MONEY
      How much money did the campaign raise?                         | MONEY
      What percentage of voters backed the measure?                  | PERCENT
      What share of the budget goes to schools?                      | PERCENT
      When did the bridge open?                                      | DATE
      What year was the company founded?                             | DATE
      Who won the mayoral race?                                      | PERSON
      Which player scored the winning goal?                          | PERSON
      Which team won the championship?                               | ORGANIZATION
      Which company bought the airline?                              | ORGANIZATION
      Where did the storm make landfall?                             | PLACE
      Which city will host the games?                                | PLACE
      Why did the council delay the vote?                            | DESCRIPTION
      Is the museum open on Sundays?                                 | YES_NO
      Did the senator vote for the bill?                             | YES_NO
      The striker signed a new contract this week. He plays for which team? | ORGANIZATION
      A storm hit the coast on Monday. Where did it make landfall?   | PLACE
      The network said this week it would part ways with which host? | PERSON
      Fox News rocked the media world when it announced it would part ways with which top-rated host? | PERSON
      What satellite was used when Sky digital was launched?         | NAMED
      The bridge reopened after repairs. When?                       | DATE
      When will the new line open?                                   | DATE
      Since when has the bridge been closed?                         | DATE
      Which major U.S. city will host the Final Four this weekend?   | PLACE
      Sen. Ada Quill resigned. Which U.S. state did she represent?   | PLACE
      """)
  void questionWording_decidesTheAnswerType(String question, AnswerType expected) {
    assertEquals(expected, AnswerType.of(question));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "*:*", "?!", "🙂", "\u0000", "AND ("})
  void questionsWithoutWords_stillGetAType(String question) {
    assertTrue(AnswerType.of(question) != null);
  }

  @Test
  void spanTypes_wantSpans_descriptionsAndYesNoDoNot() {
    for (AnswerType t : AnswerType.values()) {
      assertEquals(t != AnswerType.DESCRIPTION && t != AnswerType.YES_NO, t.wantsSpan(), t.name());
    }
    assertFalse(AnswerType.YES_NO.wantsSpan());
  }
}

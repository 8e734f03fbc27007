package dev.lede.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Quarter-Million New York Residents Received Deportation Orders",
      "ICE Agents Reportedly Have Daily Quotas To Hit",
      "White House Rejects \"Quota,\" Confirms \"Goal\"",
      "BAHIA COCOA REVIEW",
      "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT",
      "Council Approves Budget for the New Year",
      "2025 Election Results",
      "Is the Ferry Coming Back?",
  })
  void headings(String line) {
    assertTrue(Headings.isHeading(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "About 250,000 New Yorkers have reportedly \"received removal orders\" from immigration courts.",
      "\"Goals is the correct phrasing,\" a spokesperson for the Department of Homeland Security",
      "Deported Guatemalan Immigrants Arrive On ICE Flight from U.S Getty Images loading...",
      "The mayor spoke on Monday",
      "New York Residents Received Orders.",
      "New York Residents Received Orders:",
      "Background",
      "2025",
      "",
      "   ",
  })
  void notHeadings(String line) {
    assertFalse(Headings.isHeading(line), line);
  }

  @ParameterizedTest
  @ValueSource(ints = {Headings.MAX_CHARS + 1, 400})
  void tooLong_isNotAHeading(int length) {
    String line = ("Word ".repeat(length / 5 + 1)).substring(0, length).strip();
    assertFalse(Headings.isHeading(line + "X".repeat(length - line.length())));
  }

  @org.junit.jupiter.api.Test
  void twoLines_isNotAHeading() {
    assertFalse(Headings.isHeading("Council Approves\nNew Budget"));
  }

  @org.junit.jupiter.api.Test
  void nullIsNotAHeading() {
    assertFalse(Headings.isHeading(null));
  }
}

package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "World's largest plant discovered in Australia | CNN"                  | World's largest plant discovered in Australia
      "Drink these types of coffee to live longer, study says | CNN Health"  | Drink these types of coffee to live longer, study says
      "Trump Organization found guilty on all counts of criminal tax fraud ..." | Trump Organization found guilty on all counts of criminal tax fraud
      "Quiz of The Week: 7 - 14 April | The Week UK"                         | Quiz of The Week: 7 - 14 April
      "SpaceX launch: Starship explodes over ocean after successful takeoff" | SpaceX launch: Starship explodes over ocean after successful takeoff
      "Harbor reopens after storm - BBC News"                                | Harbor reopens after storm
      """)
  void siteNamesAndCutsAreDropped(String title, String headline) {
    assertEquals(headline, Headline.of(title));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "Who will be the new speaker of the House?"
      "Super Bowl 50"
      "Weather | CNN"
      ""
      """)
  void questionsAndShortTitlesAreNoHeadlines(String title) {
    assertNull(Headline.of(title));
  }
}

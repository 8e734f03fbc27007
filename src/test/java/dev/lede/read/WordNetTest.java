package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordNetTest {
  @ParameterizedTest(name = "{0} is a {1}")
  @CsvSource({"bear, animal", "lions, animal", "Nepal, country", "oxygen, element",
      "granite, rock", "dog, mammal", "Paris, city", "Christianity, religion", "Latin, language",
      "mice, animal", "women, person", "churches, building", "New York, city"})
  void kindsAndInstances_areKnown(String word, String kind) {
    assertTrue(WordNet.isA(word, kind));
  }

  @ParameterizedTest(name = "{0} is no {1}")
  @CsvSource({"park, animal", "Tuesday, country", "animal, animal", "zorbulator, animal", "bear, zorbulator"})
  void otherWords_areNot(String word, String kind) {
    assertFalse(WordNet.isA(word, kind));
  }

  @Test
  void nouns_areKnownInTheSingularAndThePlural() {
    assertTrue(WordNet.isNoun("bears"));
    assertTrue(WordNet.isNoun("Bear"));
    assertFalse(WordNet.isNoun("zorbulators"));
    assertTrue(WordNet.isNoun("geese"));
    assertTrue(WordNet.isNoun("boxes"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      which candy brand is facing criticism?            | brand
      what scientist told the french academy?           | scientist
      which animal made an unexpected appearance?       | animal
      what kind of rock is found there?                 | rock
      which team won the title this week?               | team
      """)
  void theNounAQuestionAsksFor_isTheHeadOfTheKindItNames(String focus, String noun) {
    assertEquals(noun, Alignment.noun(focus));
  }

  @Test
  void aQuestionThatNamesNoKind_hasNoNoun() {
    assertNull(Alignment.noun("who won the title this week?"));
    assertNull(Alignment.noun("what is the capital?"));
  }
}

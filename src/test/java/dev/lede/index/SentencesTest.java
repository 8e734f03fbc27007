package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Mr. Smith went to the council on Monday.",
      "Dr. Jones spoke for an hour.",
      "He met Gov. Hochul and Sen. Schumer in Albany.",
      "The game was played in St. Louis on Friday.",
      "He went to the U.S. Senate on Monday.",
      "The U.S. economy grew by 2% last year."})
  void titlesAndInitialismsBeforeAName_doNotEndASentence(String sentence) {
    assertEquals(List.of(sentence, "Then he left."), Sentences.split(sentence + " Then he left."));
  }

  @Test
  void initialismAtTheEnd_stillEndsTheSentence() {
    assertEquals(List.of("She moved to the U.S.", "The move took a year."),
        Sentences.split("She moved to the U.S. The move took a year."));
  }

  @Test
  void plainSentences_areSplit() {
    assertEquals(List.of("One thing happened.", "Another followed!", "Why?"),
        Sentences.split("One thing happened. Another followed! Why?"));
  }

  @Test
  void blankOrNull_givesNoSentences() {
    assertEquals(List.of(), Sentences.split(null));
    assertEquals(List.of(), Sentences.split("  \n "));
  }

  @Test
  void aMiddleInitialDoesNotEndTheSentence() {
    assertEquals(List.of("It was headed by his assistant Nicholas E. Golovin in July 1961.", "It met twice."),
        Sentences.split("It was headed by his assistant Nicholas E. Golovin in July 1961. It met twice."));
    assertEquals(1, Sentences.split("The stations were sold to the E. W. Scripps Company in 1986.").size());
    assertEquals(1, Sentences.split("The court decided Marbury v. Madison in 1803.").size());
    assertEquals(2, Sentences.split("They chose plan B. The rest went home.").size(), "a letter after a lower-case word still ends one");
  }

  @Test
  void sentencesThatLostTheSpaceBetweenThem_areSplitToo() {
    assertEquals(List.of("They shared these stories.", "Political geographers such as Ratzel agreed."),
        Sentences.split("They shared these stories.Political geographers such as Ratzel agreed."));
    assertEquals(List.of("Who is Jack Teixeira?", "Teixeira is an airman."), Sentences.split("Who is Jack Teixeira?Teixeira is an airman."));
    assertEquals(List.of("Prices fell 2.5% in the U.S. market on Monday."), Sentences.split("Prices fell 2.5% in the U.S. market on Monday."),
        "numbers and initialisms hold no lost space");
  }
}

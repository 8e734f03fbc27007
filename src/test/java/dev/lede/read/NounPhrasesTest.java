package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NounPhrasesTest {

  private static List<String> phrases(String sentence) {
    return NounPhrases.of(NounPhrases.tag(sentence)).stream().map(Span::text).toList();
  }

  @Test
  void phrases_leaveOutDeterminers() {
    List<String> found = phrases("The council approved a new bus lane on Thursday.");
    assertTrue(found.contains("new bus lane"), found.toString());
  }

  @Test
  void phrases_joinAnOfPhrase() {
    List<String> found = phrases("Chares are near the historic heart of the old town.");
    assertTrue(found.contains("historic heart"), found.toString());
    assertTrue(found.contains("historic heart of the old town"), found.toString());
  }

  @Test
  void phrases_neverEndInAnAdjective() {
    for (String p : phrases("The results were surprisingly good and the mayor seemed happy.")) {
      assertFalse(p.endsWith("good") || p.endsWith("happy"), p);
    }
  }

  @Test
  void theTagger_decodesGreedily() {
    assertEquals("1", NounPhrases.model().getManifestProperty("BeamSize"));
    assertEquals(List.of("DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"),
        List.of(NounPhrases.tag("The council met in Leeds.").tags()));
  }

  @Test
  void emptySentence_hasNoPhrases() {
    assertTrue(phrases("").isEmpty());
  }
}

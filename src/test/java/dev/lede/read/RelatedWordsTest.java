package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.NewsAnalyzer;
import dev.lede.retrieve.Terms;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelatedWordsTest {
  private static final Analyzer ANALYZER = new NewsAnalyzer();
  private final RelatedWords related = new RelatedWords(ANALYZER);

  private Map<String, String> of(String question) {
    return related.of(question, Terms.distinct(ANALYZER, question));
  }

  private static String term(String word) {
    return Terms.all(ANALYZER, word).get(0);
  }

  @ParameterizedTest(name = "{0}: {1} stands for {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Who invented the telephone?                  | inventor   | invented
      Who invented the telephone?                  | invention  | invented
      Who won the Nobel Peace Prize?               | winner     | won
      What is the biggest city in the region?      | large      | biggest
      When did the company purchase the mill?      | buy        | purchase
      Who founded the newspaper?                   | founder    | founded
      How did the singer die?                      | death      | die
      """)
  void synonymsAndDerivedForms_standForTheQuestionsWord(String question, String relatedWord, String questionWord) {
    Map<String, String> found = of(question);
    assertEquals(term(questionWord), found.get(term(relatedWord)), "found: " + found);
  }

  @Test
  void theQuestionsOwnTermsAreNeverRelatedWords() {
    Map<String, String> found = of("Who invented and built the first invention?");
    assertFalse(found.containsKey(term("invention")), "'invention' is the question's own word: " + found);
    for (String t : Terms.distinct(ANALYZER, "Who invented and built the first invention?")) assertFalse(found.containsKey(t), t);
  }

  @Test
  void namesAndStopWords_haveNoRelatedWords() {
    assertTrue(of("Is Bill Gates in Paris?").isEmpty(), "capitalised words are names: " + of("Is Bill Gates in Paris?"));
    assertTrue(of("Is it there or was it not?").isEmpty(), "stop words are not searched for");
  }

  @Test
  void wordsTheQuestionIsNotSearchedByAreLeftOut() {
    // Only words whose terms the answerer searches for are expanded.
    assertTrue(related.of("Who invented the telephone?", List.of(term("telephone"))).values().stream()
        .allMatch(term("telephone")::equals));
  }

  @Test
  void oddInput_findsNothingAndDoesNotThrow() {
    assertTrue(of("").isEmpty());
    assertTrue(of("🦄🦄 ??? *:* AND OR").isEmpty());
    assertTrue(of("x".repeat(100_000)).isEmpty());
  }
}

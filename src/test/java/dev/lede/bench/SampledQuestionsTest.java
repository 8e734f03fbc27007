package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampledQuestionsTest {
  @TempDir Path dir;

  @Test
  void fromSentence_takesSevenWordsWithoutTrailingPunctuation() {
    List<String> words = List.of("The", "port", "of", "Santos", "reopened,", "officials", "said.");
    assertEquals("What The port of Santos reopened officials said?", SampledQuestions.fromSentence(words, new SplitMix(1)));
  }

  @Test
  void fromCorpus_keepsAnEvenSampleOfALargerCorpus() throws Exception {
    Path corpus = dir.resolve("big.jsonl");
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add("{\"id\": \"a" + i + "\", \"text\": \"Sentence number w" + i + " has enough words in it.\"}");
    }
    Files.write(corpus, lines);
    List<String> questions = SampledQuestions.fromCorpus(List.of(corpus), 20, 7);
    assertEquals(20, questions.size());
    long fromSecondHalf = questions.stream()
        .filter(q -> java.util.regex.Pattern.compile("w(1[0-9][0-9])\\b").matcher(q).find()).count();
    assertTrue(fromSecondHalf > 0 && fromSecondHalf < 20, questions.toString());
  }

  @Test
  void fromCorpus_drawsFromArticleTextAndIsRepeatable() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.write(corpus, List.of(
        "{\"id\": \"a\", \"title\": \"Title words that are not text at all\", \"text\": \"Short one. "
            + "Grain exports from the port rose sharply in March. Too short here.\"}",
        "{\"id\": \"b\", \"text\": \"Cocoa farmers expect a larger harvest later this year.\"}"));
    List<String> first = SampledQuestions.fromCorpus(List.of(corpus), 5, 42);
    assertEquals(2, first.size(), "two sentences have six words or more: " + first);
    assertEquals(first, SampledQuestions.fromCorpus(List.of(corpus), 5, 42));
    for (String q : first) assertTrue(q.contains("port") || q.contains("harvest") || q.contains("farmers"), q);
  }
}

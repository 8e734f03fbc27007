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
  void fromCorpus_drawsFromArticleTextOnlyAndIsRepeatable() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.write(corpus, List.of(
        "{\"id\": \"a\", \"title\": \"Title words that are not text at all\", \"text\": \"Short one. "
            + "Grain exports from the port rose sharply in March. Too short here.\"}",
        "{\"id\": \"b\", \"text\": \"Cocoa farmers expect a larger harvest later this year.\", \"meta\": {\"text\": \"nested text is skipped here too\"}}"));
    List<String> first = SampledQuestions.fromCorpus(corpus, 5, 42);
    assertEquals(2, first.size());
    assertEquals(first, SampledQuestions.fromCorpus(corpus, 5, 42));
    for (String q : first) assertTrue(q.contains("port") || q.contains("harvest") || q.contains("farmers"), q);
  }
}

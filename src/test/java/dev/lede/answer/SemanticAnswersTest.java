package dev.lede.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.config.LedeConfig;
import dev.lede.config.Semantic;
import dev.lede.read.Evidence;
import dev.lede.read.Ranker;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample answered with reading by meaning on: at question time, and from vectors kept in the index. */
class SemanticAnswersTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
  @TempDir Path dir;

  private static void answersTheSample(Lede lede) {
    Answer a = lede.answerer().ask(new Question("How many New Yorkers received removal orders?", AS_OF));
    assertFalse(a.abstained());
    assertTrue(a.text().contains("250,000"), a.text());
    assertTrue(a.confidence() > 0 && a.confidence() < 1, "confidence " + a.confidence());
    assertTrue(lede.answerer().ask(new Question("Who is the president of France?", AS_OF)).abstained());
    assertTrue(lede.answerer().ask(new Question("What is the capital of Australia?", AS_OF)).abstained());
  }

  @Test
  void atQuestionTime_theBestSentencesAreComparedByMeaning() {
    try (Lede lede = Lede.open(LedeConfig.defaults(dir).withSemantic(new Semantic(true, 3, false)))) {
      answersTheSample(lede);
      var evidence = lede.answerer().read(new Question("How many New Yorkers received removal orders?", AS_OF)).evidence();
      long compared = evidence.stream().filter(e -> e.features()[Ranker.FEATURES.indexOf("meaning")] > 0).count();
      assertEquals(3, compared, "only the three best sentences by words are compared");
    }
  }

  @Test
  void fromTheIndex_everySentenceHasItsMeaning() {
    try (Lede lede = Lede.open(LedeConfig.defaults(dir).withSemantic(new Semantic(true, 3, true)))) {
      answersTheSample(lede);
      var evidence = lede.answerer().read(new Question("How many New Yorkers received removal orders?", AS_OF)).evidence();
      assertTrue(evidence.size() > 3);
      for (Evidence e : evidence) {
        double meaning = e.features()[Ranker.FEATURES.indexOf("meaning")];
        if (e.features()[Ranker.FEATURES.indexOf("headline")] == 1) {
          assertEquals(0.0, meaning, "a headline has no vector in the index and is not embedded per question");
        } else {
          assertTrue(meaning > 0, e.sentence());
        }
      }
    }
  }

  @Test
  void byWordsAlone_noSentenceIsComparedByMeaning() {
    try (Lede lede = Lede.open(LedeConfig.defaults(dir))) {
      var evidence = lede.answerer().read(new Question("How many New Yorkers received removal orders?", AS_OF)).evidence();
      assertFalse(evidence.isEmpty());
      for (Evidence e : evidence) assertEquals(0.0, e.features()[Ranker.FEATURES.indexOf("meaning")]);
    }
  }
}

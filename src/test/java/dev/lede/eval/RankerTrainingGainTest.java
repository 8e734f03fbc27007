package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.TestCorpus;
import dev.lede.answer.Question;
import dev.lede.config.LedeConfig;
import dev.lede.read.Evidence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankerTrainingGainTest {
  @TempDir Path dir;

  @Test
  void aSentenceWhoseShortAnswerIsRightIsWantedMoreThanOneThatOnlyHoldsTheAnswer() {
    Path corpus = dir.resolve("corpus");
    TestCorpus.text(corpus, "a.txt", "Ferry contract", "2024-03-04",
        "Governor Alma Reyes of Ostermark signed the ferry contract with Quillby Marine on Monday.");
    try (Lede lede = Lede.open(LedeConfig.defaults(dir.resolve("data")).withCorpus(List.of(corpus)))) {
      List<Evidence> evidence = lede.answerer().read(new Question("Who signed the ferry contract?", LocalDate.of(2024, 3, 8))).evidence();
      Evidence signed = evidence.stream().filter(e -> e.sentence().contains("Quillby Marine")).findFirst().orElseThrow();
      String answered = signed.span().text();
      String other = answered.contains("Quillby Marine") ? "Alma Reyes" : "Quillby Marine";

      assertEquals(1.0, RankerTraining.gain(signed, List.of(answered)));
      // The sentence holds the other name too, but its short answer is not that.
      assertEquals(RankerTraining.SPAN_WRONG_GAIN, RankerTraining.gain(signed, List.of(other)));
      assertTrue(RankerTraining.SPAN_WRONG_GAIN < 1.0);
    }
  }
}

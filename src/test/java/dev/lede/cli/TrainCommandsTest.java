package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.read.Ranker;
import dev.lede.read.SpanModel;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end: the training commands on a tiny SQuAD set written here, through the real core. */
class TrainCommandsTest {
  private static final String SQUAD = """
      {"version": "v1.1", "data": [{"title": "Harbor_City", "paragraphs": [
        {"context": "Harbor City opened a new library in 1998. The library was designed by the architect Mira Olsen of Brightwater.",
         "qas": [{"id": "q1", "question": "Which architect designed the Harbor City library?", "answers": [{"text": "Mira Olsen"}]},
                 {"id": "q2", "question": "When did Harbor City open the library?", "answers": [{"text": "1998"}]}]},
        {"context": "The Harbor City marathon is held every April. Last year Tomas Reed of Norway won the race in Harbor City.",
         "qas": [{"id": "q3", "question": "Who won the Harbor City marathon?", "answers": [{"text": "Tomas Reed"}]},
                 {"id": "q4", "question": "Which country is the marathon winner from?", "answers": [{"text": "Norway"}]}]}]}]}
      """;

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static Properties read(Path file) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void withoutASet_bothCommandsSayWhatToGive() {
    assertEquals(2, run(new TrainSpansCommand()));
    assertEquals(2, run(new TrainRankerCommand(), "--no-semantic"));
    assertTrue(err.toString().contains("Give --squad FILE and/or --corpus ARTICLES --questions FILE."), err.toString());
  }

  @Test
  void trainSpans_fitsTheReferenceModel_andKeepsTheNewsModel() throws Exception {
    Path squad = Files.writeString(dir.resolve("squad.json"), SQUAD);
    Path out = dir.resolve("spans.properties");
    assertEquals(0, run(new TrainSpansCommand(), "--squad", squad.toString(), "--out", out.toString()), err.toString());
    Properties trained = read(out);
    Properties shipped = SpanModel.standard().toProperties();
    for (String f : SpanModel.FEATURES) assertEquals(shipped.getProperty("news.w." + f), trained.getProperty("news.w." + f), f);
    assertNotEquals(shipped.getProperty("reference.bias"), trained.getProperty("reference.bias"));
    assertTrue(err.toString().contains("Training the span model for reference texts (squad.json)"), err.toString());
  }

  @Test
  void trainRanker_fitsTheReferenceModel_andKeepsTheNewsModel() throws Exception {
    Path squad = Files.writeString(dir.resolve("squad.json"), SQUAD);
    Path out = dir.resolve("ranker.properties");
    assertEquals(0, run(new TrainRankerCommand(), "--no-semantic", "--squad", squad.toString(), "--out", out.toString()), err.toString());
    Properties trained = read(out);
    Properties shipped = Ranker.standard().toProperties();
    for (String f : Ranker.FEATURES) assertEquals(shipped.getProperty("news.w." + f), trained.getProperty("news.w." + f), f);
    assertEquals("0.000000", trained.getProperty("reference.w.previous"), "switched off by default");
    assertNotEquals(shipped.getProperty("reference.bias"), trained.getProperty("reference.bias"));
  }
}

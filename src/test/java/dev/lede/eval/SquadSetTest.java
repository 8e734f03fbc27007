package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SquadSetTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  // Written for this test, in the SQuAD layout.
  private static final String V1 = """
      {"version": "1.1", "data": [
        {"title": "Tiny_Town", "paragraphs": [
          {"context": "Tiny Town has a red bridge.", "qas": [
            {"id": "q1", "question": "What colour is the bridge?", "answers": [{"text": "red", "answer_start": 13}, {"text": "red"}]}]},
          {"context": "The mayor is Ada Brook.", "qas": [
            {"id": "q2", "question": "Who is the mayor?", "answers": [{"text": "Ada Brook"}]}]}]},
        {"title": "Other_Place", "paragraphs": [
          {"context": "Nothing happens here.", "qas": []}]}]}
      """;

  private static final String V2 = """
      {"version": "v2.0", "data": [{"title": "Tiny_Town", "paragraphs": [
        {"context": "Tiny Town has a red bridge.", "qas": [
          {"id": "q1", "question": "What colour is the bridge?", "answers": [{"text": "red"}], "is_impossible": false},
          {"id": "q2", "question": "Who built the bridge?", "answers": [], "plausible_answers": [{"text": "Tiny"}], "is_impossible": true}]}]}]}
      """;

  @TempDir Path dir;

  private SquadSet convert(String json) throws IOException {
    Path in = dir.resolve("set.json");
    Files.writeString(in, json);
    return SquadSet.convert(in, dir.resolve("articles.jsonl"), TODAY);
  }

  @Test
  void convert_writesEveryParagraphAsItsOwnArticle() throws Exception {
    SquadSet set = convert(V1);
    List<String> lines = Files.readAllLines(dir.resolve("articles.jsonl"));
    assertEquals(3, set.paragraphs());
    assertEquals(3, lines.size());
    JsonNode second = JSON.readTree(lines.get(1));
    assertEquals("Tiny_Town#1", second.get("id").asText());
    assertEquals("Tiny Town", second.get("title").asText());
    assertEquals("The mayor is Ada Brook.", second.get("text").asText());
    assertFalse(second.has("date"));
    assertEquals("Other_Place#0", JSON.readTree(lines.get(2)).get("id").asText());
  }

  @Test
  void convert_makesTheParagraphTheGoldDocument() throws Exception {
    SquadSet set = convert(V1);
    EvalQuestion q2 = set.questions().get(1);
    assertEquals("q2", q2.id());
    assertEquals("Who is the mayor?", q2.text());
    assertEquals(Set.of("Tiny_Town#1"), q2.goldDocIds());
    assertEquals(TODAY, q2.asOf());
    assertEquals("1.1", set.version());
  }

  @Test
  void convert_keepsEachGoldAnswerOnce() throws Exception {
    assertEquals(List.of("red"), convert(V1).questions().get(0).answers());
  }

  @Test
  void convert_marksImpossibleQuestionsOfVersion2AsOnesToDecline() throws Exception {
    SquadSet set = convert(V2);
    assertEquals("v2.0", set.version());
    assertTrue(set.questions().get(0).answerable());
    EvalQuestion impossible = set.questions().get(1);
    assertTrue(impossible.mustDecline());
    assertEquals(List.of(), impossible.answers());
  }

  @Test
  void convert_skipsAnAnswerableQuestionWithoutAnswers() throws Exception {
    SquadSet set = convert("""
        {"data": [{"title": "T", "paragraphs": [{"context": "Text.", "qas": [{"id": "q", "question": "Why?", "answers": []}]}]}]}
        """);
    assertEquals(List.of(), set.questions());
    assertTrue(set.problems().get(0).endsWith("question q has no answers and is not marked is_impossible; skipped"));
  }

  @Test
  void convert_rejectsAFileWithoutData() {
    IOException e = assertThrows(IOException.class, () -> convert("{\"version\": \"1.1\"}"));
    assertEquals(dir.resolve("set.json") + " is not a SQuAD file: it has no \"data\" array", e.getMessage());
  }

  @Test
  void convert_rejectsBrokenJsonNamingTheFile() {
    IOException e = assertThrows(IOException.class, () -> convert("{\"data\": [{\"title\": "));
    assertTrue(e.getMessage().startsWith(dir.resolve("set.json") + " is not valid JSON"), e.getMessage());
  }
}

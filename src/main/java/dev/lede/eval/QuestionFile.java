package dev.lede.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question JSONL file, one question a line:
 * {@code {"id", "question", "asked_on", "answers": [...], "answer_doc_ids": [...], "abstain"}}.
 * A bad line is skipped with a message naming the line and the rule it breaks.
 *
 * @param questions the good questions in file order
 * @param problems one message per skipped line
 */
public record QuestionFile(List<EvalQuestion> questions, List<String> problems) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public QuestionFile {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  public static QuestionFile read(Path jsonl) throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(EvalFiles.open(jsonl), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) continue;
        try {
          questions.add(question(JSON.readTree(line), number));
        } catch (JacksonException e) {
          problems.add(jsonl + " line " + number + ": not a JSON object (" + e.getOriginalMessage() + "); skipped");
        } catch (IllegalArgumentException e) {
          problems.add(jsonl + " line " + number + ": " + e.getMessage() + "; skipped");
        }
      }
    }
    return new QuestionFile(questions, problems);
  }

  private static EvalQuestion question(JsonNode node, int line) {
    if (!node.isObject()) throw new IllegalArgumentException("not a JSON object");
    String id = node.path("id").asText("").strip();
    if (id.isEmpty()) id = "line " + line;
    String text = node.path("question").asText("").strip();
    if (text.isEmpty()) throw new IllegalArgumentException("\"question\" is missing or empty");
    String askedOn = node.path("asked_on").asText("");
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(askedOn);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"asked_on\" must be a date YYYY-MM-DD, was '" + askedOn + "'");
    }
    List<String> answers = strings(node.path("answers"));
    boolean abstain = node.path("abstain").asBoolean(false);
    if (!abstain && answers.isEmpty()) {
      throw new IllegalArgumentException("\"answers\" is empty and the question is not marked \"abstain\": true");
    }
    Set<String> docs = new LinkedHashSet<>(strings(node.path("answer_doc_ids")));
    return new EvalQuestion(id, text, asOf, answers, docs, abstain);
  }

  private static List<String> strings(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    for (JsonNode n : array) {
      String s = n.asText("").strip();
      if (n.isValueNode() && !s.isEmpty()) values.add(s);
    }
    return List.copyOf(values);
  }
}

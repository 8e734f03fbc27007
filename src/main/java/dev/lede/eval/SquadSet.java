package dev.lede.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A SQuAD v1.1 or v2.0 file turned into open-domain QA: every paragraph becomes its own article
 * (id {@code Title#i}, title with underscores as spaces, no date) and is the gold document of its
 * questions; v2.0 questions marked {@code is_impossible} must be declined.
 *
 * @param version the file's {@code version} field, or "2.0" when it has none but marks impossible questions
 * @param paragraphs articles written
 * @param questions the questions in file order
 * @param problems what was skipped and why, one message each
 */
public record SquadSet(String version, int paragraphs, List<EvalQuestion> questions, List<String> problems) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public SquadSet {
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  /**
   * Streams {@code squadJson} (one article at a time, so large files fit) and writes its
   * paragraphs to {@code articlesOut} as article JSONL.
   *
   * @param asOf the day every question counts as asked on
   */
  public static SquadSet convert(Path squadJson, Path articlesOut, LocalDate asOf) throws IOException {
    Reader reader = new Reader(squadJson, asOf);
    try (InputStream in = EvalFiles.open(squadJson);
        JsonParser parser = JSON.createParser(in);
        BufferedWriter out = Files.newBufferedWriter(articlesOut, StandardCharsets.UTF_8)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) throw reader.notSquad("it does not hold a JSON object");
      boolean sawData = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("version".equals(field) && value.isScalarValue()) {
          reader.version = parser.getValueAsString();
        } else if ("data".equals(field) && value == JsonToken.START_ARRAY) {
          sawData = true;
          while (parser.nextToken() == JsonToken.START_OBJECT) reader.article(JSON.readTree(parser), out);
        } else {
          parser.skipChildren();
        }
      }
      if (!sawData) throw reader.notSquad("it has no \"data\" array");
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(squadJson + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    String version = reader.version != null ? reader.version : reader.sawImpossible ? "2.0" : "1.1";
    return new SquadSet(version, reader.paragraphs, reader.questions, reader.problems);
  }

  private static final class Reader {
    final Path file;
    final LocalDate asOf;
    String version;
    boolean sawImpossible;
    int articles;
    int paragraphs;
    final List<EvalQuestion> questions = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    Reader(Path file, LocalDate asOf) {
      this.file = file;
      this.asOf = asOf;
    }

    IOException notSquad(String why) {
      return new IOException(file + " is not a SQuAD file: " + why);
    }

    void article(JsonNode article, BufferedWriter out) throws IOException {
      articles++;
      String rawTitle = article.path("title").asText("").strip();
      if (rawTitle.isEmpty()) rawTitle = "article " + articles;
      String title = rawTitle.replace('_', ' ');
      int i = 0;
      for (JsonNode paragraph : article.path("paragraphs")) {
        String id = rawTitle + "#" + i++;
        String context = paragraph.path("context").asText("");
        if (context.isBlank()) {
          problems.add(file + ": paragraph " + id + " has no context; skipped with its questions");
          continue;
        }
        ObjectNode line = JSON.createObjectNode().put("id", id).put("title", title).put("text", context);
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        paragraphs++;
        for (JsonNode qa : paragraph.path("qas")) question(qa, id);
      }
    }

    void question(JsonNode qa, String paragraphId) {
      String id = qa.path("id").asText("").strip();
      if (id.isEmpty()) id = paragraphId + "/q" + questions.size();
      String text = qa.path("question").asText("").strip();
      if (text.isEmpty()) {
        problems.add(file + ": question " + id + " has no text; skipped");
        return;
      }
      boolean impossible = qa.path("is_impossible").asBoolean(false);
      sawImpossible |= impossible;
      Set<String> answers = new LinkedHashSet<>();
      if (!impossible) {
        for (JsonNode a : qa.path("answers")) {
          String answer = a.path("text").asText("").strip();
          if (!answer.isEmpty()) answers.add(answer);
        }
        if (answers.isEmpty()) {
          problems.add(file + ": question " + id + " has no answers and is not marked is_impossible; skipped");
          return;
        }
      }
      questions.add(new EvalQuestion(id, text, asOf, List.copyOf(answers), Set.of(paragraphId), impossible));
    }
  }
}

package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private List<JsonNode> articles(Path file) throws Exception {
    List<JsonNode> list = new ArrayList<>();
    for (String line : Files.readAllLines(file)) list.add(JSON.readTree(line));
    return list;
  }

  @Test
  void write_isTheSameForTheSameSeed() throws Exception {
    SyntheticCorpus.Summary a = new SyntheticCorpus(7).write(40, dir.resolve("a.jsonl"), 5);
    SyntheticCorpus.Summary b = new SyntheticCorpus(7).write(40, dir.resolve("b.jsonl"), 5);
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.jsonl")), Files.readAllBytes(dir.resolve("b.jsonl")));
    assertEquals(a, b);
  }

  @Test
  void write_differsForAnotherSeed() throws Exception {
    new SyntheticCorpus(7).write(40, dir.resolve("a.jsonl"), 0);
    new SyntheticCorpus(8).write(40, dir.resolve("b.jsonl"), 0);
    assertNotEquals(Files.readString(dir.resolve("a.jsonl")), Files.readString(dir.resolve("b.jsonl")));
  }

  @Test
  void write_producesOneArticleJsonObjectALine() throws Exception {
    SyntheticCorpus.Summary s = new SyntheticCorpus(1).write(30, dir.resolve("c.jsonl"), 0);
    List<JsonNode> articles = articles(dir.resolve("c.jsonl"));
    assertEquals(30, articles.size());
    assertEquals(30, s.articles());
    Set<String> ids = new HashSet<>();
    long paragraphs = 0;
    for (JsonNode a : articles) {
      assertTrue(ids.add(a.get("id").asText()), "ids are unique");
      assertFalse(a.get("title").asText().isBlank());
      LocalDate date = LocalDate.parse(a.get("date").asText());
      assertTrue(!date.isBefore(LocalDate.of(2000, 1, 1)) && !date.isAfter(LocalDate.of(2024, 12, 31)), date.toString());
      String text = a.get("text").asText();
      assertFalse(text.contains("\n\n\n"));
      paragraphs += text.split("\n\n").length;
    }
    assertEquals(s.paragraphs(), paragraphs);
  }

  @Test
  void write_spreadsDatesOverManyYears() throws Exception {
    new SyntheticCorpus(3).write(200, dir.resolve("d.jsonl"), 0);
    Set<Integer> years = new HashSet<>();
    for (JsonNode a : articles(dir.resolve("d.jsonl"))) years.add(LocalDate.parse(a.get("date").asText()).getYear());
    assertTrue(years.size() >= 20, "years: " + years);
  }

  @Test
  void write_hasNewsLikeLengths() throws Exception {
    SyntheticCorpus.Summary s = new SyntheticCorpus(5).write(300, dir.resolve("e.jsonl"), 0);
    double wordsPerSentence = (double) s.words() / s.sentences();
    double sentencesPerParagraph = (double) s.sentences() / s.paragraphs();
    double paragraphsPerArticle = (double) s.paragraphs() / s.articles();
    assertTrue(wordsPerSentence > 17 && wordsPerSentence < 26, "words a sentence: " + wordsPerSentence);
    assertTrue(sentencesPerParagraph > 1.4 && sentencesPerParagraph < 2.2, "sentences a paragraph: " + sentencesPerParagraph);
    assertTrue(paragraphsPerArticle > 10 && paragraphsPerArticle < 18, "paragraphs an article: " + paragraphsPerArticle);
  }

  @Test
  void write_usesTheAsOftenAsNewsDoes() throws Exception {
    new SyntheticCorpus(6).write(200, dir.resolve("t.jsonl"), 0);
    long tokens = 0;
    long the = 0;
    for (JsonNode a : articles(dir.resolve("t.jsonl"))) {
      for (String w : a.get("text").asText().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.isEmpty()) continue;
        tokens++;
        if (w.equals("the")) the++;
      }
    }
    double share = (double) the / tokens;
    assertTrue(share > 0.045 && share < 0.07, "share of \"the\": " + share);
  }

  @Test
  void write_picksQuestionsFromTheArticlesOwnWords() throws Exception {
    SyntheticCorpus.Summary s = new SyntheticCorpus(9).write(50, dir.resolve("f.jsonl"), 10);
    assertEquals(10, s.questions().size());
    String corpus = Files.readString(dir.resolve("f.jsonl"));
    for (String q : s.questions()) {
      assertTrue(q.startsWith("What ") && q.endsWith("?"), q);
      String lastWord = q.substring(q.lastIndexOf(' ') + 1, q.length() - 1);
      assertTrue(corpus.contains(lastWord), q);
    }
  }

  @Test
  void write_compressesWhenTheNameEndsInGz() throws Exception {
    new SyntheticCorpus(7).write(5, dir.resolve("g.jsonl.gz"), 0);
    new SyntheticCorpus(7).write(5, dir.resolve("g.jsonl"), 0);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("g.jsonl.gz")))) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("g.jsonl")), in.readAllBytes());
    }
  }

  @Test
  void write_rejectsANonPositiveSize() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SyntheticCorpus(1).write(0, dir.resolve("h.jsonl"), 0));
    assertEquals("article count must be positive, was 0", e.getMessage());
  }
}

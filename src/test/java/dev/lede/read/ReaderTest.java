package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.NewsAnalyzer;
import dev.lede.index.Passage;
import dev.lede.retrieve.Hit;
import dev.lede.retrieve.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Span extraction through the public {@link Reader}, on hits built by hand. */
class ReaderTest {
  private static final Analyzer ANALYZER = new NewsAnalyzer();
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
  private final Reader reader = new Reader(ANALYZER);

  private static Hit hit(String id, String text, float score) {
    return new Hit(new Passage(id, 0, "Title of " + id, LocalDate.of(2025, 1, 1), null, null, text), score);
  }

  private static Reader.Query query(String question) {
    List<String> terms = Terms.distinct(ANALYZER, question);
    Map<String, Float> idf = new HashMap<>();
    for (String t : terms) idf.put(t, 1f);
    return new Reader.Query(question, terms, idf, AnswerType.of(question), false, AS_OF);
  }

  private Evidence best(String question, String... passages) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < passages.length; i++) hits.add(hit("p" + i, passages[i], passages.length - i));
    return reader.read(query(question), hits).best();
  }

  private static final String FILLER = "The weather was mild and the streets were quiet that afternoon.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How many people attended the rally?          | About 250,000 people attended the rally in the capital on Sunday.   | about 250,000
      How much did the new stadium cost?           | The new stadium cost $1.2 billion to build, officials said.          | $1.2 billion
      What percentage of voters backed the measure? | The measure was backed by 62% of voters in the county.             | 62%
      When did the Harlow bridge open?             | The Harlow bridge opened on January 5, 2023, after years of delays.  | January 5, 2023
      Who won the mayoral race in Dunmore?         | Maria Delgado won the mayoral race in Dunmore by a wide margin.      | Maria Delgado
      """)
  void span_isTheExpectedKindOfAnswer(String question, String sentence, String expected) {
    Evidence e = best(question, FILLER + " " + sentence);
    assertNotNull(e);
    assertEquals(sentence, e.sentence(), "the supporting sentence is the one that answers");
    assertNotNull(e.span(), "a span is found in: " + sentence);
    assertTrue(e.span().text().toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT)),
        "span '" + e.span().text() + "' should contain '" + expected + "'");
  }

  @Test
  void spanOffsets_pointIntoTheSentence() {
    Evidence e = best("How much did the new stadium cost?", "The new stadium cost $1.2 billion to build, officials said.");
    Span s = e.span();
    assertEquals(s.text(), e.sentence().substring(s.start(), s.end()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Who leads the Harbor Commission?       | The Harbor Commission is led by Tomas Reyes, who took over in May.
      Which company bought Orland Airways?   | Orland Airways was bought by Kestrel Holdings last year.
      Who is Maria Delgado?                  | Maria Delgado met Governor Ruth Abara in Dunmore on Tuesday.
      Where is the Pellworth harbor?         | The Pellworth harbor lies on the northern coast of Vellmark.
      What did the Harlow council approve?   | The Harlow council approved the Brindle canal plan.
      """)
  void span_isNeverMadeOnlyOfQuestionWords(String question, String sentence) {
    Evidence e = best(question, sentence);
    assertNotNull(e);
    if (e.span() == null) return;
    Set<String> questionTerms = new HashSet<>(Terms.distinct(ANALYZER, question));
    List<String> spanTerms = Terms.distinct(ANALYZER, e.span().text());
    assertFalse(spanTerms.isEmpty(), "span '" + e.span().text() + "' has content words");
    assertFalse(questionTerms.containsAll(spanTerms), "span '" + e.span().text() + "' only repeats the question");
  }

  @Test
  void sentencesWithTheQuestionTerms_outrankOthers() {
    Evidence e = best("How many lanterns did the inspectors count in Brill?",
        "Inspectors in Brill counted 4,200 lanterns during the festival. " + FILLER,
        FILLER + " Lanterns are popular.");
    assertTrue(e.sentence().contains("4,200"), e.sentence());
    assertEquals("p0", e.passage().articleId());
  }

  @Test
  void agreeingArticles_areCounted() {
    String q = "How many lanterns did the inspectors count in Brill?";
    Evidence e = best(q,
        "Inspectors in Brill counted 4,200 lanterns during the festival.",
        "In Brill, inspectors counted 4,200 lanterns this year.",
        "The inspectors counted 4,200 lanterns in Brill, a record.");
    assertTrue(e.span().text().contains("4,200"));
    assertEquals(2, e.agreement());
  }

  @Test
  void descriptionQuestions_haveNoSpan() {
    Evidence e = best("Why did the council delay the vote?", "The council delayed the vote because the budget figures were late.");
    assertNotNull(e);
    assertNull(e.span());
  }

  @Test
  void noHitsOrNoTerms_readsNothing() {
    assertNull(reader.read(query("How many lanterns?"), List.of()).best());
    assertTrue(reader.read(query("*:*"), List.of(hit("p0", "Some text about lanterns.", 1))).evidence().isEmpty());
  }

  @Test
  void headingsAndFragments_areNotEvidence() {
    Reading r = reader.read(query("How many lanterns were counted?"),
        List.of(hit("p0", "Lanterns Counted\n\n4,200 lanterns.\n\nOfficials counted 4,200 lanterns on the pier.", 1)));
    for (Evidence e : r.evidence()) assertTrue(e.sentence().length() >= 12, e.sentence());
    assertTrue(r.best().sentence().startsWith("Officials"), r.best().sentence());
  }

  private static double feature(Evidence e, String name) {
    return e.features()[Ranker.FEATURES.indexOf(name)];
  }

  @Test
  void articleFeatures_sayWhatTheWholeArticleAndItsTitleHoldOfTheQuestion() {
    // Four question terms, equally weighted: "harbor" and "closed" in one passage, "storm" in
    // another of the same article, "Dunmore" in its title.
    Passage first = new Passage("a", 0, "Dunmore news", LocalDate.of(2025, 1, 1), null, null,
        "The harbor was closed on Monday. Boats stayed in port.");
    Passage second = new Passage("a", 1, "Dunmore news", LocalDate.of(2025, 1, 1), null, null,
        "A storm had damaged the piers overnight.");
    String question = "Why was the Dunmore harbor closed during the storm?";
    List<String> terms = Terms.distinct(ANALYZER, "Dunmore harbor closed storm");
    Map<String, Float> idf = new HashMap<>();
    for (String t : terms) idf.put(t, 1f);
    Reader.Query q = new Reader.Query(question, terms, idf, AnswerType.of(question), false, AS_OF);
    Reading reading = reader.read(q, List.of(new Hit(first, 2), new Hit(second, 1)));
    Evidence closed = reading.evidence().stream().filter(e -> e.sentence().startsWith("The harbor")).findFirst().orElseThrow();
    Evidence port = reading.evidence().stream().filter(e -> e.sentence().startsWith("Boats")).findFirst().orElseThrow();
    Evidence storm = reading.evidence().stream().filter(e -> e.sentence().startsWith("A storm")).findFirst().orElseThrow();
    assertEquals(1.0, feature(closed, "article"), 1e-9, "between them the passages and title hold every term");
    assertEquals(1.0, feature(storm, "article"), 1e-9);
    assertEquals(0.25, feature(closed, "title"), 1e-9, "the title holds one term of four");
    assertEquals(1.0, feature(closed, "lead"), 1e-9, "the article's first sentence");
    assertEquals(0.5, feature(port, "lead"), 1e-9);
    assertEquals(0.0, feature(storm, "lead"), 1e-9, "not in the first passage");
  }

  @Test
  void relatedWords_countForTheQuestionTermsTheyStandFor() {
    String question = "Who invented the zorbulator?";
    List<String> terms = Terms.distinct(ANALYZER, "invented zorbulator"); // the answerer searches by these
    Map<String, Float> idf = new HashMap<>();
    for (String t : terms) idf.put(t, 1f);
    Reader.Query q = new Reader.Query(question, terms, idf, AnswerType.of(question), false, AS_OF, null, null,
        new RelatedWords(ANALYZER).of(question, terms));
    Reading reading = reader.read(q, List.of(hit("p0", "The zorbulator was shown by Ben Tiles. The inventor of the zorbulator is Ada Quill.", 1)));
    Evidence shown = reading.evidence().stream().filter(e -> e.sentence().contains("shown")).findFirst().orElseThrow();
    Evidence inventor = reading.evidence().stream().filter(e -> e.sentence().contains("inventor")).findFirst().orElseThrow();
    assertEquals(0.5, feature(inventor, "related"), 1e-9, "'inventor' stands for 'invented', one of two equal terms");
    assertEquals(0.0, feature(shown, "related"), 1e-9);
    assertEquals(feature(shown, "coverage"), feature(inventor, "coverage"), 1e-9, "related words are not counted as the question's own");
    assertEquals(inventor.sentence(), reading.best().sentence());
  }

  @Test
  void ofTwoStoriesThatSayTheSame_theNewerOneAnswers() {
    String text = "The Dunmore council chose Maria Delgado as its new chair on Monday.";
    Hit old = new Hit(new Passage("old", 0, "Dunmore council", AS_OF.minusYears(2), null, null, text), 1f);
    Hit recent = new Hit(new Passage("new", 0, "Dunmore council", AS_OF.minusDays(3), null, null, text), 1f);
    Hit undated = new Hit(new Passage("ref", 0, "Dunmore council", null, null, null, text), 1f);
    Reading reading = reader.read(query("Who did the Dunmore council choose as its chair?"), List.of(old, recent, undated));

    Map<String, Double> fresh = new HashMap<>();
    for (Evidence e : reading.evidence()) fresh.putIfAbsent(e.passage().articleId(), feature(e, "fresh"));
    assertTrue(fresh.get("new") > 0.9, "three days old is fresh: " + fresh);
    assertTrue(fresh.get("old") < 0.01, "two years old is not: " + fresh);
    assertEquals(0.0, fresh.get("ref"), 1e-9, "an undated text has no age");
    Evidence bestNews = reading.evidence().stream().filter(e -> e.passage().date() != null).findFirst().orElseThrow();
    assertEquals("new", bestNews.passage().articleId(), "the trained news model prefers the newer story");
  }
}

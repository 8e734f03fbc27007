package dev.lede.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.NewsAnalyzer;
import dev.lede.retrieve.Terms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpansTest {
  private static final Analyzer ANALYZER = new NewsAnalyzer();

  /** The span Lede picks in {@code sentence}, with the question's terms matched as the reader matches them. */
  private static String pick(String question, String sentence) {
    List<String> terms = new ArrayList<>(Terms.distinct(ANALYZER, question));
    Set<String> wanted = Set.copyOf(terms);
    List<int[]> offsets = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    try (TokenStream s = ANALYZER.tokenStream("text", sentence)) {
      CharTermAttribute t = s.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = s.addAttribute(OffsetAttribute.class);
      s.reset();
      while (s.incrementToken()) {
        if (wanted.contains(t.toString())) {
          offsets.add(new int[] {o.startOffset(), o.endOffset()});
          matched.add(t.toString());
        }
      }
      s.end();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Spans.Choice c = Spans.best(Spans.candidates(sentence, AnswerType.of(question), terms, offsets, matched, Alignment.of(question, ANALYZER), ANALYZER),
        SpanModel.standard(), Ranker.Kind.NEWS);
    return c == null ? null : c.span().text();
  }

  /** The texts of the candidate spans {@link SpanFinder} finds for a question of {@code type}. */
  private static List<String> names(String sentence, AnswerType type) {
    return SpanFinder.find(sentence, type).stream().map(Span::text).toList();
  }

  @Test
  void theAnswerTakesTheQuestionWordsPlace() {
    assertEquals("Los Angeles Dodgers", pick("Shohei Ohtani signed a $700 million contract with which US team?",
        "MLB superstar Shohei Ohtani rocked the sports world in signing a 10-year, $700 million contract with the Los Angeles Dodgers."));
  }

  @Test
  void theAnswerStandsAfterTheKindTheQuestionNames() {
    // Without the kind, "Chinese-owned" (next to "social media") would do as well.
    assertEquals("TikTok", pick("Ministers have been banned from having which social media app on their work phones?",
        "The government is to ban ministers and civil servants from having the Chinese-owned social media app TikTok on their work phones."));
    Alignment a = Alignment.of("What drug did the panel endorse?", ANALYZER);
    assertEquals(Set.of("drug"), a.kind());
    assertEquals(Set.of(), Alignment.of("What is the name of the show?", ANALYZER).kind(), "\"what is\" names no kind");
  }

  @Test
  void countriesAndStatesArePlaces() {
    for (String place : List.of("Nepal", "New Zealand", "Oklahoma", "Connecticut", "India")) {
      assertEquals(AnswerType.PLACE, Names.kindOf(place, "", " said"), place);
    }
  }

  @Test
  void aMemberOfTheCategoryAskedForWins_evenInsideALongerName() {
    assertEquals("Florida", pick("Which US state's governor is pushing to ban vaccine mandates?",
        "Florida Gov. Ron DeSantis is pushing to permanently ban vaccine mandates."));
    assertEquals("Tennessee", pick("Two lawmakers from which state were reappointed?",
        "The two Democrats were reappointed to the Tennessee House of Representatives on Monday."));
    assertEquals("green", pick("A comet is in the night sky. Which color is it?",
        "The comet glows green, which suggests the presence of diatomic carbon."));
  }

  @Test
  void anOfficeSplitsAffiliationFromPerson_butARoyalTitleStaysWithItsName() {
    List<String> names = names("Former South Carolina Gov. Nikki Haley met TikTok CEO Shou Zi Chew and Prince William.", AnswerType.NAMED);
    assertTrue(names.containsAll(List.of("South Carolina", "Nikki Haley", "TikTok", "Shou Zi Chew")), names.toString());
    assertTrue(names.contains("Former South Carolina Gov. Nikki Haley"), "the whole name stays a candidate: " + names);
    assertTrue(names.contains("Prince William") && !names.contains("William"), names.toString());
    List<String> noPerson = names("The Senate Majority Leader spoke, and so did Executive Order 14067.", AnswerType.NAMED);
    assertFalse(noPerson.contains("Order 14067"), "a number is no person: " + noPerson);
  }

  @Test
  void aPluralPossessiveLeavesNoApostropheOnTheName() {
    List<String> names = names("Jalen Hurts' contract makes him the highest-paid player, as Charles' coronation nears.", AnswerType.PERSON);
    assertTrue(names.contains("Jalen Hurts") && names.contains("Charles"), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.endsWith("'")), names.toString());
  }

  @Test
  void aNumberIsACandidateWithoutItsModifierOrUnit_andACompanyWithoutItsLegalForm() {
    List<String> counts = names("At least 18,000 cows died after she served eight years and over $2 million was lost.", AnswerType.COUNT);
    assertTrue(counts.containsAll(List.of("At least 18,000", "18,000", "eight years", "eight", "over $2 million", "$2 million")),
        counts.toString());
    assertFalse(counts.contains("2"), "a scale is no unit: " + counts);
    List<String> names = names("A landlord sued Elon Musk's Twitter Inc. on Monday.", AnswerType.ORGANIZATION);
    assertTrue(names.containsAll(List.of("Twitter Inc", "Twitter")), names.toString());
  }

  @Test
  void anAdjectiveMadeFromANameIsNoName_andAPlaceWithAPluralIsATeam() {
    List<String> names = names("The Chinese-owned app and the Iran-backed group met the Los Angeles Dodgers.", AnswerType.NAMED);
    assertFalse(names.contains("Chinese-owned") || names.contains("Iran-backed"), names.toString());
    assertEquals(AnswerType.ORGANIZATION, Names.kindOf("Los Angeles Dodgers", "with the ", "."));
    assertEquals(AnswerType.PERSON, Names.kindOf("Mary Jones", "said ", "."), "a surname may end in s");
  }

  @Test
  void aSpanKnowsItsKind_andHowManyOfTheQuestionsWordsStandAroundIt() {
    String sentence = "In 1998 the council of Tarrow, a fishing town far along the northern coast of the bay, hired the architect Mira Olsen to design the new library.";
    String question = "Which architect designed the new library?";
    List<String> terms = new ArrayList<>(Terms.distinct(ANALYZER, question));
    List<int[]> offsets = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    for (String word : List.of("architect", "design", "new", "library")) {
      int at = sentence.indexOf(word);
      offsets.add(new int[] {at, at + word.length()});
      matched.add(Terms.all(ANALYZER, word).get(0));
    }
    java.util.Map<String, double[]> byText = new java.util.HashMap<>();
    for (SpanCandidate c : Spans.candidates(sentence, AnswerType.of(question), terms, offsets, matched, Alignment.of(question, ANALYZER), ANALYZER)) {
      byText.putIfAbsent(c.span().text(), c.features());
    }
    double[] olsen = byText.get("Mira Olsen");
    double[] town = byText.get("Tarrow");
    assertEquals(1.0, olsen[SpanModel.PERSON]);
    assertEquals(0.0, town[SpanModel.PERSON]);
    assertEquals(1.0, olsen[SpanModel.AROUND], "every matched word stands within a few words of it");
    assertEquals(0.0, town[SpanModel.AROUND], "none does of the town");
    assertEquals("Mira Olsen", pick(question, sentence));
  }

  @Test
  void aSpanThatIsAKindOfTheNounAsked_isAnInstance() {
    String question = "Which animal escaped from the circus?";
    String sentence = "A lion escaped from the circus park near the river on Friday.";
    List<String> terms = new ArrayList<>(Terms.distinct(ANALYZER, "animal escaped circus"));
    java.util.Map<String, double[]> byText = new java.util.HashMap<>();
    for (SpanCandidate c : Spans.candidates(sentence, AnswerType.of(question), terms, List.of(), List.of(), Alignment.of(question, ANALYZER), ANALYZER)) {
      byText.putIfAbsent(c.span().text(), c.features());
    }
    assertEquals(1.0, byText.get("lion")[SpanModel.INSTANCE], "a lion is an animal: " + byText.keySet());
    assertEquals(0.0, byText.get("lion")[SpanModel.NONINSTANCE]);
    assertEquals(0.0, byText.get("river")[SpanModel.INSTANCE]);
    assertEquals(1.0, byText.get("river")[SpanModel.NONINSTANCE], "a river is a noun WordNet knows, and no animal");
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      A non-deterministic Turing machine may branch.          | deterministic Turing machine | non-deterministic Turing machine
      It runs on a single-tape machine.                       | tape                         | single-tape
      He scored with 3:08 left in the game.                   | 08                           | 3:08
      The fire-resistant suits were worn by the crew.         | fire                         | fire-resistant
      The Brindle canal opened to boats on Sunday.            | Brindle canal                | Brindle canal
      Denver led 24 - 10 at the half.                         | 24                           | 24
      It spent nearly 50,000 years frozen in permafrost.      | 000 years                    | 50,000 years
      Prices rose 3.5 percent, then fell.                     | 5 percent                    | 3.5 percent
      Prices rose, then fell 2, 3 and 4 percent.              | 3 and 4 percent              | 3 and 4 percent
      """)
  void spansCutNoHyphenatedWordClockTimeOrNumber(String sentence, String found, String widened) {
    int at = sentence.indexOf(found);
    Span span = Spans.wholeWords(new Span(found, AnswerType.DESCRIPTION, at, at + found.length()), sentence);
    assertEquals(widened, span.text());
    assertEquals(widened, sentence.substring(span.start(), span.end()));
  }

  @Test
  void aTownIsNamedWithItsState() {
    List<String> names = names("Jacksonville, Florida, elected a mayor, as did Ohio, Michigan and Austin, Texas.", AnswerType.PLACE);
    assertTrue(names.contains("Jacksonville, Florida"), names.toString());
    assertTrue(names.contains("Austin, Texas"), names.toString());
    assertFalse(names.contains("Ohio, Michigan"), "two states are a list: " + names);
  }

  @Test
  void namesKeepTheirNumbersAndPossessivesSplit() {
    List<String> names = names("Dubai's COP28 conference follows Chandrayaan-3 and COVID-19 news.", AnswerType.NAMED);
    assertTrue(names.contains("Dubai"), names.toString());
    assertTrue(names.contains("COP28"), names.toString());
    assertTrue(names.contains("Chandrayaan-3"), names.toString());
    assertTrue(names.contains("COVID-19"), names.toString());
  }

  @Test
  void alignmentReadsTheWordsAroundTheQuestionWord() {
    Alignment a = Alignment.of("Damar Hamlin collapsed this week. He plays for which team in the NFL?", ANALYZER);
    assertTrue(a.before().contains("play"), a.toString());
    assertFalse(a.after().contains("team"), "the question's own head noun says what is asked, not where: " + a);
    assertTrue(a.after().contains("nfl"), a.toString());
    assertEquals(Alignment.NONE, Alignment.of("Tell me about the canal.", ANALYZER));
  }

  @Test
  void aCapitalisedFirstWordIsNotAName_unlessTheTaggerSaysSo() {
    List<String> names = SpanFinder.find("Hundreds of thousands evacuated as powerful Cyclone Mocha hits Myanmar", AnswerType.NAMED)
        .stream().filter(s -> s.kind() != AnswerType.DESCRIPTION && s.kind() != AnswerType.COUNT).map(Span::text).toList();
    assertFalse(names.contains("Hundreds"), names.toString());
    assertTrue(names.contains("Cyclone Mocha"), names.toString());
    assertTrue(names.contains("Myanmar"), names.toString());
  }

  @Test
  void aDayOfTheMonthIsNotAName() {
    List<Span> spans = SpanFinder.find("Wear purple on May 18 to show support for those living with Lupus.", AnswerType.NAMED);
    assertTrue(spans.stream().noneMatch(s -> s.kind() == AnswerType.NAMED && s.text().equals("18")), spans.toString());
  }
}

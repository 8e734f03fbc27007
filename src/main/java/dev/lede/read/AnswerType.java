package dev.lede.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kind of answer a question expects, read from its wording. */
public enum AnswerType {
  COUNT, MONEY, PERCENT, DATE, PERSON, ORGANIZATION, PLACE,
  /** Some other named thing: a title, an event, a product. */
  NAMED,
  /** A reason or a description: the sentence itself is the answer. */
  DESCRIPTION,
  YES_NO;

  private static final Set<String> PERSON_NOUNS = Set.copyOf(java.util.Arrays.asList(
      "person", "man", "woman", "men", "women", "people", "player", "president", "leader", "actor", "actress",
      "singer", "author", "ceo", "founder", "senator", "governor", "king", "queen", "politician", "coach",
      "athlete", "artist", "scientist", "writer", "director", "candidate", "judge", "official", "star", "rapper",
      "musician", "pope", "minister", "quarterback", "chancellor", "emperor", "general", "composer", "poet",
      "philosopher", "inventor", "explorer", "architect", "lawmaker", "representative", "congressman",
      "congresswoman", "mayor", "billionaire", "celebrity", "comedian", "host", "pitcher", "golfer", "boxer",
      "driver", "owner", "manager", "chef", "designer", "prince", "princess", "son", "daughter", "wife",
      "husband", "mother", "father", "brother", "sister", "individual", "executive", "chairman", "justice",
      "secretary", "spokesperson", "spokesman", "head", "winner", "member", "physicist", "chemist", "economist",
      "priest", "bishop", "saint", "monarch", "ruler", "dictator", "diplomat", "journalist", "reporter",
      "filmmaker", "producer", "nominee", "speaker", "republican", "democrat", "rapper", "skier", "swimmer", "runner", "footballer", "entrepreneur", "tycoon", "astronaut", "doctor", "lawyer", "attorney", "prosecutor", "suspect", "victim", "gunman", "shooter", "founder", "heir", "celebrity", "influencer", "youtuber", "model", "dancer", "cyclist", "gymnast"));
  private static final Set<String> ORGANIZATION_NOUNS = Set.copyOf(java.util.Arrays.asList(
      "company", "team", "organization", "organisation", "agency", "group", "party", "band", "university",
      "school", "college", "firm", "network", "airline", "bank", "club", "league", "brand", "retailer",
      "automaker", "corporation", "business", "newspaper", "magazine", "channel", "studio", "label",
      "institution", "government", "department", "ministry", "court", "committee", "council", "union",
      "alliance", "franchise", "startup", "manufacturer", "carrier", "chain", "publisher", "charity",
      "foundation", "association", "society", "church", "militia", "army", "navy", "outlet", "platform",
      "service", "app", "broadcaster", "conference", "division", "organization's", "exchange", "board"));
  private static final Set<String> PLACE_NOUNS = Set.copyOf(java.util.Arrays.asList(
      "city", "country", "state", "nation", "town", "region", "island", "river", "county", "continent",
      "province", "capital", "place", "location", "village", "mountain", "lake", "ocean", "sea", "area",
      "neighborhood", "district", "territory", "border", "coast", "port", "airport", "stadium", "park",
      "building", "site", "street", "valley", "desert", "peninsula", "bay", "countries", "cities", "states",
      "venue", "arena", "campus", "hospital", "prison", "planet", "moon", "landmark", "borough"));
  private static final Set<String> DATE_NOUNS = Set.copyOf(java.util.Arrays.asList(
      "year", "date", "day", "month", "decade", "century", "time", "era", "period", "season", "week", "hour", "age"));
  private static final Set<String> COUNT_NOUNS = Set.copyOf(java.util.Arrays.asList("number", "amount", "total", "size", "population", "score"));

  private static final Pattern WHICH_WORDS = Pattern.compile(
      "\\b(?:which|what)((?:\\s+[a-z.'’-]+){1,4})");
  private static final Pattern YES_NO_START = Pattern.compile(
      "^(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|shall|may|might)\\b.*");
  private static final Pattern MONEY_WORDS = Pattern.compile(
      "\\b(cost|costs|pay|paid|worth|price|priced|dollars|fund|funding|spend|spent|raise|raised|earn|earned|"
          + "sell|sold|charge|fine|fined|salary|revenue|budget|money|bid|loan|debt|donate|donated|invest|invested|value)\\b");

  /** The expected type of the answer to {@code question}. */
  public static AnswerType of(String question) {
    String q = focus(question.toLowerCase(Locale.ROOT).strip());
    if (q.matches("(?s).*\\b(what|which) (percent|percentage|share|proportion|fraction)\\b.*")
        || q.contains("how many percent") || q.contains("what per cent")) return PERCENT;
    if (q.contains("how much")) return MONEY_WORDS.matcher(q).find() || q.contains("how much money") ? MONEY : COUNT;
    if (q.contains("how many")) return COUNT;
    if (q.matches("(?s).*\\bhow (long|old|far|tall|big|large|fast|high|deep|wide|heavy|often)\\b.*")) return COUNT;
    if (ASKS_WHEN.matcher(q).find()
        || q.matches("(?s).*\\b(what year|which year|what date|what day|what month|what time|what century|what decade|since when|how long ago)\\b.*")) {
      return DATE;
    }
    // The first question word asks; a later "who" or "where" opens a relative clause ("Huguenots who stayed").
    String asking = firstQuestionWord(q);
    if (asking.equals("who") || asking.equals("whom") || asking.equals("whose")) return PERSON;
    if (asking.equals("where")) return PLACE;
    if (asking.isEmpty() && q.matches("(?s).*\\b(who|whom|whose)\\b.*")) return PERSON;
    if (q.matches("(?s).*\\b(why|what caused|what is the reason|what was the reason|for what reason)\\b.*")) return DESCRIPTION;
    Matcher m = WHICH_WORDS.matcher(q);
    while (m.find()) {
      // "which former pope", "which home goods chain", "what type of energy": the first word that names a kind decides
      for (String word : m.group(1).strip().split("\\s+")) {
        if (word.equals("is") || word.equals("was") || word.equals("did") || word.equals("does")) break;
        AnswerType byNoun = byNoun(word.replace('’', '\''));
        if (byNoun != null) return byNoun;
      }
    }
    if (q.matches("(?s).*\\bhow (did|does|do|can|could|is|are|was|were|will|would)\\b.*")) return DESCRIPTION;
    if (q.matches("(?s).*\\bwhat (happened|is happening)\\b.*")) return DESCRIPTION;
    if (YES_NO_START.matcher(q).matches()) return YES_NO;
    return NAMED;
  }

  /**
   * "When" that asks: at the start, before a verb that asks ("when did", "when will"), or at the
   * end. Elsewhere it joins a clause ("rocked the media world when it announced … which host?").
   */
  private static final Pattern ASKS_WHEN = Pattern.compile(
      "^when\\b|\\bwhen\\s+(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could|should|must)\\b|\\bwhen\\W*$");

  private static final Pattern QUESTION_WORD = Pattern.compile("\\b(who|whom|whose|what|which|when|where|why|how)\\b");

  private static String firstQuestionWord(String q) {
    Matcher m = QUESTION_WORD.matcher(q);
    return m.find() ? m.group(1) : "";
  }

  private static AnswerType byNoun(String noun) {
    String n = noun.endsWith("'s") ? noun.substring(0, noun.length() - 2) : noun;
    if (PERSON_NOUNS.contains(n)) return PERSON;
    if (ORGANIZATION_NOUNS.contains(n)) return ORGANIZATION;
    if (PLACE_NOUNS.contains(n)) return PLACE;
    if (DATE_NOUNS.contains(n)) return DATE;
    if (COUNT_NOUNS.contains(n)) return COUNT;
    return null;
  }

  /**
   * Where one sentence of a question ends and the next begins: after a full stop, but not after
   * an abbreviation ("u.s.", "sen.", "gov."), which would cut "which major u.s. city" in two.
   */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[.!?])(?<!\\b(?:[a-z]\\.[a-z]|mr|mrs|ms|dr|st|sen|gov|rep|gen|lt|sgt|jr|sr|vs|no|col|capt|prof|inc|corp|co|ft|mt)\\.)\\s+");

  /**
   * The part that asks: news quizzes put context first ("X happened this week. Which team does
   * he play for?"), so the last sentence with a question word decides.
   */
  public static String focus(String q) {
    String[] parts = SENTENCE_END.split(q);
    for (int i = parts.length - 1; i >= 0; i--) {
      if (QUESTION_WORD.matcher(parts[i]).find()) return parts[i];
    }
    return parts.length == 0 ? q : parts[parts.length - 1];
  }

  /** True for types whose answer is a short span rather than the sentence. */
  public boolean wantsSpan() {
    return this != DESCRIPTION && this != YES_NO;
  }
}

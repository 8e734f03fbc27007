package dev.lede.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A closed class of answers that a question names: "which state", "what country", "which color".
 * Its members can be listed, so a span that is one is far likelier the answer than any other name,
 * and a member inside a longer name ("Florida" in "Florida Gov. Ron DeSantis") is a span of its own.
 */
enum Category {
  STATE(AnswerType.PLACE, true, Names.US_STATES, "state", "states"),
  COUNTRY(AnswerType.PLACE, true, Names.COUNTRY_NAMES, "country", "countries", "nation", "nations"),
  CONTINENT(AnswerType.PLACE, true, Set.of("Africa", "Asia", "Europe", "North America", "South America",
      "Antarctica", "Australia", "Oceania"), "continent"),
  PLANET(AnswerType.PLACE, true, Set.of("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus",
      "Neptune", "Pluto"), "planet"),
  COLOR(AnswerType.NAMED, false, Set.of("red", "orange", "yellow", "green", "blue", "purple", "violet", "pink",
      "brown", "black", "white", "gray", "grey", "gold", "silver", "teal", "turquoise", "maroon", "beige",
      "indigo", "magenta", "cyan", "lavender", "navy", "crimson", "scarlet", "ivory", "bronze"), "color", "colour"),
  SPORT(AnswerType.NAMED, false, Set.of("football", "soccer", "basketball", "baseball", "tennis", "golf", "hockey",
      "ice hockey", "cricket", "rugby", "volleyball", "beach volleyball", "softball", "swimming", "skateboarding",
      "surfing", "boxing", "wrestling", "gymnastics", "skiing", "snowboarding", "cycling", "rowing", "sailing",
      "fencing", "archery", "badminton", "table tennis", "lacrosse", "polo", "water polo", "bowling", "climbing",
      "rock climbing", "athletics", "track and field", "marathon", "triathlon", "judo", "karate", "taekwondo",
      "chess", "pickleball", "squash", "handball", "diving", "figure skating", "speed skating", "curling",
      "bobsled", "luge", "weightlifting", "esports", "breakdancing", "breaking", "motor racing", "Formula One",
      "NASCAR", "horse racing", "darts", "snooker", "cheerleading", "mixed martial arts", "MMA"), "sport");

  /** Words between "which" and the category that only narrow it: "which U.S. state", "what European country". */
  private static final Pattern ASKED = Pattern.compile(
      "\\b(?:which|what)\\s+(?:(?:u\\.?\\s?s\\.?|us|american|european|african|asian|latin american|"
          + "[a-z]+ern|other|two|three|college|olympic|winter|summer|team|new)\\s+)*([a-z]+)(['’]s)?(?:\\s+([a-z]+))?");
  /** A noun after the category that makes it a modifier: "which state agency", "which country singer". */
  private static final Set<String> NOT_HEADS = Set.of("agency", "agencies", "department", "official", "officials",
      "lawmaker", "lawmakers", "legislature", "court", "law", "laws", "university", "park", "capital", "police",
      "music", "singer", "star", "media", "school", "team", "leader", "leaders", "senator", "governor", "trooper",
      "fair", "prison", "bird", "flower", "song", "anthem", "flag", "dinner", "visit", "funeral", "secretary",
      "event", "events", "league", "federation", "body", "icon", "legend", "network", "channel", "club");

  private final AnswerType kind;
  private final boolean proper;
  private final Set<String> members;
  private final Set<String> names;
  private final Pattern occurrence;

  Category(AnswerType kind, boolean proper, Set<String> members, String... names) {
    this.kind = kind;
    this.proper = proper;
    this.members = proper ? members : members.stream().map(m -> m.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.names = Set.of(names);
    List<String> longestFirst = new ArrayList<>(members);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    String alternatives = longestFirst.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    this.occurrence = Pattern.compile((proper ? "" : "(?i)") + "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** The category the question asks for, or null when it names none. */
  static Category of(String question) {
    Matcher m = ASKED.matcher(AnswerType.focus(question.toLowerCase(Locale.ROOT).strip()));
    if (!m.find()) return null;
    String noun = m.group(1);
    boolean possessive = m.group(2) != null;
    String next = m.group(3);
    if (!possessive && next != null && NOT_HEADS.contains(next)) return null;
    for (Category c : values()) if (c.names.contains(noun)) return c;
    return null;
  }

  /** Whether {@code text}, less a leading article, is one of the category's members. */
  boolean holds(String text) {
    String t = text.strip().replaceFirst("^(?i)the\\s+", "");
    return members.contains(proper ? t : t.toLowerCase(Locale.ROOT));
  }

  /** Every member named in {@code sentence}, as a span. */
  List<Span> in(String sentence) {
    List<Span> out = new ArrayList<>();
    Matcher m = occurrence.matcher(sentence);
    while (m.find()) out.add(new Span(m.group(), kind, m.start(), m.end()));
    return out;
  }
}

package dev.lede.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the spans of a sentence that could answer a question: amounts, percentages, numbers,
 * dates, capitalised names, quoted titles, and, for questions about other things, short phrases.
 * Patterns, not a trained tagger: transparent, fast, and good at the numbers and names news
 * questions mostly ask for.
 */
final class SpanFinder {
  private static final String SCALE = "(?:\\s+(?:million|billion|trillion|thousand|hundred))?";
  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String WORD_NUMBER = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
      + "eighty|ninety|a hundred|one hundred|a dozen|dozens|hundreds|thousands|millions|billions|a few)"
      + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
  private static final String NUMBER = "(?:" + DIGITS + ")" + SCALE + "|\\b" + WORD_NUMBER + "\\b" + SCALE;
  private static final String MODIFIER = "(?:(?:about|around|approximately|nearly|almost|over|more than|less than|"
      + "fewer than|at least|up to|roughly|some|an estimated|just over|just under|as many as|as much as)\\s+)?";
  private static final String RANGE = "(?:\\s*(?:to|-|–|and|or)\\s*(?:" + NUMBER + "))?";
  private static final String UNIT_WORDS = "years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|"
      + "kilometers?|kilometres?|km|feet|foot|meters?|metres?|inches|pounds|tons?|tonnes?|acres?|degrees|points|"
      + "games|goals|runs|votes|seats|times|percent";
  private static final String UNIT = "(?:\\s+(?:" + UNIT_WORDS + "))?";

  private static final Pattern MONEY = Pattern.compile("(?i)" + MODIFIER
      + "(?:(?:US|C|A|HK)?[$€£¥]\\s?(?:" + DIGITS + ")(?:\\s*(?:million|billion|trillion|thousand|bn|m|k)\\b)?"
      + "|(?:" + NUMBER + ")\\s+(?:dollars|euros|pounds sterling|yen|yuan|rupees|cents|dlrs))");
  private static final Pattern PERCENT = Pattern.compile("(?i)" + MODIFIER
      + "(?:" + DIGITS + ")\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b|pct\\b)");
  private static final Pattern COUNT = Pattern.compile("(?i)" + MODIFIER + "(?:" + NUMBER + ")" + RANGE + UNIT);

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final Pattern DATE = Pattern.compile(
      "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{4})?"
          + "|(?:(?:early|mid|late)[- ])?" + MONTH + "(?:\\s+(?:of\\s+)?\\d{4})?"
          + "|(?:(?:early|mid|late)[- ]|the\\s+)?(?:1[0-9]|20)\\d{2}(?:s|[–-]\\d{2,4})?\\b"
          + "|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)[- ]century"
          + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
          + "|\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)");

  /** Capitalised words, allowing a few lower-case joiners inside ("Bank of America"). */
  private static final Pattern NAME = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.&-]*(?:\\s+(?:(?:of|the|de|del|da|di|von|van|der|du|la|le|al|bin|&)\\s+){0,2}\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.&-]*|\\s+\\d{1,3}\\b(?!\\s+" + MONTH + "))*");
  private static final Pattern POSSESSIVE = Pattern.compile("(\\p{Lu}.*?)['’]s\\s+(\\p{Lu}.*)");
  /** ", Florida" after a town: its state or country. */
  private static final Pattern IN_STATE = Pattern.compile(",\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)\\b");
  private static final Pattern ADJECTIVE_FROM_NAME = Pattern.compile("\\p{Lu}[\\p{L}.]*-\\p{Ll}+");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{2,80})[”\"]");

  private SpanFinder() {}

  /** Candidate spans of the kinds that could answer {@code type}. */
  static List<Span> find(String sentence, AnswerType type) {
    List<Span> out = new ArrayList<>();
    switch (type) {
      case MONEY -> {
        add(out, MONEY, sentence, AnswerType.MONEY);
        add(out, COUNT, sentence, AnswerType.COUNT);
      }
      case PERCENT -> add(out, PERCENT, sentence, AnswerType.PERCENT);
      case COUNT -> {
        add(out, COUNT, sentence, AnswerType.COUNT);
        add(out, MONEY, sentence, AnswerType.MONEY);
        add(out, PERCENT, sentence, AnswerType.PERCENT);
      }
      case DATE -> add(out, DATE, sentence, AnswerType.DATE);
      case PERSON, ORGANIZATION, PLACE, NAMED -> {
        NounPhrases.Tagged tagged = NounPhrases.tag(sentence);
        names(out, sentence, tagged);
        quoted(out, sentence);
        if (type == AnswerType.NAMED) {
          add(out, DATE, sentence, AnswerType.DATE);
          add(out, COUNT, sentence, AnswerType.COUNT);
          out.addAll(NounPhrases.of(tagged));
        }
      }
      case DESCRIPTION, YES_NO -> {}
    }
    return out;
  }

  private static final Pattern LEADING_MODIFIER = Pattern.compile("(?i)" + MODIFIER);
  private static final Pattern TRAILING_UNIT = Pattern.compile("(?i)\\s+(?:" + UNIT_WORDS + ")$");

  private static void add(List<Span> out, Pattern pattern, String sentence, AnswerType kind) {
    if (!mayMatch(pattern, sentence)) return;
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      String text = m.group().strip();
      if (text.isEmpty() || !text.chars().anyMatch(Character::isLetterOrDigit)) continue;
      if (kind == AnswerType.COUNT && looksLikeYear(text)) continue;
      int start = m.start() + m.group().indexOf(text);
      out.add(new Span(text, kind, start, start + text.length()));
      bare(out, sentence, kind, start, start + text.length());
    }
  }

  /**
   * "At least 18,000" and "eight years" are quoted as "18,000" and "eight" as often as whole, the
   * unit most of all when the question names it ("after how many years"): the bare number is a
   * candidate too, and the span model weighs the question's words in each.
   */
  private static void bare(List<Span> out, String sentence, AnswerType kind, int start, int end) {
    int from = start;
    Matcher modifier = LEADING_MODIFIER.matcher(sentence.substring(start, end));
    if (modifier.lookingAt() && modifier.end() > 0 && modifier.end() < end - start) from = start + modifier.end();
    int to = end;
    if (kind == AnswerType.COUNT) {
      Matcher unit = TRAILING_UNIT.matcher(sentence.substring(from, end));
      if (unit.find() && unit.start() > 0) to = from + unit.start();
    }
    if (from == start && to == end) return;
    String text = sentence.substring(from, to).strip();
    if (!text.isEmpty()) out.add(new Span(text, kind, from, from + text.length()));
  }

  /**
   * False when {@code sentence} lacks what every match of {@code pattern} holds: a digit, or a
   * month, weekday or number word. Most sentences of a question's reading hold no number or date,
   * and the patterns' long alternations, tried at every character, cost more than the rest of
   * finding spans.
   */
  static boolean mayMatch(Pattern pattern, String sentence) {
    for (int i = 0; i < sentence.length(); i++) if (Character.isDigit(sentence.charAt(i))) return true;
    if (pattern == DATE) return containsAny(sentence, DATE_WORDS);
    if (pattern == COUNT || pattern == MONEY) return containsAny(sentence.toLowerCase(java.util.Locale.ROOT), NUMBER_WORDS);
    return pattern != PERCENT;
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) if (text.contains(w)) return true;
    return false;
  }

  /** What a date without digits must contain: a month as {@link #MONTH} spells it, or a weekday. */
  private static final List<String> DATE_WORDS = List.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sep", "Oct.", "Nov.", "Dec.",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  /** What a number in words must contain (lower case; "seven" stands for "seventeen" and "seventy" too). */
  private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "eighty", "hundred",
      "dozen", "thousand", "million", "billion", "few");

  private static boolean looksLikeYear(String text) {
    return text.matches("(?:1[5-9]|20)\\d{2}");
  }

  private static void names(List<Span> out, String sentence, NounPhrases.Tagged tagged) {
    Matcher m = NAME.matcher(sentence);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String text = sentence.substring(start, end);
      // Drop leading words that are capitalised only because they start the sentence.
      while (true) {
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        if (!Names.NOT_NAMES.contains(first.replaceAll("[.,']$", ""))) break;
        if (space < 0) { text = ""; break; }
        start += space + 1;
        text = sentence.substring(start, end);
        text = text.stripLeading();
      }
      text = text.replaceAll("(?:\\s+(?:of|the|de|and|&|for|on))+$", "").replaceAll("['’]s?$", "").replaceAll("[.,]$", "");
      if (text.isEmpty() || text.length() < 2) continue;
      if (Names.NOT_NAMES.contains(text)) continue;
      // "Chinese-owned", "Iran-backed", "US-made": an adjective made from a name, not a name.
      if (ADJECTIVE_FROM_NAME.matcher(text).matches()) continue;
      // "Politically, ..." or "Analyses show ...": capitalised only because a sentence starts there.
      if (!NounPhrases.nameLike(tagged, start) && !text.contains(" ")) continue;
      // What is left of "May 18" once the month is dropped is a number, not a name.
      if (!Character.isUpperCase(text.codePointAt(0))) continue;
      // A lone capitalised first word is a name only if the tagger says so ("Hundreds of thousands...").
      if (!text.contains(" ") && sentence.substring(0, start).isBlank() && !NounPhrases.properNoun(tagged, start)) continue;
      end = start + text.length();
      AnswerType kind = Names.kindOf(text, sentence.substring(0, start), sentence.substring(end));
      Matcher owner = POSSESSIVE.matcher(text);
      if (owner.matches()) {
        // "Dubai's COP28 conference", "Elon Musk's Twitter Inc.": the owner and the owned are
        // names of their own, and usually the one quoted.
        String first = owner.group(1);
        out.add(new Span(first, Names.kindOf(first, sentence.substring(0, start), sentence.substring(start + first.length())),
            start, start + first.length()));
        int second = start + owner.start(2);
        out.add(new Span(owner.group(2), Names.kindOf(owner.group(2), sentence.substring(0, second), sentence.substring(end)), second, end));
      }
      offices(out, sentence, text, start);
      Matcher where = IN_STATE.matcher(sentence).region(end, sentence.length());
      if (where.lookingAt() && Names.isRegion(where.group(1)) && !Names.isRegion(text)) {
        // "Jacksonville, Florida" and "Austin, Texas": a town is named with its state or country.
        out.add(new Span(sentence.substring(start, where.end(1)), AnswerType.PLACE, start, where.end(1)));
      }
      out.add(new Span(text, kind, start, end));
    }
    int found = out.size();
    for (int i = 0; i < found; i++) withoutCompanySuffix(out, out.get(i));
  }

  private static final Pattern COMPANY_SUFFIX = Pattern.compile(",?\\s+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Corporation|Incorporated|Limited)\\.?$");

  /** "Twitter Inc" is quoted as "Twitter": the name without its legal form is a candidate too. */
  private static void withoutCompanySuffix(List<Span> out, Span span) {
    Matcher m = COMPANY_SUFFIX.matcher(span.text());
    if (!m.find() || m.start() == 0) return;
    out.add(new Span(span.text().substring(0, m.start()), AnswerType.ORGANIZATION, span.start(), span.start() + m.start()));
  }

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Set<String> NOT_AFFILIATION = Set.of("Former", "Then", "Ex", "Acting", "Interim", "Late");

  /**
   * "Former South Carolina Gov. Nikki Haley", "TikTok CEO Shou Zi Chew": an affiliation, an office
   * and a person, each the answer to a different question (which state, which company, who), so
   * the person after the office and the affiliation before it are candidates of their own.
   */
  private static void offices(List<Span> out, String sentence, String name, int start) {
    List<MatchResult> words = WORD.matcher(name).results().toList();
    int first = 0;
    while (first < words.size() && !Names.isOffice(words.get(first).group())) first++;
    if (first == words.size()) return;
    int person = first + 1;
    while (person < words.size() && Names.isOffice(words.get(person).group())) person++;
    if (person < words.size() && words.size() - person <= 4 && nameLike(words.subList(person, words.size()))) {
      int from = start + words.get(person).start();
      int to = start + words.get(words.size() - 1).end();
      out.add(new Span(sentence.substring(from, to), AnswerType.PERSON, from, to));
    }
    int affiliated = 0;
    while (affiliated < first && NOT_AFFILIATION.contains(words.get(affiliated).group())) affiliated++;
    if (affiliated < first) {
      int from = start + words.get(affiliated).start();
      int to = start + words.get(first - 1).end();
      String text = sentence.substring(from, to).replaceAll("['’]s$", "");
      to = from + text.length();
      out.add(new Span(text, Names.kindOf(text, sentence.substring(0, from), sentence.substring(to)), from, to));
    }
  }

  private static boolean nameLike(List<MatchResult> words) {
    for (MatchResult w : words) {
      String t = w.group();
      if (!Character.isUpperCase(t.codePointAt(0)) || t.chars().anyMatch(Character::isDigit)) return false;
    }
    return true;
  }

  private static void quoted(List<Span> out, String sentence) {
    Matcher m = QUOTED.matcher(sentence);
    while (m.find()) {
      String text = m.group(1).strip();
      if (text.split("\\s+").length <= 8) out.add(new Span(text, AnswerType.NAMED, m.start(1), m.end(1)));
    }
  }

}

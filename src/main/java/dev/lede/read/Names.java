package dev.lede.read;

import java.util.Set;

/** Tells people, organisations and places apart among capitalised names, by cues in and around them. */
final class Names {
  private Names() {}

  static final Set<String> DETERMINERS = Set.copyOf(java.util.Arrays.asList("The", "A", "An", "This", "That", "These", "Those"));

  /** Capitalised words that start sentences or name days and months rather than things. */
  static final Set<String> NOT_NAMES = Set.copyOf(java.util.Arrays.asList(
      "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
      "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "After", "Before",
      "When", "While", "As", "If", "According", "By", "For", "From", "With", "There", "Some", "Many", "Most",
      "Several", "Other", "Others", "Meanwhile", "However", "Also", "Last", "Next", "Then", "Now", "Yet", "Still",
      "Although", "Though", "Because", "Since", "During", "Despite", "Under", "Over", "About", "Among", "Between",
      "Both", "Each", "Every", "All", "Any", "No", "Not", "One", "Two", "Three", "What", "Which", "Who", "Where",
      "Why", "How", "Here", "Such", "Even", "Only", "Just", "More", "Less", "Earlier", "Later", "Today",
      "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Mr", "Mrs", "Ms", "Dr", "Photo", "Image", "Getty", "Images", "AP", "Reuters",
      "CNN", "Read", "Click", "Sign", "Watch", "Share", "Updated", "Published", "Video", "Get", "See", "Let",
      "Upon", "Until", "Unlike", "Like", "Within", "Without", "Through", "Throughout", "Instead", "Thus", "Therefore", "Later", "Politically", "Historically", "Generally", "Originally", "Initially", "Finally", "Currently", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Will", "Would", "Should", "Has", "Have", "Had"));

  private static final Set<String> ORGANIZATION_WORDS = Set.copyOf(java.util.Arrays.asList(
      "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Company", "Corporation", "Group", "University", "College",
      "Institute", "Association", "Party", "Bank", "Department", "Agency", "Council", "Committee", "Union",
      "League", "Club", "Church", "Times", "Post", "News", "Foundation", "Ministry", "Court", "Commission",
      "Authority", "Service", "Services", "Airlines", "Airways", "Motors", "Bureau", "Office", "Organization",
      "Organisation", "Federation", "Board", "Congress", "Senate", "House", "Parliament", "Army", "Navy",
      "Force", "Police", "Society", "Academy", "School", "Hospital", "Institution", "Network", "Studios",
      "Records", "Press", "Journal", "Fund", "Reserve", "Administration", "Assembly", "Cabinet", "Team",
      "FC", "Ltd", "LLC", "plc", "AG", "SA", "Systems", "Technologies", "Labs", "Energy", "Oil", "Bills",
      "Chiefs", "Eagles", "Giants", "Yankees", "Lakers", "Warriors", "Patriots", "Cowboys", "Rangers", "Kings"));

  private static final Set<String> PLACE_WORDS = Set.copyOf(java.util.Arrays.asList(
      "City", "County", "State", "Republic", "Kingdom", "Island", "Islands", "River", "Lake", "Mountains",
      "Mount", "Valley", "Bay", "Sea", "Ocean", "Street", "Avenue", "Square", "Park", "Province", "Region",
      "Coast", "Gulf", "Beach", "Desert", "Peninsula", "Strait", "Canal", "Airport", "Stadium", "Bridge"));

  private static Set<String> places() {
    Set<String> out = new java.util.HashSet<>(OFTEN_NAMED);
    out.addAll(COUNTRY_NAMES);
    out.addAll(US_STATES);
    return Set.copyOf(out);
  }

  private static Set<String> countries() {
    Set<String> out = new java.util.HashSet<>();
    for (String code : java.util.Locale.getISOCountries()) {
      out.add(java.util.Locale.of("", code).getDisplayCountry(java.util.Locale.ENGLISH));
    }
    return Set.copyOf(out);
  }

  static final Set<String> US_STATES = Set.of(
      "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
      "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
      "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
      "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
      "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
      "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming");

  private static final Set<String> OFTEN_NAMED = Set.copyOf(java.util.Arrays.asList(
      "America", "United States", "U.S.", "US", "USA", "UK", "Britain", "England", "Scotland", "Wales",
      "Ireland", "France", "Germany", "Italy", "Spain", "Portugal", "Russia", "Ukraine", "China", "Japan",
      "India", "Pakistan", "Iran", "Iraq", "Israel", "Syria", "Turkey", "Egypt", "Mexico", "Canada", "Brazil",
      "Argentina", "Australia", "Africa", "Europe", "Asia", "Korea", "North Korea", "South Korea", "Taiwan",
      "Afghanistan", "Saudi Arabia", "Poland", "Greece", "Sweden", "Norway", "Finland", "Denmark", "Netherlands",
      "Belgium", "Switzerland", "Austria", "Hungary", "Venezuela", "Colombia", "Peru", "Chile", "Cuba",
      "Nigeria", "Kenya", "Ethiopia", "South Africa", "Indonesia", "Philippines", "Vietnam", "Thailand",
      "Qatar", "Lebanon", "Gaza", "Yemen", "Libya", "Sudan", "Haiti", "New York", "California", "Texas",
      "Florida", "Washington", "Chicago", "Los Angeles", "London", "Paris", "Berlin", "Moscow", "Beijing",
      "Tokyo", "Kyiv", "Kiev", "Ohio", "Georgia", "Michigan", "Pennsylvania", "Arizona", "Nevada", "Virginia",
      "Alabama", "Louisiana", "Tennessee", "Kentucky", "Oregon", "Colorado", "Utah", "Iowa", "Kansas",
      "Missouri", "Minnesota", "Wisconsin", "Illinois", "Indiana", "Massachusetts", "Maryland", "Boston",
      "San Francisco", "Seattle", "Miami", "Houston", "Dallas", "Atlanta", "Philadelphia", "Detroit",
      "Jerusalem", "Rome", "Madrid", "Toronto", "Sydney", "Hong Kong", "Singapore", "Dubai", "Mars", "Moon"));

  private static final Set<String> COUNTRIES = countries();

  /** Countries as the JDK names them and as news does: "Britain", "Turkey", "the U.S.". */
  static final Set<String> COUNTRY_NAMES = union(COUNTRIES, Set.of("America", "United States", "U.S.", "US", "USA",
      "U.S.A.", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Russia",
      "Turkey", "Burma", "Myanmar", "Congo", "Ivory Coast", "Taiwan", "Palestine", "Vatican", "Czech Republic",
      "North Korea", "South Korea", "Hong Kong", "Macau"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** Every country the JDK knows by its English name, the US states, and places news often names. */
  private static final Set<String> PLACES = places();

  private static final Set<String> PERSON_TITLES = Set.copyOf(java.util.Arrays.asList(
      "Mr.", "Mrs.", "Ms.", "Dr.", "President", "Sen.", "Senator", "Gov.", "Governor", "Rep.", "Judge", "Pope",
      "King", "Queen", "Prince", "Princess", "Sir", "Lord", "Lady", "Saint", "St.", "General", "Gen.", "Coach",
      "Prime", "Minister", "Secretary", "Chancellor", "Mayor", "Justice", "Rev.", "Father", "Professor", "Prof."));

  /** Titles that are part of how people are named ("Prince William", "Pope Francis"), not offices they hold. */
  private static final Set<String> NAMED_WITH = Set.of("Pope", "King", "Queen", "Prince", "Princess", "Sir", "Lord",
      "Lady", "Saint", "St.", "Rev.", "Father");

  /**
   * Offices that stand between an affiliation and a person in news style: "South Carolina Gov.
   * Nikki Haley", "TikTok CEO Shou Zi Chew". The person titles but those a name is said with, and
   * the offices of companies and agencies.
   */
  private static final Set<String> OFFICES = offices();

  private static Set<String> offices() {
    Set<String> out = new java.util.HashSet<>(PERSON_TITLES);
    out.removeAll(NAMED_WITH);
    out.addAll(Set.of("Vice", "CEO", "Founder", "Co-founder", "Chairman", "Chairwoman", "Chair", "Director",
        "Commissioner", "Speaker", "Leader", "Ambassador", "Attorney", "Chief", "Executive", "Owner", "Manager",
        "Spokesperson", "Spokesman", "Spokeswoman", "Lt.", "Sheriff", "Prosecutor"));
    return Set.copyOf(out);
  }

  static boolean isOffice(String word) {
    return OFFICES.contains(word);
  }

  /** Whether {@code name} is a country or a US state: the "Texas" of "Austin, Texas", never its "Austin". */
  static boolean isRegion(String name) {
    return COUNTRIES.contains(name) || US_STATES.contains(name);
  }

  /**
   * The kind of a capitalised name.
   *
   * @param before the text of the sentence before the name, for cues such as "in" or "Mr."
   * @param after the text after it, for cues such as "said"
   */
  static AnswerType kindOf(String name, String before, String after) {
    String[] words = name.split("\\s+");
    String last = words[words.length - 1];
    String first = words[0];
    if (PLACES.contains(name)) return AnswerType.PLACE;
    for (String w : words) if (ORGANIZATION_WORDS.contains(w)) return AnswerType.ORGANIZATION;
    if (name.length() >= 2 && name.length() <= 6 && name.equals(name.toUpperCase()) && name.chars().allMatch(Character::isLetter)) {
      return AnswerType.ORGANIZATION;
    }
    if (words.length >= 2 && last.endsWith("s") && !last.endsWith("'s") && Character.isUpperCase(last.charAt(0))
        && PLACES.contains(name.substring(0, name.length() - last.length()).strip())) {
      return AnswerType.ORGANIZATION; // a place and a plural: "Los Angeles Dodgers", "Florida Panthers"
    }
    if (PLACE_WORDS.contains(last) || PLACE_WORDS.contains(first)) return AnswerType.PLACE;
    String prev = lastWord(before);
    if (PERSON_TITLES.contains(prev) || PERSON_TITLES.contains(prev + ".")) return AnswerType.PERSON;
    String next = firstWord(after).toLowerCase(java.util.Locale.ROOT);
    if (next.equals("said") || next.equals("says") || next.equals("told") || next.equals("wrote")) {
      return AnswerType.PERSON;
    }
    if (words.length >= 2 && words.length <= 3 && allNameLike(words)) {
      if (prev.equals("in") || prev.equals("at") || prev.equals("near")) return AnswerType.PLACE;
      return AnswerType.PERSON;
    }
    if (prev.equals("in") || prev.equals("at") || prev.equals("near") || prev.equals("from")) return AnswerType.PLACE;
    return AnswerType.NAMED;
  }

  private static boolean allNameLike(String[] words) {
    for (String w : words) {
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) return false;
      if (w.equals(w.toUpperCase()) && w.length() > 2) return false;
    }
    return true;
  }

  private static String lastWord(String text) {
    String t = text.strip();
    int space = t.lastIndexOf(' ');
    return space < 0 ? t : t.substring(space + 1);
  }

  private static String firstWord(String text) {
    String t = text.strip();
    int space = t.indexOf(' ');
    String w = space < 0 ? t : t.substring(0, space);
    return w.replaceAll("[^\\p{L}]", "");
  }
}

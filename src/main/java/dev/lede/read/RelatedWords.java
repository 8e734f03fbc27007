package dev.lede.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lede.retrieve.Terms;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Words an answer sentence may use for the question's own: synonyms and derived forms from
 * {@link WordNet}, so that "Who invented it?" meets "its inventor" and
 * "Who won the prize?" meets "the prize's winner". Only the question's lower-case words are
 * looked up: a name has no synonyms.
 */
public final class RelatedWords {
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}{3,}(?![\\p{L}\\p{N}])");

  private final Analyzer analyzer;
  /** A word's related words as index terms: analysed once, since the same words come back in many questions. */
  private final Cache<String, Set<String>> terms = Caffeine.newBuilder().maximumSize(50_000).build();

  public RelatedWords(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Index terms related to the question's terms, each mapped to the question term it stands for.
   * Terms of the question itself are never among them.
   */
  public Map<String, String> of(String question, List<String> questionTerms) {
    Map<String, String> out = new HashMap<>();
    Set<String> own = Set.copyOf(questionTerms);
    Matcher m = WORD.matcher(question.length() > Terms.MAX_CHARS ? question.substring(0, Terms.MAX_CHARS) : question);
    while (m.find()) {
      String word = m.group();
      List<String> analyzed = Terms.all(analyzer, word);
      if (analyzed.size() != 1 || !own.contains(analyzed.get(0))) continue; // a stop word, or not searched for
      String asked = analyzed.get(0);
      for (String t : terms.get(word, this::analysed)) if (!own.contains(t)) out.putIfAbsent(t, asked);
    }
    return out;
  }

  /** The index terms of a word's related words that are one term each (a stop word is none). */
  private Set<String> analysed(String word) {
    Set<String> out = new LinkedHashSet<>();
    for (String lemma : WordNet.related(word)) {
      List<String> t = Terms.all(analyzer, lemma);
      if (t.size() == 1) out.add(t.get(0));
    }
    return out;
  }
}

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
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Words an answer sentence may use for the question's own: synonyms and derived forms from
 * WordNet 3.1 (shipped in a Maven artifact), so that "Who invented it?" meets "its inventor" and
 * "Who won the prize?" meets "the prize's winner". Only a word's most common senses count, and only its
 * lower-case words: a name has no synonyms.
 */
public final class RelatedWords {
  private static final Logger LOG = LoggerFactory.getLogger(RelatedWords.class);
  /** WordNet lists senses most common first; further senses mostly add noise ("die" as a cube). */
  private static final int SENSES = 2;
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}{3,}(?![\\p{L}\\p{N}])");

  private final Analyzer analyzer;
  /** A surface word's related lemmas, before analysis. */
  private final Cache<String, Set<String>> lemmas = Caffeine.newBuilder().maximumSize(50_000).build();

  public RelatedWords(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Index terms related to the question's terms, each mapped to the question term it stands for.
   * Terms of the question itself are never among them.
   */
  public Map<String, String> of(String question, List<String> questionTerms) {
    Map<String, String> out = new HashMap<>();
    Dictionary wordNet = Holder.WORDNET;
    if (wordNet == null) return out;
    Set<String> own = Set.copyOf(questionTerms);
    Matcher m = WORD.matcher(question.length() > 2_000 ? question.substring(0, 2_000) : question);
    while (m.find()) {
      String word = m.group();
      List<String> analyzed = Terms.all(analyzer, word);
      if (analyzed.size() != 1 || !own.contains(analyzed.get(0))) continue; // a stop word, or not searched for
      String asked = analyzed.get(0);
      for (String lemma : lemmas.get(word, w -> lookUp(wordNet, w))) {
        List<String> terms = Terms.all(analyzer, lemma);
        if (terms.size() != 1) continue;
        String t = terms.get(0);
        if (!own.contains(t)) out.putIfAbsent(t, asked);
      }
    }
    return out;
  }

  private static Set<String> lookUp(Dictionary wordNet, String word) {
    Set<String> out = new LinkedHashSet<>();
    try {
      // The dictionary's caches are not documented as thread-safe.
      synchronized (wordNet) {
        for (IndexWord entry : wordNet.lookupAllIndexWords(word).getIndexWordArray()) {
          List<Synset> senses = entry.getSenses();
          for (Synset sense : senses.subList(0, Math.min(SENSES, senses.size()))) {
            for (Word w : sense.getWords()) {
              add(out, w.getLemma());
              if (!w.getLemma().equalsIgnoreCase(entry.getLemma())) continue;
              for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                if (p.getTarget() instanceof Word derived) add(out, derived.getLemma());
              }
            }
          }
        }
      }
    } catch (JWNLException | RuntimeException e) {
      LOG.debug("WordNet lookup of {} failed: {}", word, e.toString());
    }
    return out;
  }

  private static void add(Set<String> out, String lemma) {
    if (lemma.indexOf(' ') < 0 && lemma.equals(lemma.toLowerCase(java.util.Locale.ROOT))) out.add(lemma);
  }

  /** Loaded on first use (about half a second); without it, questions are read by their own words. */
  private static final class Holder {
    static final Dictionary WORDNET = load();

    private static Dictionary load() {
      try {
        return Dictionary.getDefaultResourceInstance();
      } catch (JWNLException | RuntimeException e) {
        LOG.warn("WordNet could not be loaded; questions are read by their own words only: {}", e.getMessage());
        return null;
      }
    }
  }
}

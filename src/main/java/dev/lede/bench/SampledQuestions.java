package dev.lede.bench;

import dev.lede.corpus.ArticleReader;
import dev.lede.corpus.CorpusFile;
import dev.lede.corpus.CorpusFiles;
import dev.lede.corpus.Skips;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Benchmark questions made from a corpus's own sentences: "What" and a run of up to seven words
 * of a sentence, so every question has a passage that matches it. Drawn evenly over the corpus
 * (reservoir sampling), the same for the same seed.
 */
final class SampledQuestions {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final int WORDS = 7;
  private static final int SHORTEST_SENTENCE = 6;

  private final SplitMix random;
  private final int count;
  private final List<String> reservoir;
  private long seen;

  private SampledQuestions(int count, long seed) {
    this.random = new SplitMix(seed);
    this.count = count;
    this.reservoir = new ArrayList<>(count);
  }

  static String fromSentence(List<String> tokens, SplitMix random) {
    int length = Math.min(tokens.size(), WORDS);
    int start = random.nextInt(tokens.size() - length + 1);
    StringBuilder b = new StringBuilder("What");
    for (int i = start; i < start + length; i++) b.append(' ').append(tokens.get(i).replaceAll("\\p{Punct}+$", ""));
    return b.append('?').toString();
  }

  /** Up to {@code count} questions from the articles of the corpus files under {@code roots}. */
  static List<String> fromCorpus(List<Path> roots, int count, long seed) {
    SampledQuestions sample = new SampledQuestions(count, seed);
    Skips skips = new Skips();
    for (CorpusFile file : CorpusFiles.list(roots, skips)) {
      ArticleReader.read(file, article -> sample.offer(article.text()), skips);
    }
    return sample.questions();
  }

  private void offer(String text) {
    for (String sentence : SENTENCE_END.split(text)) {
      String s = sentence.strip();
      if (SPACE.split(s).length < SHORTEST_SENTENCE) continue;
      seen++;
      if (reservoir.size() < count) {
        reservoir.add(s);
      } else {
        long j = Long.remainderUnsigned(random.nextLong(), seen);
        if (j < count) reservoir.set((int) j, s);
      }
    }
  }

  private List<String> questions() {
    List<String> questions = new ArrayList<>(reservoir.size());
    for (String s : reservoir) questions.add(fromSentence(Arrays.asList(SPACE.split(s)), random));
    return questions;
  }
}

package dev.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

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

  private SampledQuestions() {}

  static String fromSentence(List<String> tokens, SplitMix random) {
    int length = Math.min(tokens.size(), WORDS);
    int start = random.nextInt(tokens.size() - length + 1);
    StringBuilder b = new StringBuilder("What");
    for (int i = start; i < start + length; i++) b.append(' ').append(tokens.get(i).replaceAll("[\\p{Punct}]+$", ""));
    return b.append('?').toString();
  }

  /** Up to {@code count} questions from the {@code text} fields of an article JSONL file. */
  static List<String> fromCorpus(Path corpus, int count, long seed) throws IOException {
    SplitMix random = new SplitMix(seed);
    List<String> reservoir = new ArrayList<>(count);
    long seen = 0;
    JsonFactory factory = new JsonFactory();
    try (InputStream in = open(corpus); JsonParser parser = factory.createParser(in)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        boolean articleText = t == JsonToken.FIELD_NAME && "text".equals(parser.currentName())
            && parser.getParsingContext().getParent().inRoot();
        if (!articleText) continue;
        if (parser.nextToken() != JsonToken.VALUE_STRING) continue;
        for (String sentence : SENTENCE_END.split(parser.getText())) {
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
    }
    List<String> questions = new ArrayList<>(reservoir.size());
    for (String s : reservoir) questions.add(fromSentence(Arrays.asList(SPACE.split(s)), random));
    return questions;
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }
}

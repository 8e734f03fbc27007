package dev.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Made-up news articles for benchmarks at any size, the same for the same seed. Word frequencies
 * follow Zipf's law, with real function words at the top and new words still turning up in a
 * large corpus (see {@link Vocabulary}); names and
 * numbers are mixed in; sentence, paragraph and article lengths are log-normal around the
 * figures of wire news (about 21 words a sentence, one or two sentences a paragraph, a dozen
 * paragraphs an article); dates spread evenly over 2000 to 2024. Articles are streamed to the
 * file one at a time, so a million passages need no more memory than ten.
 */
public final class SyntheticCorpus {
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
  private static final JsonFactory JSON = new JsonFactory();

  private final long seed;
  private final SplitMix random;
  private final Vocabulary words;
  private final Vocabulary names;

  public SyntheticCorpus(long seed) {
    this.seed = seed;
    this.random = new SplitMix(seed);
    // Fitted to the news-dev articles: "the" about 5.7% of tokens, 47,000 distinct words in the first
    // 1.6 million tokens, growing as about N^0.45.
    this.words = new Vocabulary(random, 5_000, 1.0, 0.7, 2.2, false);
    this.names = new Vocabulary(random, 5_000, 0.9, 0, 2.2, true);
  }

  /** What was written: counts, and questions drawn from the articles' own sentences. */
  public record Summary(long articles, long paragraphs, long sentences, long words, List<String> questions) {
    public Summary {
      questions = List.copyOf(questions);
    }
  }

  /**
   * Writes {@code articles} articles as article JSONL (gzip-compressed when the name ends in .gz)
   * and picks {@code questions} questions, spread evenly over the articles.
   */
  public Summary write(long articles, Path out, int questions) throws IOException {
    if (articles < 1) throw new IllegalArgumentException("article count must be positive, was " + articles);
    if (questions < 0) throw new IllegalArgumentException("question count must not be negative, was " + questions);
    long everyNth = Math.max(1, articles / Math.max(1, questions));
    long paragraphs = 0;
    long sentences = 0;
    long wordCount = 0;
    List<String> asked = new ArrayList<>(questions);
    try (OutputStream file = open(out); JsonGenerator json = JSON.createGenerator(file)) {
      StringBuilder text = new StringBuilder(8192);
      List<String> sentence = new ArrayList<>(80);
      for (long n = 1; n <= articles; n++) {
        text.setLength(0);
        boolean askHere = asked.size() < questions && (n - 1) % everyNth == 0;
        int askParagraph = -1;
        int paragraphCount = random.logNormal(12, 0.6, 2, 80);
        if (askHere) askParagraph = random.nextInt(paragraphCount);
        for (int p = 0; p < paragraphCount; p++) {
          if (p > 0) text.append("\n\n");
          int sentenceCount = sentencesInParagraph();
          for (int s = 0; s < sentenceCount; s++) {
            if (s > 0) text.append(' ');
            sentence(sentence);
            appendSentence(text, sentence);
            wordCount += sentence.size();
            if (p == askParagraph && s == 0) asked.add(SampledQuestions.fromSentence(sentence, random));
          }
          sentences += sentenceCount;
        }
        paragraphs += paragraphCount;
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
        json.writeStartObject();
        json.writeStringField("id", String.format(Locale.ROOT, "syn-%08d", n));
        json.writeStringField("title", title());
        json.writeStringField("date", date.toString());
        json.writeStringField("source", "Synthetic (seed " + seed + ")");
        json.writeStringField("text", text.toString());
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
    return new Summary(articles, paragraphs, sentences, wordCount, asked);
  }

  private static OutputStream open(Path out) throws IOException {
    OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    return out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
  }

  private int sentencesInParagraph() {
    double u = random.nextDouble();
    return u < 0.45 ? 1 : u < 0.80 ? 2 : u < 0.95 ? 3 : 4;
  }

  /** Fills {@code out} with one sentence's tokens, punctuation attached. */
  private void sentence(List<String> out) {
    out.clear();
    int length = random.logNormal(20, 0.45, 3, 70);
    while (out.size() < length) {
      double u = random.nextDouble();
      if (u < 0.08) {
        out.add(names.draw(random));
        if (random.nextInt(3) == 0) out.add(names.draw(random));
      } else if (u < 0.10) {
        out.add(number());
      } else {
        out.add(words.draw(random));
      }
      if (out.size() < length - 1 && random.nextInt(16) == 0) out.set(out.size() - 1, out.get(out.size() - 1) + ",");
    }
    while (out.size() > length) out.remove(out.size() - 1);
    String first = out.get(0);
    out.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
  }

  private String number() {
    return switch (random.nextInt(4)) {
      case 0 -> Integer.toString(1 + random.nextInt(100));
      case 1 -> String.format(Locale.ROOT, "%.1f%%", random.nextInt(1000) / 10.0);
      case 2 -> Integer.toString(1950 + random.nextInt(75));
      default -> String.format(Locale.ROOT, "%,d", 1 + random.nextInt(10_000_000));
    };
  }

  private static void appendSentence(StringBuilder text, List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) text.append(' ');
      String t = tokens.get(i);
      text.append(i == tokens.size() - 1 && t.endsWith(",") ? t.substring(0, t.length() - 1) : t);
    }
    text.append('.');
  }

  private String title() {
    int length = 5 + random.nextInt(7);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String w = random.nextInt(4) == 0 ? names.draw(random) : words.draw(random);
      if (i > 0) b.append(' ');
      b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return b.toString();
  }
}

package dev.lede.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from the corpus: clean text (paragraphs separated by a blank line,
 * scraping noise removed) and whatever metadata the file carried.
 *
 * @param id stable identifier, unique within the corpus
 * @param title the given title, or one derived from the text
 * @param date publication date, or {@code null} when the file gives none
 * @param url link to the original, or {@code null}
 * @param publisher who published it (the JSONL {@code source} field), or {@code null}
 * @param text paragraphs separated by {@code "\n\n"}
 */
public record Article(String id, String title, LocalDate date, String url, String publisher, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}

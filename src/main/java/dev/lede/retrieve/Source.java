package dev.lede.retrieve;

import java.time.LocalDate;

/**
 * An article that retrieval found, with the snippet that matched: what a reply cites.
 *
 * @param articleId the article's id
 * @param title its title
 * @param date its publication date, or {@code null} when unknown
 * @param url link to the original, or {@code null}
 * @param publisher who published it, or {@code null}
 * @param snippet the passage or sentence that made it relevant
 */
public record Source(String articleId, String title, LocalDate date, String url, String publisher, String snippet) {}

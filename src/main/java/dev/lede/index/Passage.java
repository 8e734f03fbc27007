package dev.lede.index;

import java.time.LocalDate;

/**
 * A paragraph-sized piece of an article, cut on sentence boundaries: the unit Lede indexes and
 * retrieves. It carries its article's metadata so that a hit can be cited without another look-up.
 *
 * @param ordinal position of the passage within its article, from 0
 */
public record Passage(
    String articleId, int ordinal, String title, LocalDate date, String url, String publisher, String text) {

  public String id() {
    return articleId + "#" + ordinal;
  }
}

package dev.lede.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;

/**
 * One feed item as Lede keeps it: a plain-text article with {@code date}, {@code title:},
 * {@code url:} and {@code source:} header lines, under a name that the item's identity decides,
 * so that the same item seen on the next poll maps to the same file.
 *
 * @param id from the item's guid (or, without one, its link, or its title): the file name
 */
record FeedItem(String id, LocalDate date, String title, String url, String source, String text) {

  /** A problem that makes one item unusable; the rest of the feed is still read. */
  static final class Unusable extends Exception {
    Unusable(String reason) {
      super(reason);
    }
  }

  /** The item as an article; items without a date count as published on {@code today}. */
  static FeedItem of(SyndEntry entry, String source, LocalDate today) throws Unusable {
    String title = HtmlText.line(entry.getTitle());
    String link = oneLine(entry.getLink());
    String guid = oneLine(entry.getUri());
    String identity = !guid.isEmpty() ? guid : !link.isEmpty() ? link : title;
    if (identity.isEmpty()) throw new Unusable("no guid, link or title to tell it apart from other items");
    String text = body(entry);
    if (text.isEmpty()) text = title; // a headline-only feed: the headline is all there is
    if (text.isEmpty()) throw new Unusable("no title and no text");
    Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    LocalDate date = published == null ? today : published.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    String url = link.startsWith("http://") || link.startsWith("https://") ? link : null;
    return new FeedItem(idOf(identity), date, title.isEmpty() ? null : title, url, oneLine(source), text);
  }

  /** The article file's text, as the corpus reader reads it back. */
  String article() {
    StringBuilder s = new StringBuilder();
    s.append("date ").append(date).append('\n');
    if (title != null) s.append("title: ").append(title).append('\n');
    if (url != null) s.append("url: ").append(url).append('\n');
    if (!source.isEmpty()) s.append("source: ").append(source).append('\n');
    return s.append('\n').append(text).append('\n').toString();
  }

  String fileName() {
    return id + ".txt";
  }

  private static String body(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      String text = HtmlText.plain(c.getValue());
      if (!text.isEmpty()) return text;
    }
    return entry.getDescription() == null ? "" : HtmlText.plain(entry.getDescription().getValue());
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** A short stable name: the start of the identity's SHA-256. */
  static String idOf(String identity) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}

package dev.lede.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * An RSS or Atom feed to poll: each new item becomes an article file in the corpus.
 *
 * @param url an absolute http or https address
 * @param every how long to wait between two polls
 */
public record Feed(URI url, Duration every) {
  public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);

  public Feed {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(every, "every");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) throw new ConfigException("feed url must start with http:// or https://, was " + url);
    if (url.getHost() == null || url.getHost().isBlank()) throw new ConfigException("feed url must name a host, was " + url);
    if (every.isNegative() || every.isZero()) throw new ConfigException("feed every must be positive, was " + every);
  }

  /** The host, lower case: the folder the feed's articles go to. */
  public String host() {
    return url.getHost().toLowerCase(Locale.ROOT);
  }
}

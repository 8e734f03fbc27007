package dev.lede.telegram;

import java.net.URI;

/**
 * The {@code webhook:} section of {@code bots/telegram.yaml}, used when {@code mode: webhook}: Telegram
 * calls {@code url} (public, HTTPS, usually a reverse proxy) and Lede's own HTTP server listens on
 * {@code listen} for the requests forwarded to {@code path}. The secret Telegram sends back with every
 * update is not here: it comes only from {@value WebhookSecret#ENV}.
 *
 * @param url the public HTTPS URL given to setWebhook; required in webhook mode
 * @param listen {@code host:port} the local HTTP server binds
 * @param path the path updates are POSTed to on the local server
 * @param maxConnections connections Telegram may open at once (1-100), or null for Telegram's default
 */
public record WebhookSettings(URI url, String listen, String path, Integer maxConnections) {
  static WebhookSettings defaults() {
    return new WebhookSettings(null, "127.0.0.1:8443", "/telegram", null);
  }

  /** The host part of {@link #listen()}, brackets of an IPv6 literal removed. */
  String listenHost() {
    String host = listen.substring(0, listen.lastIndexOf(':'));
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  int listenPort() {
    return Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
  }

  /** Checks the section; {@code url} is required only when {@code inUse} (webhook mode). */
  void validate(String where, boolean inUse) {
    if (url == null) {
      require(!inUse, where + "mode is webhook but webhook.url is missing (the public https URL Telegram should call)");
    } else {
      require("https".equals(url.getScheme()) && url.getHost() != null,
          where + "webhook.url must be an https URL with a host (Telegram calls only https), was '" + url + "'");
      require(url.getRawUserInfo() == null && url.getRawFragment() == null,
          where + "webhook.url must have no user info or fragment, was '" + url + "'");
    }
    require(listen != null && listen.matches("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+):[0-9]{1,5}") && listenPort() <= 65_535,
        where + "webhook.listen must be host:port, e.g. 127.0.0.1:8443, was '" + listen + "'");
    require(path != null && path.matches("/[A-Za-z0-9._~/-]*"),
        where + "webhook.path must start with '/' and hold only letters, digits and . _ ~ - /, was '" + path + "'");
    require(maxConnections == null || (maxConnections >= 1 && maxConnections <= 100),
        where + "webhook.max_connections must be between 1 and 100, was " + maxConnections);
  }

  private static void require(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }
}

package dev.lede.ingest;

import com.sun.net.httpserver.HttpServer;
import dev.lede.config.Feed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves feed documents from 127.0.0.1 on a port of its own choosing; each path's body can be changed. */
final class FeedServer implements AutoCloseable {
  record Doc(int status, String contentType, String body, String etag) {}

  private final HttpServer server;
  private final Map<String, Doc> docs = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();

  FeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      Doc doc = docs.get(path);
      if (doc == null) doc = new Doc(404, "text/plain", "no such feed", null);
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      if (doc.etag() != null && doc.etag().equals(ifNoneMatch)) {
        notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      byte[] bytes = doc.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", doc.contentType());
      if (doc.etag() != null) exchange.getResponseHeaders().set("ETag", doc.etag());
      exchange.sendResponseHeaders(doc.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  void serve(String path, String contentType, String body) {
    docs.put(path, new Doc(200, contentType, body, null));
  }

  void serve(String path, Doc doc) {
    docs.put(path, doc);
  }

  Feed feed(String path, Duration every) {
    return new Feed(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), every);
  }

  int requests(String path) {
    AtomicInteger n = requests.get(path);
    return n == null ? 0 : n.get();
  }

  int notModified(String path) {
    AtomicInteger n = notModified.get(path);
    return n == null ? 0 : n.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** An RSS 2.0 document with the given {@code <item>} elements. */
  static String rss(String title, String... items) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>%s</title><link>https://gazette.example/</link><description>Local news</description>
        %s
        </channel></rss>
        """.formatted(title, String.join("\n", items));
  }

  static String item(String guid, String title, String pubDate, String description) {
    StringBuilder s = new StringBuilder("<item>");
    if (title != null) s.append("<title>").append(title).append("</title>");
    if (guid != null) s.append("<link>https://gazette.example/news/").append(guid).append("</link><guid>").append(guid).append("</guid>");
    if (pubDate != null) s.append("<pubDate>").append(pubDate).append("</pubDate>");
    if (description != null) s.append("<description>").append(description).append("</description>");
    return s.append("</item>").toString();
  }
}

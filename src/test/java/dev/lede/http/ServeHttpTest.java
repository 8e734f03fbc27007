package dev.lede.http;

import static dev.lede.http.ApiClient.encode;
import static dev.lede.http.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lede serve` with no bot tokens: the HTTP API alone, stopped by SIGTERM. */
class ServeHttpTest {
  @TempDir Path dir;

  @Test
  void serveWithoutTokens_servesHttp_untilSigterm() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--data", dir.resolve("data").toString(), "--bots", dir.resolve("bots").toString(),
        "--http-port", Integer.toString(port));
    pb.directory(dir.toFile());
    pb.environment().remove("TELEGRAM_BOT_TOKEN");
    pb.environment().remove("DISCORD_BOT_TOKEN");
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile());
    Process serve = pb.start();
    try {
      ApiClient api = new ApiClient(port);
      JsonNode health = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (health == null && System.nanoTime() < deadline && serve.isAlive()) {
        try {
          health = json(api.get("/health"));
        } catch (UncheckedIOException notYet) {
          serve.waitFor(200, TimeUnit.MILLISECONDS);
        }
      }
      assertTrue(health != null, "serve never answered on " + port + ":\n" + Files.readString(dir.resolve("serve.log")));
      assertEquals("running", health.path("front_ends").path("http").path("state").asText(), health.toString());
      assertEquals(1, health.path("index").path("articles").asInt());
      JsonNode answer = json(api.get("/api/ask?q=" + encode("How many New Yorkers received removal orders?")));
      assertTrue(answer.path("answer").asText().contains("250,000"), answer.toString());

      serve.destroy(); // SIGTERM
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
      String log = Files.readString(dir.resolve("serve.log"));
      assertTrue(log.contains("Stopping: finishing replies in flight"), log);
      assertTrue(!log.contains("did not close cleanly"), log);
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void serveWithHttpOffAndNoTokens_saysHowToTurnAFrontEndOn() throws IOException {
    Path config = Files.writeString(dir.resolve("lede.yaml"), "data_dir: data\nhttp:\n  enabled: false\n");
    StringWriter err = new StringWriter();
    int code = Main.run(null, new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        "serve", "--config", config.toString(), "--data", dir.resolve("data").toString(), "--bots", dir.resolve("bots").toString());
    if (System.getenv("TELEGRAM_BOT_TOKEN") != null || System.getenv("DISCORD_BOT_TOKEN") != null) return; // a real bot ran
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("http.enabled"), err.toString());
  }
}

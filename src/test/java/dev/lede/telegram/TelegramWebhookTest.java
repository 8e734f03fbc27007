package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.chat.Chat;
import dev.lede.chat.FrontEnd;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in webhook mode: the front end calls setWebhook on {@link FakeBotApi}, and the test
 * plays Telegram, POSTing updates to the front end's own HTTP server on 127.0.0.1 (port 0).
 */
class TelegramWebhookTest {
  private static final String PUBLIC_URL = "https://lede.example.org/telegram";
  private static final long READER = 2001;
  private static final String QUESTION = "How many readers signed the library petition?";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static BotUnderTest onWebhook(FakeNewsroom newsroom) throws Exception {
    return BotUnderTest.start(s -> TestSettings.webhook(s, PUBLIC_URL, "127.0.0.1:0"), policy -> new Chat(newsroom, newsroom, policy));
  }

  private static String secretOf(BotUnderTest t) {
    return t.api.awaitOne("setWebhook", c -> true).params().path("secret_token").asText();
  }

  private HttpResponse<String> post(InetSocketAddress to, String path, String secret, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.getPort() + path))
        .timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) request.header(WebhookReceiver.SECRET_HEADER, secret);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(BotUnderTest t, String secret, String body) throws Exception {
    return post(t.bot.webhookAddress(), "/telegram", secret, body);
  }

  @Test
  void start_setsTheWebhook_andAnUpdatePostedThereIsAnsweredOnce_withoutPolling() throws Exception {
    try (BotUnderTest t = onWebhook(FakeNewsroom.standard())) {
      FakeBotApi.Call set = t.api.awaitOne("setWebhook", c -> true);
      JsonNode p = set.params();
      assertEquals(PUBLIC_URL, p.path("url").asText());
      String secret = p.path("secret_token").asText();
      assertTrue(secret.matches("[A-Za-z0-9_-]{32,256}"), "a random secret Telegram accepts, " + secret.length() + " chars");
      assertEquals(List.of("message", "inline_query", "callback_query"), toList(p.path("allowed_updates")), "as polling asks");
      assertEquals("false", p.path("drop_pending_updates").asText());
      assertEquals("10", p.path("max_connections").asText());
      assertNotNull(t.bot.webhookAddress());
      assertNotEquals(0, t.bot.webhookAddress().getPort());

      HttpResponse<String> response = post(t, secret, t.api.privateTextUpdate(READER, QUESTION).toString());
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(t.awaitMessageTo(READER).text().contains("3,000"));

      t.bot.close();
      assertEquals(1, t.messagesTo(READER).size(), "answered exactly once: " + t.api.summary());
      assertEquals(List.of(), t.api.calls("getUpdates"), "no polling in webhook mode");
      assertEquals(List.of(), t.api.calls("deleteWebhook"), "close leaves the webhook set, so Telegram keeps updates");
      assertEquals(1, t.api.calls("setWebhook").size());
    }
  }

  private static List<String> toList(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void wrongOrMissingSecret_isForbidden_andNotAnswered() throws Exception {
    try (BotUnderTest t = onWebhook(FakeNewsroom.standard())) {
      String secret = secretOf(t);
      assertEquals(403, post(t, secret + "x", t.api.privateTextUpdate(READER, QUESTION).toString()).statusCode());
      assertEquals(403, post(t, null, t.api.privateTextUpdate(READER + 1, QUESTION).toString()).statusCode());
      assertEquals(403, post(t, "", t.api.privateTextUpdate(READER + 2, QUESTION).toString()).statusCode());
      // A rightful update afterwards is answered: had the refused ones been taken, they would be too by now.
      assertEquals(200, post(t, secret, t.api.privateTextUpdate(READER + 3, QUESTION).toString()).statusCode());
      t.awaitMessageTo(READER + 3);
      t.bot.close();
      for (long refused = READER; refused < READER + 3; refused++) {
        assertEquals(List.of(), t.messagesTo(refused), "no answer to a forged update");
      }
    }
  }

  @Test
  void malformedBodies_areBadRequests_andTheBotKeepsWorking() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    try (BotUnderTest t = onWebhook(newsroom)) {
      String secret = secretOf(t);
      assertEquals(400, post(t, secret, "{\"update_id\": 7, \"message\": {").statusCode(), "truncated JSON");
      assertEquals(400, post(t, secret, "not json at all").statusCode());
      assertEquals(400, post(t, secret, "{}").statusCode(), "no update_id");
      assertEquals(400, post(t, secret, "{\"update_id\": \"seven\"}").statusCode(), "wrong type");
      assertEquals(404, post(t.bot.webhookAddress(), "/elsewhere", secret, "{}").statusCode());
      HttpResponse<String> get = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + t.bot.webhookAddress().getPort() + "/telegram")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(405, get.statusCode());

      var update = t.api.privateTextUpdate(READER, QUESTION);
      update.put("a_field_telegram_added_later", true);
      assertEquals(200, post(t, secret, update.toString()).statusCode(), "unknown fields do not lose an update");
      assertTrue(t.awaitMessageTo(READER).text().contains("3,000"));
      assertEquals(1, newsroom.asked.get(), "only the real update reached the core");
    }
  }

  @Test
  void noRoomForAnUpdate_answers503_andTheRedeliveryIsAnswered() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    newsroom.slowGate = new CountDownLatch(1);
    try (BotUnderTest t = BotUnderTest.start(
        s -> oneWorkerNoQueue(TestSettings.webhook(s, PUBLIC_URL, "127.0.0.1:0")), policy -> new Chat(newsroom, newsroom, policy))) {
      String secret = secretOf(t);
      assertEquals(200, post(t, secret, t.api.privateTextUpdate(READER, "A slow question: what did the repairs cost?").toString()).statusCode());
      assertTrue(newsroom.slowEntered.await(10, TimeUnit.SECONDS));
      String second = t.api.privateTextUpdate(READER + 1, QUESTION).toString();
      assertEquals(503, post(t, secret, second).statusCode(), "the only worker is busy and there is no queue");

      newsroom.slowGate.countDown();
      assertTrue(t.awaitMessageTo(READER).text().contains("80 million"));
      FakeBotApi.awaitTrue("the worker to be free", () -> {
        try {
          return post(t, secret, second).statusCode() == 200; // Telegram delivers the same update again
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }, Duration.ofSeconds(10));
      assertTrue(t.awaitMessageTo(READER + 1).text().contains("3,000"));
      t.bot.close();
      assertEquals(1, t.messagesTo(READER + 1).size());
    }
  }

  private static TelegramSettings oneWorkerNoQueue(TelegramSettings s) {
    return new TelegramSettings(s.apiUrl(), s.limits(), new TelegramSettings.Workers(1, 0), s.polling(), s.sending(),
        s.shutdownGraceSeconds(), s.commands(), s.texts(), s.mode(), s.webhook()).validated("test");
  }

  @Test
  void fromEnvironment_readsModeFromTheFile_andTheSecretFromTheEnvironment(@TempDir Path bots) throws Exception {
    Files.writeString(bots.resolve("telegram.yaml"),
        "mode: webhook\nwebhook:\n  url: " + PUBLIC_URL + "\n  listen: 127.0.0.1:0\n  path: /hook\nworkers:\n  threads: 2\n");
    FakeNewsroom newsroom = FakeNewsroom.standard();
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = Map.of(BotToken.ENV, FakeBotApi.TOKEN, TelegramSettings.API_URL_ENV, api.url(),
          WebhookSecret.ENV, "operator-chosen_secret42");
      FrontEnd front = TelegramFrontEnd.fromEnvironment(bots, env, policy -> new Chat(newsroom, newsroom, policy)).orElseThrow();
      try (front) {
        front.start();
        assertEquals("operator-chosen_secret42", api.awaitOne("setWebhook", c -> true).params().path("secret_token").asText());
        InetSocketAddress at = ((TelegramFrontEnd) front).webhookAddress();
        assertEquals(403, post(at, "/hook", WebhookSecret.random().value(), api.privateTextUpdate(READER, QUESTION).toString()).statusCode());
        assertEquals(200, post(at, "/hook", "operator-chosen_secret42", api.privateTextUpdate(READER, QUESTION).toString()).statusCode());
        assertTrue(api.awaitOne("sendMessage", c -> c.chatId() == READER).text().contains("3,000"));
      }
      assertFalse(api.calls().stream().anyMatch(c -> c.method().equals("getUpdates")));
    }
  }

  @Test
  void close_finishesTheReplyInFlight_andTurnsNewUpdatesBack() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    newsroom.slowGate = new CountDownLatch(1);
    try (BotUnderTest t = onWebhook(newsroom)) {
      String secret = secretOf(t);
      InetSocketAddress at = t.bot.webhookAddress();
      assertEquals(200, post(t, secret, t.api.privateTextUpdate(READER, "A slow question: what did the repairs cost?").toString()).statusCode());
      assertTrue(newsroom.slowEntered.await(10, TimeUnit.SECONDS));

      Thread closer = new Thread(t.bot::close, "test-close");
      closer.start();
      FakeBotApi.awaitTrue("shutdown to begin", t.bot::isClosing, Duration.ofSeconds(10));
      assertEquals(503, post(at, "/telegram", secret, t.api.privateTextUpdate(READER + 1, QUESTION).toString()).statusCode(),
          "stopping: Telegram keeps the update and delivers it after the restart");
      newsroom.slowGate.countDown();
      closer.join(10_000);
      assertFalse(closer.isAlive(), "close returns");
      assertEquals(1, t.messagesTo(READER).size(), "the reply in flight was finished before close returned");
      assertEquals(List.of(), t.messagesTo(READER + 1));
      assertEquals(List.of(), t.api.calls("deleteWebhook"));
    }
  }

  @Test
  void setWebhookRefused_stopsStartUp_namingTheUrl_notTheSecret() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      api.failNext("setWebhook", 1, 400, null);
      TelegramSettings settings = TestSettings.webhook(TestSettings.fast(api.url()), PUBLIC_URL, "127.0.0.1:0");
      WebhookSecret secret = WebhookSecret.fromEnvironment(Map.of(WebhookSecret.ENV, "known_secret_value"));
      FakeNewsroom newsroom = FakeNewsroom.standard();
      TelegramFrontEnd bot = new TelegramFrontEnd(settings, BotToken.of(FakeBotApi.TOKEN), secret,
          new Chat(newsroom, newsroom, settings.policy()));
      String message = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, bot::start).getMessage();
      assertTrue(message.contains("setWebhook") && message.contains(PUBLIC_URL) && message.contains("400"), message);
      assertFalse(message.contains("known_secret_value") || message.contains(FakeBotApi.TOKEN), message);
      assertTrue(bot.isClosing(), "what start had opened is closed again");
    }
  }
}

package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.chat.Refusal;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramSettingsTest {
  @TempDir Path bots;

  private TelegramSettings load(String yaml) throws IOException {
    Files.writeString(bots.resolve("telegram.yaml"), yaml);
    return TelegramSettings.load(bots, Map.of());
  }

  private String error(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> load(yaml)).getMessage();
  }

  @Test
  void bundledFile_documentsExactlyTheDefaults() {
    assertEquals(TelegramSettings.defaults(), TelegramSettings.load(Path.of("bots"), Map.of()));
  }

  @Test
  void missingFile_meansDefaults() {
    assertEquals(TelegramSettings.defaults(), TelegramSettings.load(bots, Map.of()));
  }

  @Test
  void keysOverrideDefaults_oneByOne() throws IOException {
    TelegramSettings s = load("limits:\n  per_user_per_minute: 3\ntexts:\n  refusals:\n    not_allowed: Private bot.\n");
    assertEquals(3, s.limits().perUserPerMinute());
    assertEquals(500, s.limits().maxQuestionChars(), "untouched keys keep their defaults");
    assertEquals("Private bot.", s.refusalText(Refusal.NOT_ALLOWED));
    assertTrue(s.refusalText(Refusal.RATE_LIMITED).contains("{seconds}"), "other refusal texts stay");
    assertEquals(Refusal.UNAVAILABLE.defaultText(), s.refusalText(Refusal.UNAVAILABLE));
    assertEquals(3, s.policy().perUserPerMinute());
  }

  @Test
  void unknownKey_namesTheKey() {
    String message = error("limits:\n  per_user_per_hour: 3\n");
    assertTrue(message.contains("unknown key 'limits.per_user_per_hour'"), message);
    assertTrue(message.contains("per_user_per_minute"), "lists the known keys: " + message);
  }

  @Test
  void unknownRefusal_namesTheKey() {
    String message = error("texts:\n  refusals:\n    too_loud: Shh\n");
    assertTrue(message.contains("texts.refusals.too_loud"), message);
  }

  @Test
  void wrongType_namesKeyAndValue() {
    String message = error("workers:\n  threads: many\n");
    assertTrue(message.contains("workers.threads") && message.contains("many"), message);
  }

  @Test
  void outOfRange_namesKeyAndValue() {
    String message = error("limits:\n  max_question_chars: 0\n");
    assertEquals(bots.resolve("telegram.yaml") + ": limits.max_question_chars must be between 1 and 4000, was 0", message);
  }

  @Test
  void unknownCommand_inMenu_isRefused() {
    String message = error("commands:\n  - command: weather\n    description: Weather\n");
    assertTrue(message.contains("commands[0].command 'weather' is not a command Lede knows"), message);
  }

  @Test
  void unknownPlaceholder_isRefused() {
    String message = error("texts:\n  about: \"{articles} articles, {pages} pages\"\n");
    assertTrue(message.contains("texts.about uses unknown placeholder {pages}"), message);
  }

  @Test
  void allowedChats_mustBeChatIds() {
    String message = error("limits:\n  allowed_chats: [\"@newsroom\"]\n");
    assertTrue(message.contains("limits.allowed_chats") && message.contains("@newsroom"), message);
  }

  @Test
  void apiUrl_fromEnvironment_overridesTheFile() throws IOException {
    Files.writeString(bots.resolve("telegram.yaml"), "api_url: http://10.0.0.1:8081\n");
    TelegramSettings s = TelegramSettings.load(bots, Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8082"));
    assertEquals(URI.create("http://127.0.0.1:8082"), s.apiUrl());
  }

  @Test
  void apiUrl_withPath_isRefused() {
    String message = error("api_url: https://example.org/telegram\n");
    assertTrue(message.contains("api_url must have no path") && message.contains("https://example.org/telegram"), message);
  }

  @Test
  void notYaml_saysSo() {
    String message = error("limits: [unclosed\n");
    assertTrue(message.contains("not readable YAML"), message);
  }
}

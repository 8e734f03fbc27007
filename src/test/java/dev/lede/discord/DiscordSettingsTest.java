package dev.lede.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordSettingsTest {
  @TempDir Path dir;

  private DiscordSettings read(String yaml, Map<String, String> env) throws Exception {
    Path file = dir.resolve("discord.yaml");
    Files.writeString(file, yaml);
    return DiscordSettings.read(file, env);
  }

  private String failure(String yaml) {
    return assertThrows(DiscordSettings.InvalidSettings.class, () -> read(yaml, Map.of())).getMessage();
  }

  @Test
  void bundledFile_holdsTheDefaults() throws Exception {
    assertEquals(DiscordSettings.defaults(), DiscordSettings.read(Path.of("bots/discord.yaml"), Map.of()));
  }

  @Test
  void missingFile_givesTheDefaults() throws Exception {
    DiscordSettings s = DiscordSettings.read(dir.resolve("absent.yaml"), Map.of());
    assertEquals(DiscordSettings.defaults(), s);
    assertEquals(Duration.ofMillis(1500), s.answerBudget());
    assertEquals("https://discord.com/api/v10/", s.apiUrl());
    assertEquals(1, s.shards());
  }

  @Test
  void values_areRead() throws Exception {
    DiscordSettings s = read("""
        commands: {guilds: ["123456789012345678"], descriptions: {ask: Ask away}}
        replies: {private: true, answer_budget_ms: 800}
        limits: {per_user_per_minute: 3, per_guild_per_minute: 30, max_question_chars: 200, allowed_guilds: [223456789012345678]}
        connection: {shards: 4, api_url: "http://127.0.0.1:9000/api/v10"}
        """, Map.of());
    assertEquals(List.of("123456789012345678"), s.commandGuilds());
    assertEquals("Ask away", s.descriptions().get("ask"));
    assertTrue(s.privateReplies());
    assertEquals(Duration.ofMillis(800), s.answerBudget());
    assertEquals(3, s.policy().perUserPerMinute());
    assertEquals(30, s.policy().perChatPerMinute());
    assertEquals(200, s.policy().maxQuestionChars());
    assertEquals(Set.of("223456789012345678"), s.policy().allowedChats());
    assertEquals(4, s.shards());
    assertEquals("http://127.0.0.1:9000/api/v10/", s.apiUrl(), "a trailing slash is added");
  }

  @Test
  void environment_overridesTheUrls() throws Exception {
    DiscordSettings s = read("connection: {api_url: 'https://proxy.example/api/v10/'}\n",
        Map.of("DISCORD_API_URL", "http://127.0.0.1:1/api/v10/", "DISCORD_GATEWAY_URL", "ws://127.0.0.1:2/"));
    assertEquals("http://127.0.0.1:1/api/v10/", s.apiUrl());
    assertEquals("ws://127.0.0.1:2/", s.gatewayUrl());
  }

  @Test
  void unknownKey_namesTheKey() {
    String m = failure("replies: {privat: true}\n");
    assertTrue(m.contains("unknown key 'replies.privat'"), m);
    assertTrue(m.contains("private"), "lists the known keys: " + m);
  }

  @Test
  void badNumber_namesKeyAndValue() {
    assertEquals(dir.resolve("discord.yaml") + ": limits.per_user_per_minute must be a whole number from 0 to 10000, was -1",
        failure("limits: {per_user_per_minute: -1}\n"));
    assertTrue(failure("replies: {answer_budget_ms: 5000}\n").contains("replies.answer_budget_ms"));
  }

  @Test
  void badGuildId_namesKeyAndValue() {
    String m = failure("commands: {guilds: [my-server]}\n");
    assertTrue(m.contains("commands.guilds") && m.contains("my-server"), m);
  }

  @Test
  void badUrl_namesTheCulprit() {
    assertTrue(failure("connection: {gateway_url: 'http://x.example/'}\n").contains("connection.gateway_url must be a ws or wss URL, was 'http://x.example/'"));
    String m = assertThrows(DiscordSettings.InvalidSettings.class,
        () -> read("", Map.of("DISCORD_API_URL", "ftp://x"))).getMessage();
    assertTrue(m.contains("environment variable DISCORD_API_URL"), m);
  }

  @Test
  void badYaml_saysSo() {
    assertTrue(failure("replies: [unclosed\n").contains("not valid YAML"));
    assertTrue(failure("replies: {private: maybe}\n").contains("replies.private must be true or false, was \"maybe\""));
  }

  @Test
  void fromEnvironment_withoutToken_isEmpty() {
    assertEquals(Optional.empty(), DiscordFrontEnd.fromEnvironment(dir, Map.of(), p -> {
      throw new AssertionError("no chat without a token");
    }));
  }

  @Test
  void fromEnvironment_badSettings_stopsStartWithTheMessage() throws Exception {
    Files.writeString(dir.resolve("discord.yaml"), "limits: {shards: 2}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DiscordFrontEnd.fromEnvironment(dir, Map.of("DISCORD_BOT_TOKEN", "secret-token-value"), p -> null));
    assertTrue(e.getMessage().contains("unknown key 'limits.shards'"), e.getMessage());
    assertTrue(!e.getMessage().contains("secret-token-value"));
  }
}

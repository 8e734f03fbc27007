package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.chat.Chat;
import dev.lede.config.LedeConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the real TelegramBots client long-polls {@link FakeBotApi} on 127.0.0.1 and answers
 * through the shared chat layer, from the bundled sample corpus or from {@link FakeNewsroom}.
 */
class TelegramFrontEndTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final long READER = 1001;
  private static final long GROUP = -100_555L;

  @TempDir static Path dataDir;
  private static Lede lede;

  @BeforeAll
  static void openSampleCorpus() {
    lede = Lede.open(LedeConfig.defaults(dataDir));
  }

  @AfterAll
  static void closeCore() {
    if (lede != null) lede.close();
  }

  private static BotUnderTest onSample() throws Exception {
    return BotUnderTest.start(lede::chat);
  }

  private static BotUnderTest onNewsroom(FakeNewsroom newsroom) throws Exception {
    return BotUnderTest.start(policy -> new Chat(newsroom, newsroom, policy));
  }

  @Test
  void privateQuestion_answeredFromTheSampleCorpus() throws Exception {
    try (BotUnderTest t = onSample()) {
      t.api.privateText(READER, "How many New Yorkers received removal orders?");
      FakeBotApi.Call reply = t.awaitMessageTo(READER);
      String html = reply.text();
      assertTrue(html.contains("250,000"), html);
      assertTrue(html.startsWith("<b>") && html.indexOf("</b>") > html.indexOf("250,000"), "short answer in bold: " + html);
      assertTrue(html.contains("received removal orders"), "the supporting sentence: " + html);
      assertTrue(html.contains("3 February 2025"), "the source's date: " + html);
      assertTrue("HTML".equalsIgnoreCase(reply.params().path("parse_mode").asText()));
      List<String> buttons = BotUnderTest.buttonData(reply);
      assertTrue(buttons.stream().anyMatch(d -> d.startsWith("up:")) && buttons.stream().anyMatch(d -> d.startsWith("down:")), buttons.toString());
      FakeBotApi.Call typing = t.api.awaitOne("sendChatAction", c -> c.chatId() == READER);
      assertTrue(typing.atNanos() < reply.atNanos(), "typing is shown while answering, before the reply");
    }
  }

  @Test
  void privateQuestion_theArticlesDoNotAnswer_declines() throws Exception {
    try (BotUnderTest t = onSample()) {
      t.api.privateText(READER, "What is the capital of Australia?");
      String html = t.awaitMessageTo(READER).text();
      assertTrue(html.contains(TelegramSettings.defaults().texts().declined().replace("'", "'")), html);
      assertFalse(html.contains("<b>"), "no short answer when declining: " + html);
    }
  }

  @Test
  void start_registersCommands_andGreetsWithAnExampleFromTheCorpus() throws Exception {
    try (BotUnderTest t = onSample()) {
      FakeBotApi.Call menu = t.api.awaitOne("setMyCommands", c -> true);
      List<String> names = menu.params().path("commands").findValuesAsText("command");
      assertEquals(List.of("ask", "search", "latest", "follow", "following", "unfollow", "about", "help"), names);
      assertEquals(1, t.api.calls("getMe").size());
      assertEquals(1, t.api.calls("deleteWebhook").size());

      t.api.privateText(READER, "/start");
      String html = t.awaitMessageTo(READER).text();
      String example = lede.chat(t.settings.policy()).exampleQuestion();
      assertTrue(html.contains(HtmlText.escape(example)), "example question " + example + " in " + html);
    }
  }

  @Test
  void searchLatestAboutHelp_fromTheSampleCorpus() throws Exception {
    try (BotUnderTest t = onSample()) {
      t.api.privateText(READER, "/search removal orders");
      String search = t.awaitMessageTo(READER).text();
      assertTrue(search.contains("Articles matching") && search.contains("3 February 2025"), search);
      t.api.privateText(READER + 1, "/latest");
      assertTrue(t.awaitMessageTo(READER + 1).text().contains("The latest articles"));
      t.api.privateText(READER + 2, "/about");
      String about = t.awaitMessageTo(READER + 2).text();
      assertTrue(about.contains("The archive holds 1 articles") && about.contains("3 February 2025"), about);
      t.api.privateText(READER + 3, "/help");
      String help = t.awaitMessageTo(READER + 3).text();
      assertTrue(help.contains("/search") && help.contains("/latest"), help);
    }
  }

  @Test
  void group_answersOnlyWhatIsAddressedToLede() throws Exception {
    try (BotUnderTest t = onSample()) {
      t.api.groupText(GROUP, 1, "Anyone seen the removal orders story? How many New Yorkers received removal orders?", false);
      t.api.groupText(GROUP, 2, "/ask@some_other_bot How many New Yorkers received removal orders?", false);
      t.api.groupText(GROUP, 3, "/weather", false);
      int mention = t.api.groupText(GROUP, 4, "@" + FakeBotApi.BOT_USERNAME + " how many New Yorkers received removal orders?", false);
      t.api.groupText(GROUP, 5, "/ask@" + FakeBotApi.BOT_USERNAME + " How many New Yorkers received removal orders?", false);
      t.api.groupText(GROUP, 6, "And how many New Yorkers received removal orders?", true);
      List<FakeBotApi.Call> replies = t.api.await("sendMessage", c -> c.chatId() == GROUP, 3, WAIT);
      t.bot.close();
      assertEquals(3, t.messagesTo(GROUP).size(), "chatter ignored, three addressed messages answered: " + t.api.summary());
      for (FakeBotApi.Call r : replies) {
        assertTrue(r.text().contains("250,000"), r.text());
        assertTrue(r.params().path("reply_parameters").path("message_id").asInt() > 0, "answers reply to the question in groups");
      }
      assertFalse(t.api.pending(mention), "handled updates are confirmed");
    }
  }

  @Test
  void inlineQuery_offersTheAnswer() throws Exception {
    try (BotUnderTest t = onSample()) {
      t.api.inlineQuery(READER, "ho");
      t.api.inlineQuery(READER, "How many New Yorkers received removal orders?");
      List<FakeBotApi.Call> answers = t.api.await("answerInlineQuery", c -> true, 2, WAIT);
      FakeBotApi.Call full = answers.stream().filter(c -> c.params().path("results").size() > 0).findFirst().orElseThrow();
      FakeBotApi.Call typing = answers.stream().filter(c -> c.params().path("results").isEmpty()).findFirst().orElseThrow();
      assertNotNull(typing, "a query still being typed gets no results");
      var results = full.params().path("results");
      assertTrue(results.size() >= 1 && results.size() <= 5);
      var first = results.get(0);
      assertEquals("article", first.path("type").asText());
      assertTrue(first.path("title").asText().contains("250,000"), first.toString());
      String message = first.path("input_message_content").path("message_text").asText();
      assertTrue(message.contains("received removal orders") && message.contains("3 February 2025"), message);
      assertTrue("HTML".equalsIgnoreCase(first.path("input_message_content").path("parse_mode").asText()));
    }
  }

  @Test
  void buttons_sourcesAndFeedback_everyPressAnswered() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    try (BotUnderTest t = onNewsroom(newsroom)) {
      t.api.privateText(READER, "What did the repairs cost?");
      FakeBotApi.Call reply = t.awaitMessageTo(READER);
      assertTrue(reply.text().contains("80 million"), reply.text());
      List<String> buttons = BotUnderTest.buttonData(reply);
      assertEquals(3, buttons.size(), "Sources, up, down: " + buttons);
      buttons.forEach(d -> assertTrue(d.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64));
      int messageId = reply.params().path("chat_id").asInt() == READER ? sentMessageId(t, reply) : -1;

      String src = buttons.stream().filter(d -> d.startsWith("src:")).findFirst().orElseThrow();
      t.api.callback(READER, READER, messageId, src);
      FakeBotApi.Call edit = t.api.awaitOne("editMessageText", c -> true);
      assertEquals(messageId, edit.params().path("message_id").asInt());
      assertTrue(edit.text().contains("Other articles") && edit.text().contains("Council reviews bridge spending"), edit.text());
      assertFalse(BotUnderTest.buttonData(edit).stream().anyMatch(d -> d.startsWith("src:")), "Sources shown: its button goes");

      t.api.callback(READER, READER, messageId, buttons.stream().filter(d -> d.startsWith("up:")).findFirst().orElseThrow());
      t.api.callback(READER, READER, messageId, "down:nosuchreply");
      t.api.callback(READER, READER, messageId, "not lede's data \u2603");
      List<FakeBotApi.Call> answered = t.api.await("answerCallbackQuery", c -> true, 4, WAIT);
      Map<String, Long> texts = answered.stream().collect(Collectors.groupingBy(c -> c.params().path("text").asText(""), Collectors.counting()));
      assertEquals(1L, texts.get(""), "Sources answered without a notice: " + texts);
      assertEquals(1L, texts.get("Thanks for the feedback!"), texts.toString());
      assertEquals(2L, texts.get("That answer has expired. Please ask again."), texts.toString());
    }
  }

  private static int sentMessageId(BotUnderTest t, FakeBotApi.Call reply) {
    // The fake numbers sent messages 1, 2, ... in order of sendMessage calls.
    return t.api.calls("sendMessage").indexOf(reply) + 1;
  }

  @Test
  void tooManyRequests_waitsRetryAfter_thenDelivers() throws Exception {
    try (BotUnderTest t = onSample()) {
      t.api.failNext("sendMessage", 1, 429, 1);
      t.api.privateText(READER, "How many New Yorkers received removal orders?");
      List<FakeBotApi.Call> tries = t.api.await("sendMessage", c -> c.chatId() == READER, 2, WAIT);
      long waitedMillis = (tries.get(1).atNanos() - tries.get(0).atNanos()) / 1_000_000;
      assertTrue(waitedMillis >= 950, "retry_after of 1 s honoured, waited " + waitedMillis + " ms");
      assertEquals(tries.get(0).text(), tries.get(1).text(), "the same reply is sent again");
      t.bot.close();
      assertEquals(2, t.messagesTo(READER).size());
    }
  }

  @Test
  void serverErrors_onPollAndSend_areRetried_andTheQuestionIsNotLost() throws Exception {
    try (BotUnderTest t = onSample()) {
      t.api.failNext("getUpdates", 3, 502, null);
      t.api.failNext("sendMessage", 3, 500, null);
      t.api.failNext("sendChatAction", 5, 500, null);
      t.api.privateText(READER, "How many New Yorkers received removal orders?");
      List<FakeBotApi.Call> tries = t.api.await("sendMessage", c -> c.chatId() == READER, 4, WAIT);
      assertTrue(tries.get(3).text().contains("250,000"));
      t.bot.close();
      assertEquals(4, t.messagesTo(READER).size(), "three failures, one success, no more");
    }
  }

  @Test
  void fiftyReadersAtOnce_eachAnsweredExactlyOnce() throws Exception {
    try (BotUnderTest t = onSample()) {
      for (int i = 0; i < 50; i++) t.api.privateText(20_000 + i, "How many New Yorkers received removal orders?");
      t.api.await("sendMessage", c -> c.chatId() >= 20_000, 50, Duration.ofSeconds(20));
      t.bot.close();
      Map<Long, Long> perChat = t.api.calls("sendMessage").stream()
          .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
      assertEquals(50, perChat.size());
      perChat.forEach((chat, n) -> assertEquals(1L, n, "chat " + chat + " answered " + n + " times"));
      t.api.calls("sendMessage").forEach(c -> assertTrue(c.text().contains("250,000")));
    }
  }

  @Test
  void hostileText_isEscaped_andLongRepliesAreSplit() throws Exception {
    String longSentence = "The harbour bridge <b>hostile</b> & \"quoted\" report " + "word & <i>more</i> ".repeat(280) + "ends here.";
    FakeNewsroom newsroom = new FakeNewsroom(List.of(
        new FakeNewsroom.Story("x", "Q&A: <script>alert(1)</script> harbour", LocalDate.of(2025, 5, 1),
            "https://news.example/q?a=1&b=2", List.of("The harbour bridge cost 5 dollars & <u>nothing</u> more.", longSentence))));
    try (BotUnderTest t = onNewsroom(newsroom)) {
      t.api.privateText(READER, "&lt;script&gt; harbour bridge cost dollars?");
      String html = t.awaitMessageTo(READER).text();
      String visible = TelegramHtml.visibleText(html);
      assertTrue(visible.contains("Q&A: <script>alert(1)</script> harbour"), visible);
      assertTrue(visible.contains("& <u>nothing</u> more"), visible);
      assertTrue(html.contains("href=\"https://news.example/q?a=1&amp;b=2\""), html);

      t.api.privateText(READER + 1, "harbour bridge hostile report word ends");
      t.api.await("sendMessage", c -> c.chatId() == READER + 1 && c.text().contains("ends here"), 1, WAIT);
      t.bot.close();
      List<FakeBotApi.Call> all = t.messagesTo(READER + 1);
      assertTrue(all.size() >= 2, "a reply over 4,096 characters comes in parts");
      String joined = all.stream().map(c -> TelegramHtml.visibleText(c.text())).collect(Collectors.joining(" "));
      assertTrue(joined.replaceAll("\\s+", " ").contains("<i>more</i> word & <i>more</i>"), "text survives the split");
      assertTrue(joined.contains("ends here."));
      all.forEach(c -> assertTrue(c.text().length() <= 4096));
      assertTrue(BotUnderTest.buttonData(all.getLast()).size() >= 2, "buttons on the last part");
      assertTrue(BotUnderTest.buttonData(all.getFirst()).isEmpty());
      assertTrue(all.size() <= 4, "parts are filled, not one per paragraph: " + all.size());
    }
  }

  @Test
  void fiveThousandCharacterQuestion_isRefusedWithAMessage() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    try (BotUnderTest t = onNewsroom(newsroom)) {
      t.api.privateText(READER, "<script>&amp;".repeat(385));
      String html = t.awaitMessageTo(READER).text();
      assertTrue(html.contains("too long") && html.contains("500"), html);
      assertEquals(0, newsroom.asked.get(), "the core never saw it");
    }
  }

  @Test
  void slowAnswer_doesNotHoldOtherChats_andShutdownFinishesIt() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    newsroom.slowGate = new CountDownLatch(1);
    try (BotUnderTest t = onNewsroom(newsroom)) {
      int slow = t.api.privateText(READER, "A slow question: what did the repairs cost?");
      assertTrue(newsroom.slowEntered.await(10, java.util.concurrent.TimeUnit.SECONDS));
      t.api.privateText(READER + 1, "How many readers signed the library petition?");
      assertTrue(t.awaitMessageTo(READER + 1).text().contains("3,000"));
      assertTrue(t.messagesTo(READER).isEmpty(), "the slow one is still being answered");

      Thread closer = new Thread(t.bot::close, "test-close");
      closer.start();
      FakeBotApi.awaitTrue("shutdown to begin", t.bot::isClosing, WAIT);
      newsroom.slowGate.countDown();
      closer.join(WAIT.toMillis());
      assertFalse(closer.isAlive(), "close returns");
      assertEquals(1, t.messagesTo(READER).size(), "the reply in flight was finished before close returned");
      assertTrue(t.messagesTo(READER).getFirst().text().contains("80 million"));
      FakeBotApi.Call last = t.api.calls("getUpdates").getLast();
      assertEquals(slow + 2, last.params().path("offset").asInt(), "handled updates confirmed on shutdown");
      assertEquals(0, last.params().path("timeout").asInt());
    }
  }

  @Test
  void oneFailingUpdate_neverStopsTheBot() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    try (BotUnderTest t = onNewsroom(newsroom)) {
      t.api.privateText(READER, "Why did the core explode?");
      t.api.privateSticker(READER + 1);
      t.api.privateText(READER + 2, "/frobnicate");
      t.api.push("edited_message", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("nonsense", true));
      t.api.privateText(READER + 3, "How many readers signed the library petition?");
      assertTrue(t.awaitMessageTo(READER).text().contains("Something went wrong"));
      assertTrue(t.awaitMessageTo(READER + 1).text().contains("only read text"));
      assertTrue(t.awaitMessageTo(READER + 2).text().contains("/help"));
      assertTrue(t.awaitMessageTo(READER + 3).text().contains("3,000"));
    }
  }

  @Test
  void rateLimit_isAnsweredWithSlowDown() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    try (BotUnderTest t = BotUnderTest.start(s -> TestSettings.withLimits(s, 2, List.of()),
        policy -> new Chat(newsroom, newsroom, policy))) {
      for (int i = 0; i < 3; i++) t.api.privateText(READER, "How many readers signed the library petition?");
      List<FakeBotApi.Call> replies = t.api.await("sendMessage", c -> c.chatId() == READER, 3, WAIT);
      long slowDowns = replies.stream().filter(c -> c.text().contains("slow down")).count();
      assertEquals(1, slowDowns, replies.stream().map(FakeBotApi.Call::text).toList().toString());
      assertEquals(2, newsroom.asked.get());
    }
  }

  @Test
  void allowList_admitsOnlyListedChats() throws Exception {
    FakeNewsroom newsroom = FakeNewsroom.standard();
    try (BotUnderTest t = BotUnderTest.start(s -> TestSettings.withLimits(s, 0, List.of(Long.toString(READER))),
        policy -> new Chat(newsroom, newsroom, policy))) {
      t.api.privateText(READER + 9, "How many readers signed the library petition?");
      t.api.privateText(READER, "How many readers signed the library petition?");
      assertTrue(t.awaitMessageTo(READER).text().contains("3,000"));
      assertTrue(t.awaitMessageTo(READER + 9).text().contains("not enabled in this chat"));
    }
  }

  @Test
  void wrongToken_stopsStartUp_withoutShowingIt() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      String other = "987654321:ANOTHER_token-abcdefghijklmnopqrstuv";
      TelegramFrontEnd bot = new TelegramFrontEnd(TestSettings.fast(api.url()), BotToken.of(other), lede.chat(TelegramSettings.defaults().policy()));
      IllegalStateException e = assertThrows(IllegalStateException.class, bot::start);
      assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN") && e.getMessage().contains("401"), e.getMessage());
      assertFalse(e.getMessage().contains(other));
      assertFalse(e.getMessage().contains("ANOTHER_token"));
    }
  }

  @Test
  void fromEnvironment_withoutToken_isEmpty_andWithOne_usesTheYamlPolicy(@TempDir Path bots) throws Exception {
    assertEquals(Optional.empty(), TelegramFrontEnd.fromEnvironment(bots, Map.of(), p -> { throw new AssertionError("no chat wanted"); }));
    java.nio.file.Files.writeString(bots.resolve("telegram.yaml"), "limits:\n  max_question_chars: 123\n  allowed_chats: [\"-42\"]\n");
    Map<String, String> env = new HashMap<>();
    env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
    env.put("TELEGRAM_API_URL", "http://127.0.0.1:9");
    var seen = new java.util.concurrent.atomic.AtomicReference<dev.lede.chat.ChatPolicy>();
    var frontEnd = TelegramFrontEnd.fromEnvironment(bots, env, p -> {
      seen.set(p);
      return lede.chat(p);
    });
    assertTrue(frontEnd.isPresent());
    assertEquals("telegram", frontEnd.get().name());
    assertEquals(123, seen.get().maxQuestionChars());
    assertEquals(Set.of("-42"), seen.get().allowedChats());
    frontEnd.get().close();

    env.put("TELEGRAM_BOT_TOKEN", "not a token but a secret 12345");
    var e = assertThrows(IllegalArgumentException.class, () -> TelegramFrontEnd.fromEnvironment(bots, env, lede::chat));
    assertFalse(e.getMessage().contains("secret 12345"), e.getMessage());
  }
}

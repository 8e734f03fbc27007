package dev.lede.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The real front end, long-polling a {@link FakeBotApi} it owns; closed after each test. */
final class BotUnderTest implements AutoCloseable {
  final FakeBotApi api;
  final TelegramFrontEnd bot;
  final TelegramSettings settings;

  private BotUnderTest(FakeBotApi api, TelegramSettings settings, Chat chat) {
    this.api = api;
    this.settings = settings;
    this.bot = new TelegramFrontEnd(settings, BotToken.of(FakeBotApi.TOKEN), chat);
  }

  static BotUnderTest start(Function<TelegramSettings, TelegramSettings> tweak, Function<ChatPolicy, Chat> chats) throws Exception {
    FakeBotApi api = new FakeBotApi();
    TelegramSettings settings = tweak.apply(TestSettings.fast(api.url()));
    BotUnderTest b = new BotUnderTest(api, settings, chats.apply(settings.policy()));
    b.bot.start();
    return b;
  }

  static BotUnderTest start(Function<ChatPolicy, Chat> chats) throws Exception {
    return start(s -> s, chats);
  }

  /** The sendMessage calls to a chat, in order. */
  List<FakeBotApi.Call> messagesTo(long chatId) {
    return api.calls("sendMessage").stream().filter(c -> c.chatId() == chatId).toList();
  }

  FakeBotApi.Call awaitMessageTo(long chatId) {
    return api.awaitOne("sendMessage", c -> c.chatId() == chatId);
  }

  /** Callback data of the buttons of a sent message. */
  static List<String> buttonData(FakeBotApi.Call call) {
    List<String> data = new ArrayList<>();
    for (JsonNode row : call.params().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) data.add(b.path("callback_data").asText());
    }
    return data;
  }

  @Override
  public void close() {
    try {
      bot.close();
    } finally {
      api.close();
    }
  }
}

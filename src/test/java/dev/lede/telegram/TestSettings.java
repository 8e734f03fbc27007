package dev.lede.telegram;

import java.net.URI;
import java.util.List;

/** Settings for tests: the stand-in server's URL and timings in milliseconds, not seconds. */
final class TestSettings {
  private TestSettings() {}

  static TelegramSettings fast(String apiUrl) {
    TelegramSettings d = TelegramSettings.defaults();
    TelegramSettings.Limits l = d.limits();
    return new TelegramSettings(URI.create(apiUrl),
        new TelegramSettings.Limits(l.maxQuestionChars(), 0, 0, List.of(), l.inlineResults(), l.inlineMinChars(), l.inlineCacheSeconds()),
        new TelegramSettings.Workers(8, 100),
        new TelegramSettings.Polling(1, 20, 200),
        new TelegramSettings.Sending(6, 20, 200, 5, 5),
        5, d.commands(), d.texts()).validated("test");
  }

  static TelegramSettings withLimits(TelegramSettings s, int perUserPerMinute, List<String> allowedChats) {
    TelegramSettings.Limits l = s.limits();
    return new TelegramSettings(s.apiUrl(),
        new TelegramSettings.Limits(l.maxQuestionChars(), perUserPerMinute, l.perChatPerMinute(), allowedChats,
            l.inlineResults(), l.inlineMinChars(), l.inlineCacheSeconds()),
        s.workers(), s.polling(), s.sending(), s.shutdownGraceSeconds(), s.commands(), s.texts()).validated("test");
  }

  static TelegramSettings withWorkers(TelegramSettings s, int threads) {
    return new TelegramSettings(s.apiUrl(), s.limits(), new TelegramSettings.Workers(threads, s.workers().queue()),
        s.polling(), s.sending(), s.shutdownGraceSeconds(), s.commands(), s.texts()).validated("test");
  }
}

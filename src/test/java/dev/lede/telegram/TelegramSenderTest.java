package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramSenderTest {
  private final TelegramClient client = mock(TelegramClient.class);
  private final List<Duration> pauses = new ArrayList<>();
  private final BotToken token = BotToken.of(FakeBotApi.TOKEN);
  private final TelegramSender sender = new TelegramSender(client, new TelegramSettings.Sending(4, 100, 400, 30, 5), token, pauses::add);
  private final User me = new User(1L, "Lede", true);

  private static TelegramApiRequestException apiError(String json) throws Exception {
    ApiResponse<?> response = new ObjectMapper().readValue(json, ApiResponse.class);
    return new TelegramApiRequestException("Error executing method", response);
  }

  @Test
  void badRequest_isNotRetried() throws Exception {
    when(client.execute(any(GetMe.class))).thenThrow(apiError("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"));
    var failure = assertThrows(TelegramSender.SendFailure.class, () -> sender.send(new GetMe(), "getMe"));
    assertEquals(400, failure.errorCode());
    assertTrue(failure.getMessage().contains("chat not found"), failure.getMessage());
    verify(client, times(1)).execute(any(GetMe.class));
  }

  @Test
  void serverErrorsAndNetworkErrors_backOffExponentially_thenSucceed() throws Exception {
    when(client.execute(any(GetMe.class)))
        .thenThrow(apiError("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}"))
        .thenThrow(new TelegramApiException("Unable to execute getme method", new java.io.IOException("connection reset")))
        .thenReturn(me);
    assertEquals(me, sender.send(new GetMe(), "getMe"));
    assertEquals(2, pauses.size());
    assertTrue(pauses.get(0).toMillis() >= 100 && pauses.get(0).toMillis() <= 110, pauses.toString());
    assertTrue(pauses.get(1).toMillis() >= 200 && pauses.get(1).toMillis() <= 220, pauses.toString());
  }

  @Test
  void tooManyRequests_waitsExactlyRetryAfter() throws Exception {
    when(client.execute(any(GetMe.class)))
        .thenThrow(apiError("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}"))
        .thenReturn(me);
    assertEquals(me, sender.send(new GetMe(), "getMe"));
    assertEquals(List.of(Duration.ofSeconds(7)), pauses);
  }

  @Test
  void retryAfterBeyondTheLimit_givesUp() throws Exception {
    when(client.execute(any(GetMe.class)))
        .thenThrow(apiError("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\",\"parameters\":{\"retry_after\":3600}}"));
    var failure = assertThrows(TelegramSender.SendFailure.class, () -> sender.send(new GetMe(), "getMe"));
    assertTrue(failure.getMessage().contains("3600") && failure.getMessage().contains("max_retry_after_seconds"), failure.getMessage());
    assertTrue(pauses.isEmpty());
  }

  @Test
  void givesUpAfterMaxAttempts_andNeverLogsTheToken() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    try {
      when(client.execute(any(GetMe.class))).thenThrow(new TelegramApiException("Unable to execute",
          new java.io.IOException("failed to connect to https://api.example/bot" + FakeBotApi.TOKEN + "/getMe")));
      var failure = assertThrows(TelegramSender.SendFailure.class, () -> sender.send(new GetMe(), "getMe"));
      verify(client, times(4)).execute(any(GetMe.class));
      assertFalse(failure.getMessage().contains(FakeBotApi.TOKEN), failure.getMessage());
      assertTrue(failure.getMessage().contains("<token>"), failure.getMessage());
      assertFalse(logs.list.isEmpty());
      for (ILoggingEvent e : logs.list) assertFalse(e.getFormattedMessage().contains(FakeBotApi.TOKEN), e.getFormattedMessage());
    } finally {
      root.detachAppender(logs);
    }
  }

  @Test
  void token_hidesItselfFromToString() {
    assertFalse(token.toString().contains("TEST_token"));
    assertFalse(String.valueOf(token).contains(FakeBotApi.TOKEN));
  }
}

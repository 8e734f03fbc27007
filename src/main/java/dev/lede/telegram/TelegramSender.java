package dev.lede.telegram;

import java.io.Serializable;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API and keeps trying when the failure is Telegram's or the network's: a 429 waits
 * the {@code retry_after} Telegram asks for, a 5xx or a network error backs off exponentially. A
 * 4xx other than 429 is the request's own fault and is not retried.
 */
final class TelegramSender {
  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  /** The call failed for good; the message names the method and Telegram's reason. */
  static final class SendFailure extends Exception {
    private final Integer errorCode;

    SendFailure(String message, Integer errorCode) {
      super(message);
      this.errorCode = errorCode;
    }

    /** Telegram's error code, or null for a network failure. */
    Integer errorCode() {
      return errorCode;
    }
  }

  /** Sleeps between tries; a seam so tests need not wait. */
  interface Pause {
    void sleep(Duration d) throws InterruptedException;
  }

  private final TelegramClient client;
  private final TelegramSettings.Sending settings;
  private final BotToken token;
  private final Pause pause;

  TelegramSender(TelegramClient client, TelegramSettings.Sending settings, BotToken token, Pause pause) {
    this.client = client;
    this.settings = settings;
    this.token = token;
    this.pause = pause;
  }

  TelegramSender(TelegramClient client, TelegramSettings.Sending settings, BotToken token) {
    this(client, settings, token, d -> Thread.sleep(d.toMillis()));
  }

  /** Sends, retrying as the class describes; {@code what} names the call in logs ("sendMessage to 42"). */
  <T extends Serializable> T send(BotApiMethod<T> method, String what) throws SendFailure {
    Backoff backoff = new Backoff(settings.retryInitialMillis(), settings.retryMaxMillis());
    String reason = "";
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        return client.execute(method);
      } catch (TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        reason = code == null ? token.redact(e.getMessage()) : code + " " + token.redact(e.getApiResponse());
        if (code != null && code == 429) {
          Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
          if (retryAfter != null && retryAfter > settings.maxRetryAfterSeconds()) {
            throw new SendFailure(what + " failed: Telegram asked to wait " + retryAfter + " s, more than sending.max_retry_after_seconds ("
                + settings.maxRetryAfterSeconds() + ")", code);
          }
          wait = retryAfter == null ? Duration.ofMillis(backoff.nextBackOffMillis()) : Duration.ofSeconds(retryAfter);
        } else if (code == null || code >= 500) {
          // No code means the reply was not Telegram's JSON (a proxy's error page): transient too.
          wait = Duration.ofMillis(backoff.nextBackOffMillis());
        } else {
          throw new SendFailure(what + " refused by Telegram: " + reason, code);
        }
      } catch (TelegramApiException e) {
        reason = "network: " + describe(e);
        wait = Duration.ofMillis(backoff.nextBackOffMillis());
      }
      if (attempt >= settings.maxAttempts()) {
        throw new SendFailure(what + " failed after " + attempt + " attempts, last: " + reason, null);
      }
      log.warn("{} failed ({}), try {} of {} in {} ms", what, reason, attempt + 1, settings.maxAttempts(), wait.toMillis());
      try {
        pause.sleep(wait);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new SendFailure(what + " interrupted while waiting to retry, last: " + reason, null);
      }
    }
  }

  /** One try, failures logged at debug: for chat actions, which are worthless once late. */
  void tryOnce(BotApiMethod<?> method, String what) {
    try {
      client.execute(method);
    } catch (TelegramApiException e) {
      log.debug("{} failed: {}", what, describe(e));
    }
  }

  private String describe(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null && s.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
      if (!s.isEmpty()) s.append(" <- ");
      s.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) s.append(": ").append(t.getMessage());
    }
    return token.redact(s.toString());
  }
}

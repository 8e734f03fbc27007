package dev.lede.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes polled updates off the polling thread: each update Lede handles runs on the bounded worker
 * pool, so a slow answer holds one worker and never another chat. When all workers are busy and
 * the queue is full, polling waits rather than dropping anything. A failing update is logged and
 * the others go on.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {
  private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final UpdateRouter router;
  private final MessageHandler messages;
  private final InlineHandler inline;
  private final ButtonHandler buttons;
  private final ExecutorService workers;
  private final Semaphore capacity;
  private final AtomicInteger firstRejected = new AtomicInteger(Integer.MAX_VALUE);

  UpdateDispatcher(UpdateRouter router, MessageHandler messages, InlineHandler inline, ButtonHandler buttons,
      ExecutorService workers, int capacity) {
    this.router = router;
    this.messages = messages;
    this.inline = inline;
    this.buttons = buttons;
    this.workers = workers;
    this.capacity = new Semaphore(capacity);
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      Incoming incoming;
      try {
        incoming = router.route(update);
      } catch (RuntimeException e) {
        log.error("Update {} could not be read, skipped: {}", update.getUpdateId(), e.toString(), e);
        continue;
      }
      if (incoming instanceof Incoming.Ignored ignored) {
        log.debug("Update {} ignored: {}", update.getUpdateId(), ignored.why());
        continue;
      }
      boolean permit = acquire();
      try {
        workers.execute(() -> {
          try {
            handle(incoming);
          } catch (Throwable e) { // one update must never stop the others, whatever it threw
            log.error("Update {} failed: {}", update.getUpdateId(), e.toString(), e);
          } finally {
            if (permit) capacity.release();
          }
        });
      } catch (RejectedExecutionException e) {
        if (permit) capacity.release();
        firstRejected.accumulateAndGet(update.getUpdateId(), Math::min);
        log.warn("Update {} not handled: shutting down (Telegram delivers it again on the next start)", update.getUpdateId());
      }
    }
  }

  /**
   * The getUpdates offset that confirms what was handed to the workers, given the last update
   * received: updates turned away at shutdown stay unconfirmed, so Telegram sends them again.
   */
  int confirmOffset(int lastReceived) {
    return Math.min(lastReceived + 1, firstRejected.get());
  }

  /** Waits for room; when interrupted (shutdown) the update still goes in, over the bound. */
  private boolean acquire() {
    try {
      capacity.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void handle(Incoming incoming) {
    switch (incoming) {
      case Incoming.ChatMessage m -> messages.handle(m);
      case Incoming.Unsupported u -> messages.unsupported(u);
      case Incoming.InlineAsk q -> inline.handle(q);
      case Incoming.ButtonPress b -> buttons.handle(b);
      case Incoming.Ignored i -> log.debug("ignored: {}", i.why());
    }
  }
}

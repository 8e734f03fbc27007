package dev.lede.discord;

import dev.lede.chat.Refusal;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction within Discord's three seconds. The answer runs on a worker; when it is
 * ready within the budget (a cached answer always is) it is the reply itself, otherwise the
 * interaction is deferred ("Lede is thinking…") and the original response edited once the answer
 * is ready. A failed edit is retried after a server error, and when it cannot be delivered the
 * asker gets an error message instead of silence.
 */
final class ReplyDelivery implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final Duration budget;
  private final List<Duration> editRetries;
  private final InFlight inFlight = new InFlight();
  private volatile boolean closed;

  ReplyDelivery(ExecutorService workers, ScheduledExecutorService timer, Duration budget, List<Duration> editRetries) {
    this.workers = workers;
    this.timer = timer;
    this.budget = budget;
    this.editRetries = List.copyOf(editRetries);
  }

  /**
   * Replies to the interaction with what {@code work} renders. {@code context} names the
   * interaction in logs (ids, never the token).
   */
  void deliver(IReplyCallback interaction, Supplier<EmbedReply.Rendered> work, boolean ephemeral, String context) {
    if (closed) {
      interaction.reply(Refusal.UNAVAILABLE.defaultText()).setEphemeral(true).queue(null, e -> failed(context, "refusal", e));
      return;
    }
    inFlight.enter();
    AtomicBoolean acknowledged = new AtomicBoolean();
    CompletableFuture<EmbedReply.Rendered> answer;
    try {
      answer = CompletableFuture.supplyAsync(work, workers);
    } catch (RejectedExecutionException e) {
      inFlight.leave();
      interaction.reply(Refusal.UNAVAILABLE.defaultText()).setEphemeral(true).queue(null, f -> failed(context, "refusal", f));
      return;
    }
    ScheduledFuture<?> deferral = timer.schedule(() -> {
      if (acknowledged.compareAndSet(false, true)) {
        log.debug("{}: answer not ready within {} ms, deferring", context, budget.toMillis());
        interaction.deferReply(ephemeral).queue(null, e -> failed(context, "deferral", e));
      }
    }, budget.toMillis(), TimeUnit.MILLISECONDS);
    answer.whenComplete((rendered, error) -> {
      if (error != null) {
        log.error("{}: answering failed: {}", context, error.toString(), error);
        rendered = new EmbedReply.Rendered(EmbedReply.text(Refusal.UNAVAILABLE.defaultText()), true);
      }
      if (acknowledged.compareAndSet(false, true)) {
        deferral.cancel(false);
        interaction.reply(rendered.message())
            .setEphemeral(ephemeral || rendered.alwaysPrivate())
            .queue(ok -> inFlight.leave(), e -> {
              // Unacknowledged, the interaction cannot be followed up: all that is left is the log.
              failed(context, "reply", e);
              inFlight.leave();
            });
      } else {
        edit(interaction.getHook(), rendered, 0, context);
      }
    });
  }

  private void edit(InteractionHook hook, EmbedReply.Rendered rendered, int attempt, String context) {
    hook.editOriginal(rendered.edit()).queue(ok -> inFlight.leave(), e -> {
      if (retryable(e) && attempt < editRetries.size() && !timer.isShutdown()) {
        Duration wait = editRetries.get(attempt);
        log.warn("{}: editing the reply failed ({}), retrying in {} ms", context, describe(e), wait.toMillis());
        timer.schedule(() -> edit(hook, rendered, attempt + 1, context), wait.toMillis(), TimeUnit.MILLISECONDS);
        return;
      }
      failed(context, "edit", e);
      tellAsker(hook, context);
    });
  }

  /** The answer could not be delivered: say so in a follow-up rather than leave "thinking…" forever. */
  private void tellAsker(InteractionHook hook, String context) {
    hook.sendMessage("Sorry, I had an answer but could not deliver it. Please ask again in a moment.")
        .setEphemeral(true)
        .queue(ok -> inFlight.leave(), e -> {
          failed(context, "error follow-up", e);
          inFlight.leave();
        });
  }

  private static boolean retryable(Throwable e) {
    if (e instanceof ErrorResponseException r) return r.getErrorCode() == -1 || r.getResponse() == null || r.getResponse().code >= 500;
    return e instanceof IOException || e.getCause() instanceof IOException;
  }

  private static String describe(Throwable e) {
    if (e instanceof ErrorResponseException r && r.getResponse() != null) return "HTTP " + r.getResponse().code + " " + r.getMeaning();
    return e.toString();
  }

  private static void failed(String context, String what, Throwable e) {
    log.error("{}: sending the {} to Discord failed: {}", context, what, describe(e));
  }

  /** Stops taking interactions and waits up to {@code patience} for replies in flight. */
  boolean drain(Duration patience) {
    closed = true;
    return inFlight.awaitNone(patience);
  }

  @Override
  public void close() {
    drain(Duration.ofSeconds(10));
  }

  /** Counts replies not yet delivered, so that shutdown can wait for them. */
  private static final class InFlight {
    private int count;

    synchronized void enter() {
      count++;
    }

    synchronized void leave() {
      count--;
      if (count <= 0) notifyAll();
    }

    synchronized boolean awaitNone(Duration patience) {
      long deadline = System.nanoTime() + patience.toNanos();
      while (count > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return false;
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }
}

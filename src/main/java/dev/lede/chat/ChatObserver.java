package dev.lede.chat;

import java.time.Duration;

/** Told of every request a {@link Chat} handled, for metrics. Must be quick and must not throw. */
@FunctionalInterface
public interface ChatObserver {
  ChatObserver NONE = (request, reply, took) -> {};

  void handled(ChatRequest request, Reply reply, Duration took);
}

package dev.lede.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * One chat following one topic.
 *
 * @param id the store's id; delivery records refer to it
 * @param platform "telegram", "discord"
 * @param chat where notifications go on that platform: a Telegram chat id, a Discord channel id
 */
public record Subscription(long id, String platform, String chat, Topic topic, Instant created) {
  public Subscription {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(created, "created");
  }
}

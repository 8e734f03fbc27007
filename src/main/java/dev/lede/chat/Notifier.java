package dev.lede.chat;

/** Posts notifications on one platform; each front end that takes /follow registers one with the {@link FollowDesk}. */
@FunctionalInterface
public interface Notifier {

  /**
   * Posts {@code n} in {@code chat} (a Telegram chat id, a Discord channel id), blocking until it
   * is sent or has failed for good.
   *
   * @throws RuntimeException when it could not be delivered; the message says why
   */
  void notify(String chat, Notification n);
}

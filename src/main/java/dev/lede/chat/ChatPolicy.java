package dev.lede.chat;

import java.util.Set;

/**
 * A front end's limits.
 *
 * @param maxQuestionChars longer questions are refused
 * @param perUserPerMinute requests one user may make a minute; 0 for no limit
 * @param perChatPerMinute requests one chat, channel or guild may make a minute; 0 for no limit
 * @param allowedChats chats Lede answers in; empty for all
 */
public record ChatPolicy(int maxQuestionChars, int perUserPerMinute, int perChatPerMinute, Set<String> allowedChats) {
  public ChatPolicy {
    if (maxQuestionChars < 1) throw new IllegalArgumentException("maxQuestionChars must be at least 1, was " + maxQuestionChars);
    if (perUserPerMinute < 0) throw new IllegalArgumentException("perUserPerMinute must not be negative, was " + perUserPerMinute);
    if (perChatPerMinute < 0) throw new IllegalArgumentException("perChatPerMinute must not be negative, was " + perChatPerMinute);
    allowedChats = Set.copyOf(allowedChats);
  }

  /** No rate limits, no allow-list, questions up to 1,000 characters. */
  public static ChatPolicy open() {
    return new ChatPolicy(1_000, 0, 0, Set.of());
  }
}

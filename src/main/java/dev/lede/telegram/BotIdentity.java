package dev.lede.telegram;

import java.util.Locale;

/** Who the bot is, from getMe: needed to tell its mentions, commands and messages from others'. */
record BotIdentity(long id, String username) {
  BotIdentity {
    if (username == null || username.isBlank()) throw new IllegalArgumentException("the bot has no username (getMe returned none)");
  }

  boolean isNamed(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
  }

  String mention() {
    return "@" + username;
  }
}

package dev.lede.discord;

import dev.lede.chat.Command;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** Lede's slash commands: their names, options and (configurable) descriptions. */
final class SlashCommands {
  static final String ASK = "ask";
  static final String SEARCH = "search";
  static final String LATEST = "latest";
  static final String ABOUT = "about";
  static final String STATS = "lede-stats";
  static final String FOLLOW = "follow";
  static final String FOLLOWING = "following";
  static final String UNFOLLOW = "unfollow";
  static final String QUESTION = "question";
  static final String WORDS = "words";
  static final String TOPIC = "topic";
  static final String PRIVATE = "private";

  private SlashCommands() {}

  /** The definitions Discord is given, in a fixed order so that their fingerprint is stable. */
  static List<SlashCommandData> definitions(Map<String, String> descriptions) {
    String privately = "Only you see the reply";
    return List.of(
        slash(ASK, descriptions)
            .addOption(OptionType.STRING, QUESTION, "Your question, e.g. How many people were arrested?", true, true)
            .addOption(OptionType.BOOLEAN, PRIVATE, privately, false),
        slash(SEARCH, descriptions)
            .addOption(OptionType.STRING, WORDS, "Words the articles should contain", true)
            .addOption(OptionType.BOOLEAN, PRIVATE, privately, false),
        slash(LATEST, descriptions)
            .addOption(OptionType.STRING, TOPIC, "Only articles on this topic", false)
            .addOption(OptionType.BOOLEAN, PRIVATE, privately, false),
        slash(ABOUT, descriptions)
            .addOption(OptionType.BOOLEAN, PRIVATE, privately, false),
        slash(STATS, descriptions)
            // Hidden from everyone but server managers unless an admin grants it in the server settings.
            .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER)),
        slash(FOLLOW, descriptions)
            .addOption(OptionType.STRING, TOPIC, "A few words, e.g. climate summit; articles with all of them are posted", true),
        slash(FOLLOWING, descriptions),
        slash(UNFOLLOW, descriptions)
            .addOption(OptionType.STRING, TOPIC, "The topic's words, or its number in /following", true));
  }

  private static SlashCommandData slash(String name, Map<String, String> descriptions) {
    return Commands.slash(name, descriptions.getOrDefault(name, DiscordSettings.DEFAULT_DESCRIPTIONS.get(name)))
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
        .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
  }

  /** The chat command a slash command stands for. */
  static Optional<Command> command(String name) {
    return switch (name) {
      case ASK -> Optional.of(Command.ASK);
      case SEARCH -> Optional.of(Command.SEARCH);
      case LATEST -> Optional.of(Command.LATEST);
      case ABOUT -> Optional.of(Command.ABOUT);
      case STATS -> Optional.of(Command.STATS);
      case FOLLOW -> Optional.of(Command.FOLLOW);
      case FOLLOWING -> Optional.of(Command.FOLLOWING);
      case UNFOLLOW -> Optional.of(Command.UNFOLLOW);
      default -> Optional.empty();
    };
  }

  /** The option that carries the command's text, or null. */
  static String textOption(Command command) {
    return switch (command) {
      case ASK -> QUESTION;
      case SEARCH -> WORDS;
      case LATEST, FOLLOW, UNFOLLOW -> TOPIC;
      default -> null;
    };
  }
}

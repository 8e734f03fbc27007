package dev.lede.discord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands globally or in the listed guilds, but only when they changed:
 * a fingerprint of the definitions is kept in the state folder, and Discord's own list is checked
 * too, so commands deleted by hand come back. Re-registering needlessly would be harmless but
 * Discord rate-limits it, and global changes take a while to spread.
 */
final class CommandRegistrar {
  private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

  private final List<SlashCommandData> definitions;
  private final Path stateDir;

  CommandRegistrar(List<SlashCommandData> definitions, Path stateDir) {
    this.definitions = List.copyOf(definitions);
    this.stateDir = stateDir;
  }

  /** What happened for one target, for logs and tests. */
  enum Outcome { REGISTERED, UNCHANGED, SKIPPED, FAILED }

  /** Global commands through any shard. */
  Outcome registerGlobally(JDA jda) {
    return register("global", jda::retrieveCommands, jda::updateCommands);
  }

  /** Guild commands (they appear at once); a guild the bot is not in is skipped with a warning. */
  Outcome registerInGuild(String guildId, Function<String, Guild> guilds) {
    Guild guild = guilds.apply(guildId);
    if (guild == null) {
      log.warn("Discord: commands.guilds lists guild {} but the bot is not a member of it; invite it first. Skipped.", guildId);
      return Outcome.SKIPPED;
    }
    return register("guild-" + guildId, guild::retrieveCommands, guild::updateCommands);
  }

  private Outcome register(String target, Supplier<RestAction<List<Command>>> current, Supplier<CommandListUpdateAction> update) {
    String fingerprint = fingerprint(target);
    Path file = stateDir.resolve("commands-" + target + ".sha256");
    try {
      String stored = Files.exists(file) ? Files.readString(file).strip() : "";
      if (stored.equals(fingerprint) && names(current.get().complete()).equals(ourNames())) {
        log.info("Discord: slash commands ({}) unchanged, not registering again", target);
        return Outcome.UNCHANGED;
      }
      List<Command> registered = update.get().addCommands(definitions).complete();
      log.info("Discord: registered {} slash commands ({})", registered.size(), target);
      Files.createDirectories(stateDir);
      Files.writeString(file, fingerprint + "\n");
      return Outcome.REGISTERED;
    } catch (IOException e) {
      log.warn("Discord: cannot keep the command fingerprint in {}: {}; commands will be registered again next start", file, e.toString());
      return Outcome.REGISTERED;
    } catch (RuntimeException e) {
      log.error("Discord: registering slash commands ({}) failed: {}; the commands registered before stay in use", target, e.toString());
      return Outcome.FAILED;
    }
  }

  private Set<String> ourNames() {
    return definitions.stream().map(CommandData::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(List<Command> commands) {
    return commands.stream().map(Command::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  String fingerprint(String target) {
    StringBuilder all = new StringBuilder(target);
    for (SlashCommandData d : definitions) all.append('\n').append(d.toData());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}

package dev.lede.discord;

import dev.lede.answer.Answer;
import dev.lede.chat.Chat;
import dev.lede.chat.ChatRequest;
import dev.lede.chat.Command;
import dev.lede.chat.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Discord events into chat requests: slash commands, /ask autocomplete, the answer buttons
 * and messages that mention the bot. Every handler is wrapped, so one failure is logged with its
 * context, the person is told, and the next event is handled as usual.
 */
final class InteractionListener extends ListenerAdapter {
  static final String PLATFORM = "discord";
  private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);
  private static final int CHOICES = 25;
  private static final int CHOICE_LENGTH = net.dv8tion.jda.api.interactions.commands.Command.Choice.MAX_NAME_LENGTH;

  private final Chat chat;
  private final ReplyDelivery delivery;
  private final ExecutorService workers;
  private final boolean privateByDefault;

  InteractionListener(Chat chat, ReplyDelivery delivery, ExecutorService workers, boolean privateByDefault) {
    this.chat = chat;
    this.delivery = delivery;
    this.workers = workers;
    this.privateByDefault = privateByDefault;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    guarded(event, "/" + event.getName(), () -> {
      Optional<Command> command = SlashCommands.command(event.getName());
      if (command.isEmpty()) {
        log.debug("{}: not one of Lede's commands, ignored", context(event, event.getName()));
        event.reply("I don't know that command. Try `/ask`.").setEphemeral(true).queue();
        return;
      }
      String option = SlashCommands.textOption(command.get());
      String argument = option == null ? "" : event.getOption(option, "", OptionMapping::getAsString);
      boolean ephemeral = event.getOption(SlashCommands.PRIVATE, privateByDefault, OptionMapping::getAsBoolean);
      // Limits and the allow-list count per guild; followed topics are posted in the channel they were followed in.
      String channel = event.getChannelIdLong() != 0 ? event.getChannelId() : where(event);
      ChatRequest request = new ChatRequest(PLATFORM, event.getUser().getId(), where(event), command.get(), argument, null, channel);
      delivery.deliver(event, () -> EmbedReply.render(chat.handle(request)), ephemeral, context(event, "/" + event.getName()));
    });
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    String context = context(event, "autocomplete /" + event.getName());
    try {
      if (!SlashCommands.ASK.equals(event.getName()) || !SlashCommands.QUESTION.equals(event.getFocusedOption().getName())) {
        event.replyChoices().queue();
        return;
      }
      String prefix = event.getFocusedOption().getValue();
      workers.execute(() -> {
        try {
          event.replyChoiceStrings(choices(chat.suggestions(prefix, CHOICES)))
              .queue(null, e -> log.warn("{}: sending suggestions failed: {}", context, e.toString()));
        } catch (RuntimeException e) {
          log.error("{}: suggestions failed: {}", context, e.toString(), e);
          event.replyChoices().queue(null, f -> {});
        }
      });
    } catch (RejectedExecutionException e) {
      event.replyChoices().queue(null, f -> {});
    } catch (RuntimeException e) {
      log.error("{}: failed: {}", context, e.toString(), e);
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    guarded(event, "button " + event.getComponentId(), () -> {
      String[] parts = event.getComponentId().split(":", 3);
      if (parts.length != 3 || !parts[0].equals("lede")) {
        log.debug("{}: not a Lede button, ignored", context(event, event.getComponentId()));
        event.deferEdit().queue();
        return;
      }
      String replyId = parts[2];
      switch (parts[1]) {
        case EmbedReply.SOURCES -> {
          Optional<Answer> answer = chat.answer(replyId);
          if (answer.isPresent()) event.reply(EmbedReply.sources(answer.get())).setEphemeral(true).queue();
          else event.reply("That answer is too old to show its sources. Please ask again.").setEphemeral(true).queue();
        }
        case EmbedReply.UP, EmbedReply.DOWN -> {
          boolean known = chat.feedback(PLATFORM, event.getUser().getId(), replyId, parts[1].equals(EmbedReply.UP));
          event.reply(known ? "Thanks for the feedback!" : "That answer is too old for feedback, but thank you.")
              .setEphemeral(true).queue();
        }
        default -> event.reply("That button no longer works. Please ask again.").setEphemeral(true).queue();
      }
    });
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    Message message = event.getMessage();
    User self = event.getJDA().getSelfUser();
    if (event.getAuthor().isBot() || event.isWebhookMessage()) return;
    if (!message.getMentions().isMentioned(self, Message.MentionType.USER)) return;
    String question = questionAfterMention(message.getContentRaw(), self.getId());
    String where = event.isFromGuild() ? event.getGuild().getId() : "dm:" + event.getAuthor().getId();
    String context = "message " + message.getId() + " from user " + event.getAuthor().getId() + " in " + where;
    ChatRequest request = new ChatRequest(PLATFORM, event.getAuthor().getId(), where, Command.ASK, question);
    try {
      workers.execute(() -> {
        EmbedReply.Rendered rendered;
        try {
          rendered = EmbedReply.render(chat.handle(request));
        } catch (RuntimeException e) {
          log.error("{}: answering failed: {}", context, e.toString(), e);
          rendered = new EmbedReply.Rendered(EmbedReply.text(Refusal.UNAVAILABLE.defaultText()), true);
        }
        message.reply(rendered.message()).mentionRepliedUser(false)
            .queue(null, e -> log.error("{}: replying failed: {}", context, e.toString()));
      });
    } catch (RejectedExecutionException e) {
      log.warn("{}: not answered, Lede is shutting down", context);
    }
  }

  private static final Pattern MENTION = Pattern.compile("<@!?(\\d+)>");

  /** The message without the bot's own mentions; other mentions stay, as they may be the subject. */
  static String questionAfterMention(String content, String selfId) {
    return MENTION.matcher(content).replaceAll(m -> m.group(1).equals(selfId) ? "" : m.group()).strip().replaceAll("\\s+", " ");
  }

  static List<String> choices(List<String> suggestions) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : suggestions) {
      String c = EmbedReply.cut(s.strip(), CHOICE_LENGTH);
      if (!c.isEmpty()) out.add(c);
      if (out.size() == CHOICES) break;
    }
    return new ArrayList<>(out);
  }

  /** Runs a handler; a failure is logged with its context and the person told, if they still can be. */
  private void guarded(IReplyCallback event, String what, Runnable handler) {
    try {
      handler.run();
    } catch (RuntimeException e) {
      String context = context(event, what);
      log.error("{}: failed: {}", context, e.toString(), e);
      try {
        if (event.isAcknowledged()) event.getHook().sendMessage(Refusal.UNAVAILABLE.defaultText()).setEphemeral(true).queue(null, f -> {});
        else event.reply(Refusal.UNAVAILABLE.defaultText()).setEphemeral(true).queue(null, f -> {});
      } catch (RuntimeException again) {
        log.error("{}: telling the user failed too: {}", context, again.toString());
      }
    }
  }

  private static String where(Interaction event) {
    return event.getGuild() != null ? event.getGuild().getId() : "dm:" + event.getUser().getId();
  }

  private static String context(Interaction event, String what) {
    return "Discord " + what + " (interaction " + event.getId() + ", user " + event.getUser().getId() + ", "
        + (event.getGuild() != null ? "guild " + event.getGuild().getId() : "direct message") + ")";
  }
}

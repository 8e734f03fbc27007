package dev.lede.discord;

import dev.lede.chat.Notification;
import dev.lede.chat.Notifier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Posts followed-topic notifications in Discord channels by REST. It addresses the channel by id
 * rather than through JDA's channel cache, which a light client may not hold (and never holds
 * for channels of guilds on other shards). JDA's requester handles Discord's rate limits.
 */
final class ChannelNotifier implements Notifier {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private final JDA jda;

  ChannelNotifier(JDA jda) {
    this.jda = jda;
  }

  @Override
  public void notify(String channel, Notification n) {
    if (channel == null || !channel.matches("\\d{1,20}")) {
      throw new IllegalArgumentException("'" + channel + "' is not a Discord channel id");
    }
    MessageCreateData message = EmbedReply.notification(n);
    RequestBody body = RequestBody.create(message.toData().toJson(), JSON);
    try {
      new RestActionImpl<Void>(jda, Route.Messages.SEND_MESSAGE.compile(channel), body).complete();
    } catch (ErrorResponseException e) {
      throw new IllegalStateException("Discord refused the message to channel " + channel + ": HTTP "
          + (e.getResponse() == null ? "?" : e.getResponse().code) + " " + e.getMeaning(), e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("sending to Discord channel " + channel + " failed: " + e, e);
    }
  }
}

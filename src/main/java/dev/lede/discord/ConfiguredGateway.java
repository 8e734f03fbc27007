package dev.lede.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Connects to the configured gateway URL (a proxy or a stand-in) instead of the one Discord
 * names. The shard count and identify concurrency still come from Discord's {@code /gateway/bot}.
 * Resumes go to the {@code resume_gateway_url} of READY, as Discord requires.
 */
final class ConfiguredGateway extends SessionControllerAdapter {
  private final String url;

  ConfiguredGateway(String url) {
    this.url = url;
  }

  @Override
  public String getGateway() {
    return url;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    ShardedGateway fromDiscord = super.getShardedGateway(api);
    return new ShardedGateway(url, fromDiscord.getShardTotal(), fromDiscord.getConcurrency());
  }
}

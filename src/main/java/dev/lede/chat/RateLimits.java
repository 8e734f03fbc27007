package dev.lede.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/** Token buckets per user and per chat; idle buckets are forgotten. */
final class RateLimits {
  private final int perUser;
  private final int perChat;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  RateLimits(int perUserPerMinute, int perChatPerMinute) {
    this.perUser = perUserPerMinute;
    this.perChat = perChatPerMinute;
  }

  /** Empty when the request may go ahead; otherwise how long to wait. */
  Optional<Duration> tryAcquire(String user, String chat) {
    Optional<Duration> wait = take("u:" + user, perUser);
    if (wait.isPresent()) return wait;
    return take("c:" + chat, perChat);
  }

  private Optional<Duration> take(String key, int perMinute) {
    if (perMinute == 0) return Optional.empty();
    Bucket bucket = buckets.get(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) return Optional.empty();
    return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}

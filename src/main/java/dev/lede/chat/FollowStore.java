package dev.lede.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where subscriptions and delivery records are kept so that they outlive the process. Every
 * method is one transaction; a failure is an unchecked exception naming the store.
 */
public interface FollowStore extends AutoCloseable {

  /** A notification of one article for one subscription. */
  record Delivery(long subscription, String articleId) {}

  /** Adds the subscription, or returns the one with the same words already there. */
  Subscription add(String platform, String chat, Topic topic, Instant created);

  /** The chat's subscriptions, oldest first. */
  List<Subscription> of(String platform, String chat);

  /** Every subscription, oldest first. */
  List<Subscription> all();

  /** Removes a subscription and its delivery records; false when it was not there. */
  boolean remove(long subscription);

  /**
   * Records the deliveries in one transaction and returns those that were not recorded before:
   * only these may be sent. A delivery whose subscription is gone is left out.
   */
  List<Delivery> record(Collection<Delivery> deliveries, Instant at);

  /** True when the delivery was recorded. */
  boolean delivered(Delivery delivery);

  @Override
  void close();
}

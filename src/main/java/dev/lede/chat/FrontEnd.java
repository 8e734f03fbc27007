package dev.lede.chat;

/** A chat platform Lede talks on (Telegram, Discord, HTTP). Started once, closed on shutdown. */
public interface FrontEnd extends AutoCloseable {

  /** "telegram", "discord", ... */
  String name();

  /** Connects and starts taking requests; returns once running. */
  void start() throws Exception;

  /** Stops taking requests, finishes replies in flight, then disconnects. */
  @Override
  void close();
}

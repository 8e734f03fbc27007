package dev.lede.config;

/** A setting is unknown or invalid; the message names the key and the value. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}

package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code watch:} and {@code feeds:} settings of config/lede.yaml. */
class FeedSettingsTest {
  @TempDir Path dir;

  private LedeConfig load(String yaml) throws IOException {
    return ConfigFile.load(Files.writeString(dir.resolve("lede.yaml"), yaml), dir);
  }

  private String rejected(String yaml) throws IOException {
    Path f = Files.writeString(dir.resolve("lede.yaml"), yaml);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(f, dir));
    assertTrue(e.getMessage().startsWith(f.toString()), "names the file: " + e.getMessage());
    return e.getMessage();
  }

  @Test
  void feeds_areReadWithTheirScheduleAndTheDefault() throws IOException {
    LedeConfig c = load("""
        feeds:
          - url: https://news.example.org/rss.xml
            every: 10m
          - url: http://wire.example.net/atom
        """);
    assertEquals(List.of(
        new Feed(URI.create("https://news.example.org/rss.xml"), Duration.ofMinutes(10)),
        new Feed(URI.create("http://wire.example.net/atom"), Feed.DEFAULT_EVERY)), c.feeds());
    assertEquals("news.example.org", c.feeds().get(0).host());
  }

  @Test
  void noFeedsAndNoWatchSection_keepTheDefaults() throws IOException {
    LedeConfig c = load("corpus: news\n");
    assertEquals(List.of(), c.feeds());
    assertEquals(LedeConfig.DEFAULT_RESCAN, c.rescanEvery());
  }

  @Test
  void rescanEvery_isRead() throws IOException {
    assertEquals(Duration.ofSeconds(20), load("watch:\n  rescan_every: 20s\n").rescanEvery());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      feeds: https://a.example.org/rss                       | feeds must be a list
      feeds: [https://a.example.org/rss]                     | feeds[0] must be a mapping
      feeds: [{url: https://a.example.org/rss, evry: 5m}]    | unknown setting 'feeds[0].evry'; known here: every, url
      feeds: [{every: 5m}]                                   | feeds[0].url is missing
      feeds: [{url: ftp://a.example.org/rss}]                | feeds[0]: feed url must start with http:// or https://, was ftp://a.example.org/rss
      feeds: [{url: 'http://'}]                              | feeds[0].url must be an http or https address
      feeds: [{url: 42}]                                     | feeds[0].url must be an http or https address, was 42
      feeds: [{url: https://a.example.org/rss, every: 5}]    | feeds[0].every must be a duration
      feeds: [{url: https://a.example.org/rss, every: 10s}]  | feeds[0].every must be at least 30s, was PT10S
      watch: {rescan_every: 500ms}                           | watch.rescan_every must be at least 1s
      watch: {rescan: 5s}                                    | unknown setting 'watch.rescan'
      """)
  void badFeedOrWatchSetting_namesTheKeyAndTheRule(String yaml, String message) throws IOException {
    String e = rejected(yaml + "\n");
    assertTrue(e.contains(message), "'" + e + "' should contain '" + message + "'");
  }

  @Test
  void bundledSettingsFile_loads() {
    LedeConfig c = ConfigFile.load(Path.of("config/lede.yaml"), dir);
    assertEquals(List.of(), c.feeds());
    assertEquals(Duration.ofSeconds(5), c.rescanEvery());
  }
}

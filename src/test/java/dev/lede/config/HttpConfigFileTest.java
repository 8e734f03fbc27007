package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpConfigFileTest {
  @TempDir Path dir;

  private LedeConfig load(String yaml) throws IOException {
    return ConfigFile.load(Files.writeString(dir.resolve("lede.yaml"), yaml), dir);
  }

  @Test
  void absentSection_givesTheDefaults() throws IOException {
    assertEquals(HttpConfig.defaults(), load("corpus: []\n").http());
    assertEquals("127.0.0.1", HttpConfig.defaults().host());
    assertEquals(8080, HttpConfig.defaults().port());
  }

  @Test
  void section_overridesEachKey() throws IOException {
    HttpConfig http = load("http:\n  enabled: false\n  host: 0.0.0.0\n  port: 0\n  per_client_per_minute: 5\n  max_question_chars: 80\n").http();
    assertEquals(new HttpConfig(false, "0.0.0.0", 0, 5, 80), http);
  }

  @Test
  void otherSettingsKeepTheHttpSection() throws IOException {
    LedeConfig c = load("http: {port: 9999}\n").withCacheSize(0).withDataDir(dir.resolve("d"));
    assertEquals(9999, c.http().port());
    assertTrue(c.http().enabled());
  }

  @Test
  void theShippedConfigFileLoads() {
    LedeConfig c = ConfigFile.load(Path.of("config/lede.yaml"), dir);
    assertEquals(HttpConfig.defaults(), c.http());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      http: {prot: 80}              | http.prot
      http: {port: 70000}           | http.port
      http: {port: -1}              | http.port
      http: {port: eighty}          | eighty
      http: {enabled: yes please}   | http.enabled
      http: {host: ''}              | http.host
      http: {per_client_per_minute: -3} | http.per_client_per_minute
      http: {max_question_chars: 0} | http.max_question_chars
      http: 8080                    | http
      """)
  void badValues_areRejectedByName(String yaml, String mentioned) throws IOException {
    Path f = Files.writeString(dir.resolve("lede.yaml"), yaml + "\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(f, dir));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(mentioned), "'" + e.getMessage() + "' should mention " + mentioned);
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
  }
}

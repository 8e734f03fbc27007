package dev.lede.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedeConfigTest {
  final Path data = Path.of("/tmp/lede-data");

  @Test
  void defaults_keepTheIndexInTheDataFolder() {
    LedeConfig c = LedeConfig.defaults(data);
    assertEquals(data.resolve("index"), c.indexDir());
    assertEquals(List.of(), c.corpus());
    assertTrue(c.cacheSize() > 0);
  }

  @Test
  void movingTheDataFolder_movesADefaultIndexWithIt() {
    LedeConfig c = LedeConfig.defaults(data).withDataDir(Path.of("/srv/lede"));
    assertEquals(Path.of("/srv/lede/index"), c.indexDir());
  }

  @Test
  void movingTheDataFolder_keepsAnIndexSetElsewhere() {
    LedeConfig c = LedeConfig.defaults(data).withIndexDir(Path.of("/fast/idx")).withDataDir(Path.of("/srv/lede"));
    assertEquals(Path.of("/fast/idx"), c.indexDir());
  }

  @Test
  void invalidValue_namesTheSettingKey() {
    ConfigException e = assertThrows(ConfigException.class, () -> LedeConfig.defaults(data).withDeclineBelow(1.5));
    assertTrue(e.getMessage().contains("answer.decline_below") && e.getMessage().contains("1.5"), e.getMessage());
  }
}

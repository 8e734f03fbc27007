package dev.lede.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ButtonDataTest {
  @Test
  void roundTrip_withinSixtyFourBytes() {
    for (ButtonData.Action a : ButtonData.Action.values()) {
      ButtonData data = new ButtonData(a, "abcdefghijklmnop");
      assertTrue(data.encode().getBytes(StandardCharsets.UTF_8).length <= 64);
      assertEquals(Optional.of(data), ButtonData.decode(data.encode()));
    }
    assertEquals("src:k2", new ButtonData(ButtonData.Action.SOURCES, "k2").encode());
  }

  @Test
  void foreignData_isEmpty() {
    assertEquals(Optional.empty(), ButtonData.decode(null));
    assertEquals(Optional.empty(), ButtonData.decode("src"));
    assertEquals(Optional.empty(), ButtonData.decode("del:abc"));
    assertEquals(Optional.empty(), ButtonData.decode("up:" + "x".repeat(17)));
    assertEquals(Optional.empty(), ButtonData.decode("up:<b>"));
  }

  @Test
  void replyId_mustBeShortAscii() {
    assertThrows(IllegalArgumentException.class, () -> new ButtonData(ButtonData.Action.HELPFUL, "\u00e9t\u00e9"));
  }
}

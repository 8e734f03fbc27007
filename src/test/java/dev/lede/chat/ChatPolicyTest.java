package dev.lede.chat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatPolicyTest {
  @Test
  void impossibleLimits_areRejectedWithTheirValue() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ChatPolicy(0, 0, 0, Set.of())).getMessage().contains("maxQuestionChars"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ChatPolicy(10, -1, 0, Set.of())).getMessage().contains("-1"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ChatPolicy(10, 0, -2, Set.of())).getMessage().contains("-2"));
  }

  @Test
  void refusals_haveTextForPeople() {
    for (Refusal r : Refusal.values()) assertTrue(!r.defaultText().isBlank(), r.name());
  }
}

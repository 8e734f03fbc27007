package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void answersAreGroupedByTenthsOfConfidence() {
    Calibration c = new Calibration();
    c.add(0.05, false, false);
    c.add(0.15, true, false);
    c.add(0.95, true, true);
    c.add(0.85, true, true);
    c.add(0.85, false, true);
    c.add(1.0, true, true); // the last group holds 1.0 too
    List<Calibration.Bin> bins = c.bins();
    assertEquals(4, bins.size());
    assertEquals(new Calibration.Bin(0.0, 0.1, 1, 0.05, 0.0, 0.0), bins.get(0));
    assertEquals(new Calibration.Bin(0.8, 0.9, 2, 0.85, 0.5, 1.0), bins.get(2));
    assertEquals(2, bins.get(3).questions());
    assertEquals(0.975, bins.get(3).meanConfidence(), 1e-12);
    // |0.05-0| + |0.15-1| + 2*|0.85-0.5| + 2*|0.975-1|, over 6
    assertEquals((0.05 + 0.85 + 0.7 + 0.05) / 6, c.error(), 1e-12);
  }

  @Test
  void noAnswers_noError() {
    assertNull(new Calibration().error());
    assertEquals(List.of(), new Calibration().bins());
  }
}

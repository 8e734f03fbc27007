package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeakHeapTest {

  @Test
  void peakBytes_seesAnAllocationAfterReset() {
    PeakHeap.reset();
    byte[] block = new byte[64 << 20];
    block[block.length - 1] = 1;
    long peak = PeakHeap.peakBytes();
    assertTrue(peak >= block.length, "peak " + peak);
  }
}

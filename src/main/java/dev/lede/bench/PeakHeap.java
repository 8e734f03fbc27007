package dev.lede.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use between two points of a run, from the JVM's own per-pool peak counters. The sum of
 * the pools' peaks is an upper bound of the true peak, since the pools need not peak together.
 */
public final class PeakHeap {
  private PeakHeap() {}

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** Starts a new phase: forgets the peaks so far. */
  public static void reset() {
    for (MemoryPoolMXBean pool : heapPools()) pool.resetPeakUsage();
  }

  /** Bytes: the sum of every heap pool's peak use since the last {@link #reset()}. */
  public static long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : heapPools()) sum += pool.getPeakUsage().getUsed();
    return sum;
  }

  /** Bytes in use after a full collection: what the phase keeps alive. */
  public static long liveBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

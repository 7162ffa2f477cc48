package dev.unifiedbadges.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap use, two ways:
 *
 * <ul>
 *   <li>{@link #peakBeforeGcBytes()}: the largest total heap in use just before a collection, from
 *       GC notifications (plus the heap in use now) — the live-plus-garbage high-water mark the JVM
 *       actually reached;
 *   <li>{@link #sumOfPoolPeaksBytes()}: the sum of every heap pool's own peak, from {@link
 *       MemoryPoolMXBean#getPeakUsage()} — an upper bound, since the pools peak at different times.
 * </ul>
 */
final class HeapWatch implements AutoCloseable {

  private final AtomicLong peakBeforeGc = new AtomicLong();
  private final List<Runnable> unregister = new ArrayList<>();

  HeapWatch() {
    NotificationListener listener =
        (notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (Map.Entry<String, MemoryUsage> e :
              info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (isHeapPool(e.getKey())) {
              used += e.getValue().getUsed();
            }
          }
          peakBeforeGc.accumulateAndGet(used, Math::max);
        };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unregister.add(
            () -> {
              try {
                emitter.removeNotificationListener(listener);
              } catch (Exception ignored) {
                // already gone
              }
            });
      }
    }
    reset();
  }

  private static boolean isHeapPool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  /** Starts a new measurement. */
  void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    peakBeforeGc.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  long peakBeforeGcBytes() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.max(peakBeforeGc.get(), now);
  }

  long sumOfPoolPeaksBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static long maxHeapBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    unregister.forEach(Runnable::run);
  }
}

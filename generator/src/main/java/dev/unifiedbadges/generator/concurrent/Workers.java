package dev.unifiedbadges.generator.concurrent;

import dev.unifiedbadges.tokens.format.FormatTask;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent tasks on the calling thread plus a few short-lived helper threads: the one
 * concurrency pattern of a run, which the formats reach through their context.
 */
public final class Workers {

  private Workers() {}

  /**
   * The thread count for work that is worth splitting: at most two, and never more than the cores.
   */
  public static int threadsFor(boolean worthSplitting) {
    return worthSplitting ? Math.min(2, Runtime.getRuntime().availableProcessors()) : 1;
  }

  /**
   * Runs every task once, on this thread and {@code threads - 1} daemon helpers that each take the
   * next task from the list when done with one, so the load balances whatever the tasks' sizes.
   * After a failure no further task starts; the helpers are always waited for (they may be writing
   * into something the caller cleans up next), even if this thread is interrupted, whose flag is
   * then restored. The first failure is rethrown as it was, later ones suppressed into it.
   */
  public static void run(List<? extends FormatTask> tasks, int threads, String name)
      throws IOException {
    if (threads <= 1 || tasks.size() <= 1) {
      for (FormatTask task : tasks) {
        task.run();
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          try {
            for (int i = next.getAndIncrement();
                i < tasks.size() && failure.get() == null;
                i = next.getAndIncrement()) {
              tasks.get(i).run();
            }
          } catch (IOException | RuntimeException | Error e) {
            if (!failure.compareAndSet(null, e) && failure.get() != e) {
              synchronized (failure) {
                failure.get().addSuppressed(e);
              }
            }
          }
        };
    int helpers = Math.min(threads, tasks.size()) - 1;
    Thread[] started = new Thread[helpers];
    for (int h = 0; h < helpers; h++) {
      started[h] = new Thread(worker, helpers == 1 ? name : name + "-" + (h + 1));
      started[h].setDaemon(true);
      started[h].start();
    }
    worker.run();
    for (Thread helper : started) {
      joinUninterruptibly(helper);
    }
    Throwable t = failure.get();
    if (t != null) {
      rethrow(t);
    }
  }

  /**
   * Throws a failure caught on another thread as it was: an I/O error, an unchecked exception or an
   * error; anything else (a checked exception a task cannot throw) wrapped unchecked.
   */
  public static void rethrow(Throwable t) throws IOException {
    if (t instanceof IOException io) {
      throw io;
    } else if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** Waits for the thread to end even if interrupted, then restores the interrupt flag. */
  public static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

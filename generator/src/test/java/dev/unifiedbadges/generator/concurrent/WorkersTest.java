package dev.unifiedbadges.generator.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.tokens.format.FormatTask;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {

  @Test
  void everyTaskRunsExactlyOnceOnTheCallerAndTheHelpers() throws IOException {
    int[] runs = new int[200];
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<FormatTask> tasks = new ArrayList<>();
    for (int i = 0; i < runs.length; i++) {
      int index = i;
      tasks.add(
          () -> {
            synchronized (runs) {
              runs[index]++;
            }
            threads.add(Thread.currentThread().getName());
            try {
              Thread.sleep(1); // long enough that no single thread takes every task
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    Workers.run(tasks, 3, "test-worker");
    for (int count : runs) {
      assertEquals(1, count);
    }
    assertTrue(
        threads.contains(Thread.currentThread().getName()), "the caller works too: " + threads);
    assertTrue(
        threads.stream()
            .allMatch(
                n -> n.equals(Thread.currentThread().getName()) || n.startsWith("test-worker")),
        threads.toString());
  }

  @Test
  void oneThreadRunsTheTasksInOrderOnTheCaller() throws IOException {
    List<Integer> order = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<FormatTask> tasks = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int index = i;
      tasks.add(
          () -> {
            assertSame(caller, Thread.currentThread());
            order.add(index);
          });
    }
    Workers.run(tasks, 1, "unused");
    assertEquals(List.of(0, 1, 2, 3, 4), order);
  }

  @Test
  void theFirstFailureIsRethrownAsItWasAndNoFurtherTaskStarts() {
    IOException boom = new IOException("disk full");
    AtomicInteger after = new AtomicInteger();
    CountDownLatch failed = new CountDownLatch(1);
    List<FormatTask> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          failed.countDown();
          throw boom;
        });
    for (int i = 0; i < 50; i++) {
      tasks.add(
          () -> {
            try {
              failed.await(5, TimeUnit.SECONDS);
              Thread.sleep(2);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            after.incrementAndGet();
          });
    }
    IOException thrown = assertThrows(IOException.class, () -> Workers.run(tasks, 2, "test-fail"));
    assertSame(boom, thrown);
    assertTrue(after.get() < 50, "tasks kept starting after the failure: " + after.get());
  }

  @Test
  void aSecondFailureIsSuppressedIntoTheFirst() {
    CountDownLatch both = new CountDownLatch(2);
    List<FormatTask> tasks =
        List.of(
            () -> {
              both.countDown();
              awaitQuietly(both);
              throw new IllegalStateException("one");
            },
            () -> {
              both.countDown();
              awaitQuietly(both);
              throw new IllegalStateException("two");
            });
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> Workers.run(tasks, 2, "test-two"));
    assertEquals(1, thrown.getSuppressed().length);
    assertTrue(Set.of("one", "two").contains(thrown.getSuppressed()[0].getMessage()));
  }

  @Test
  void anInterruptedCallerStillWaitsForItsHelpersAndKeepsTheFlag() throws IOException {
    AtomicBoolean helperDone = new AtomicBoolean();
    CountDownLatch helperStarted = new CountDownLatch(1);
    Thread caller = Thread.currentThread();
    // Whichever thread takes which task: the caller gets interrupted while the helper is still
    // busy.
    FormatTask task =
        () -> {
          if (Thread.currentThread() == caller) {
            awaitQuietly(helperStarted);
            caller.interrupt();
          } else {
            helperStarted.countDown();
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            while (System.nanoTime() < end) {
              Thread.onSpinWait();
            }
            helperDone.set(true);
          }
        };
    List<FormatTask> tasks = List.of(task, task);
    try {
      Workers.run(tasks, 2, "test-interrupt");
      assertTrue(helperDone.get(), "returned before the helper ended");
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag was lost");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void rethrowKeepsIoErrorsUncheckedExceptionsAndErrorsAsTheyWereAndWrapsTheRest() {
    IOException io = new IOException("io");
    IllegalArgumentException unchecked = new IllegalArgumentException("arg");
    AssertionError error = new AssertionError("err");
    assertSame(io, assertThrows(IOException.class, () -> Workers.rethrow(io)));
    assertSame(
        unchecked, assertThrows(IllegalArgumentException.class, () -> Workers.rethrow(unchecked)));
    assertSame(error, assertThrows(AssertionError.class, () -> Workers.rethrow(error)));
    Exception checked = new Exception("checked");
    assertSame(
        checked,
        assertThrows(IllegalStateException.class, () -> Workers.rethrow(checked)).getCause());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

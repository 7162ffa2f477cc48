package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.testing.CatalogFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs into one output directory at once, with different catalogs A and B, in two threads of
 * one JVM and in two JVMs: both succeed, and the directory ends as exactly one run's complete
 * output (A's tree or B's tree, byte for byte, never a mix), with no temporary directory left.
 */
class ConcurrencyTest {

  private static final int THREAD_ROUNDS = 4;
  private static final int FORK_ROUNDS = 3;

  @TempDir static Path work;

  private static Path defsA;
  private static Path defsB;
  private static SortedMap<String, String> treeA;
  private static SortedMap<String, String> treeB;

  @BeforeAll
  static void expectedTrees() throws Exception {
    defsA = CatalogFiles.writeSmall(work.resolve("defs-a"), "A");
    // B differs in every file and has more domain pages, so a mix of the two is visible.
    defsB = DeterminismTest.writeLayout(work.resolve("defs-b"), DeterminismTest.SPLIT, false);
    Path a = work.resolve("expected-a/badges");
    Path b = work.resolve("expected-b/badges");
    new Generator().generate(GenerationRequest.of(defsA, a));
    new Generator().generate(GenerationRequest.of(defsB, b));
    treeA = Trees.snapshot(a);
    treeB = Trees.snapshot(b);
    assertFalse(treeA.keySet().equals(treeB.keySet()), "A and B have different file lists");
  }

  @Test
  void twoThreadsGeneratingIntoOneDirectoryLeaveExactlyOneCompleteOutput() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < THREAD_ROUNDS; round++) {
        // Odd rounds start from an existing output, even ones from nothing.
        Path out =
            work.resolve("threads/" + (round % 2 == 0 ? "fresh" + round : "shared") + "/badges");
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> runs = new ArrayList<>();
        for (Path defs : List.of(defsA, defsB)) {
          runs.add(
              pool.submit(
                  () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return new Generator().generate(GenerationRequest.of(defs, out));
                  }));
        }
        for (Future<?> run : runs) {
          run.get(120, TimeUnit.SECONDS); // both succeed
        }
        assertOneOf(out, "round " + round + " (threads)");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoJvmsGeneratingIntoOneDirectoryLeaveExactlyOneCompleteOutput() throws Exception {
    Path out = work.resolve("jvms/badges");
    Path go = work.resolve("jvms-go");
    List<Forks.Fork> forks = new ArrayList<>();
    for (Path defs : List.of(defsA, defsB)) {
      forks.add(
          Forks.start(
              work.resolve("logs"),
              Forks.QUICK,
              "race",
              defs.toString(),
              out.toString(),
              String.valueOf(FORK_ROUNDS),
              go.toString()));
    }
    // Start both at the same moment, once both JVMs are up.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (readyCount(go) < 2) {
      for (Forks.Fork f : forks) {
        if (!f.process.isAlive()) {
          fail("a racer exited early: " + f.describe());
        }
      }
      if (System.nanoTime() > deadline) {
        fail("the racers did not start");
      }
      Thread.sleep(5);
    }
    Files.createFile(go);
    for (Forks.Fork f : forks) {
      String stdout = f.awaitSuccess(300);
      assertEquals(FORK_ROUNDS, stdout.lines().filter(l -> l.startsWith("round ")).count(), stdout);
    }
    assertOneOf(out, "two JVMs");
  }

  private static long readyCount(Path go) throws Exception {
    try (Stream<Path> list = Files.list(go.getParent())) {
      return list.filter(
              p ->
                  p.getFileName().toString().startsWith(go.getFileName() + ".")
                      && p.toString().endsWith(".ready"))
          .count();
    }
  }

  private static void assertOneOf(Path out, String what) {
    SortedMap<String, String> tree = Trees.snapshot(out);
    if (!tree.equals(treeA) && !tree.equals(treeB)) {
      fail(
          what
              + ": the output is neither A's nor B's complete tree\nversus A:\n"
              + Trees.diff(treeA, tree)
              + "\nversus B:\n"
              + Trees.diff(treeB, tree));
    }
    Trees.assertNoLeftovers(out);
    assertTrue(tree.containsKey(".unified-badges"), what + ": marker present");
  }
}

package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.generator.output.OutputWriter;
import dev.unifiedbadges.generator.output.WriteResult;
import dev.unifiedbadges.testing.CatalogFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation that fails half-way leaves the old output as it was: the writer is fed a file map
 * that throws at every possible point in turn (while the paths are checked, while they are compared
 * with the old output, while the new tree is staged), with unchecked exceptions, an undeclared
 * {@link IOException} (a full disk) and an {@link Error}.
 */
class AtomicityTest {

  @TempDir static Path shared;
  @TempDir Path work;

  /** Catalog A's output, copied into each test's {@code out} as the old output. */
  private static Path template;

  private static SortedMap<String, String> oldTree;
  private static SortedMap<String, byte[]> newFiles;
  private static SortedMap<String, String> newTree;
  private static Path defsB;

  private Path out;

  @BeforeAll
  static void oldAndNewOutputs() throws Exception {
    template = shared.resolve("a-output").resolve("badges");
    new Generator()
        .generate(
            GenerationRequest.of(CatalogFiles.writeSmall(shared.resolve("a"), "A"), template));
    oldTree = Trees.snapshot(template);

    defsB = CatalogFiles.writeSmall(shared.resolve("b"), "B");
    Path b = shared.resolve("b-output").resolve("badges");
    new Generator().generate(GenerationRequest.of(defsB, b));
    newTree = Trees.snapshot(b);
    newFiles = readFiles(b);
    newFiles.remove(OutputWriter.MARKER);
    assertFalse(oldTree.equals(newTree), "catalogs A and B give different outputs");
  }

  @BeforeEach
  void oldOutput() throws IOException {
    out = work.resolve("target").resolve("badges");
    Trees.copy(template, out);
    Trees.assertSame(oldTree, Trees.snapshot(out), "the copied old output");
  }

  @Test
  void aFileMapThatFailsAtAnyAccessLeavesTheOldOutputByteIdenticalAndNoTemporaryDirectories()
      throws Exception {
    long accesses = countAccesses(true);
    assertTrue(
        accesses > 2L * newFiles.size(),
        "the writer reads each file's bytes at least twice: " + accesses);

    List<Supplier<Throwable>> failures =
        List.of(
            () -> new IllegalStateException("injected: exporter failed"),
            () -> new IOException("injected: No space left on device"),
            () -> new OutOfMemoryError("injected: Java heap space"));
    for (long failAt = 1; failAt <= accesses; failAt++) {
      Supplier<Throwable> failure = failures.get((int) (failAt % failures.size()));
      Throwable expected = failure.get();
      Throwable thrown = null;
      try {
        OutputWriter.write(out, new FaultyFiles(newFiles, failAt, () -> expected));
      } catch (Throwable t) {
        thrown = t;
      }
      assertNotNull(
          thrown,
          "access " + failAt + " of " + accesses + " failed, yet the write reported success");
      assertTrue(
          causedBy(thrown, expected),
          "access " + failAt + ": the injected " + expected + " must propagate, got " + thrown);
      Trees.assertSame(
          oldTree, Trees.snapshot(out), "after a failure at access " + failAt + " of " + accesses);
      Trees.assertNoLeftovers(out);
    }

    // And the same files, without a fault, replace the old output completely.
    WriteResult result = OutputWriter.write(out, newFiles);
    assertFalse(result.upToDate());
    Trees.assertSame(newTree, Trees.snapshot(out), "after the successful write");
    Trees.assertNoLeftovers(out);
  }

  @Test
  void aFirstGenerationThatFailsHalfWayCreatesNoOutputDirectoryAndNoTemporaryDirectories()
      throws Exception {
    Path fresh = work.resolve("fresh").resolve("badges");
    long accesses = countAccesses(false);
    for (long failAt : new long[] {1, accesses / 2, accesses - 1, accesses}) {
      RuntimeException injected = new IllegalStateException("injected at " + failAt);
      Throwable thrown = null;
      try {
        OutputWriter.write(fresh, new FaultyFiles(newFiles, failAt, () -> injected));
      } catch (Throwable t) {
        thrown = t;
      }
      assertNotNull(thrown, "failure at access " + failAt);
      assertFalse(
          Files.exists(fresh),
          "a failed first run leaves no output directory (failure at " + failAt + ")");
      Trees.assertNoLeftovers(fresh);
    }
  }

  @Test
  void aGeneratorRunThatFailsWhileWritingTheSiteLeavesTheOldOutputIntact() throws Exception {
    // A domain whose page name is longer than any file system allows (255 bytes): the run gets
    // past loading and rendering and fails while it writes the new tree.
    String longName = "a".repeat(300);
    Path defs = work.resolve("long");
    CatalogFiles.write(
        defs,
        "long.badges.yaml",
        "domains:\n  "
            + longName
            + ":\n    values:\n      queued: { label: Queued, tone: neutral, icon: clock }\n");
    Throwable thrown = null;
    try {
      new Generator().generate(GenerationRequest.of(defs, out));
    } catch (Throwable t) {
      thrown = t;
    }
    assertNotNull(thrown, "a 300-character page name cannot be written");
    Trees.assertSame(oldTree, Trees.snapshot(out), "after the failed run (" + thrown + ")");
    Trees.assertNoLeftovers(out);
  }

  @Test
  void aRunKilledWhileStagingLeavesTheOldOutputIntact() throws Exception {
    // out already holds catalog A's output.
    List<String> leftovers = KilledRun.killWhileStaging(work);
    Trees.assertSame(
        oldTree, Trees.snapshot(out), "after the killed run (leftovers " + leftovers + ")");
    // The next run replaces the old output as usual.
    new Generator().generate(GenerationRequest.of(defsB, out));
    Trees.assertSame(newTree, Trees.snapshot(out), "the run after the killed one");
  }

  /**
   * How many accesses a successful write of the new files makes, over the old output or into a new
   * directory.
   */
  private long countAccesses(boolean overOldOutput) throws IOException {
    Path measure = work.resolve("measure-" + System.nanoTime()).resolve("badges");
    if (overOldOutput) {
      Trees.copy(out, measure);
    }
    FaultyFiles counting = FaultyFiles.counting(newFiles);
    OutputWriter.write(measure, counting);
    Map<String, String> written = Trees.snapshot(measure);
    assertEquals(newTree, written, "the counting map writes exactly the new output");
    return counting.accesses();
  }

  private static boolean causedBy(Throwable thrown, Throwable expected) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t == expected) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (s == expected) {
          return true;
        }
      }
    }
    return false;
  }

  static SortedMap<String, byte[]> readFiles(Path root) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(paths::add);
    }
    for (Path p : paths) {
      files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
    }
    return files;
  }
}

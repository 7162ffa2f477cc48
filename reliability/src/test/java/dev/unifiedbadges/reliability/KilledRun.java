package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.testing.CatalogFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A generation killed with SIGKILL while it stages its new tree (a CI timeout, an out-of-memory
 * kill): starts a JVM generating a 3,000-pairing catalog into {@code out} and kills it as soon as
 * its staging directory has files in it.
 */
final class KilledRun {

  private KilledRun() {}

  /** Returns the leftovers next to {@code out} right after the kill. */
  static List<String> killWhileStaging(Path work) throws IOException, InterruptedException {
    Path defs = work.resolve("killed-defs");
    CatalogFiles.writeLarge(defs, 150, 20, 150);
    Path out = work.resolve("out/badges");
    Forks.Fork fork =
        Forks.start(work.resolve("logs"), Forks.QUICK, "generate", defs.toString(), out.toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    Path staging = null;
    while (staging == null && fork.process.isAlive() && System.nanoTime() < deadline) {
      for (String name : Trees.leftovers(out)) {
        if (name.contains(".tmp-")) {
          Path candidate = out.getParent().resolve(name);
          if (Files.isRegularFile(candidate.resolve("css/badges.css"))) {
            staging = candidate;
          }
        }
      }
      Thread.sleep(1);
    }
    fork.process.destroyForcibly(); // SIGKILL: no finally block runs
    fork.process.waitFor(30, TimeUnit.SECONDS);
    Assumptions.assumeTrue(
        staging != null, "the run finished before it could be killed while staging");
    try (Stream<Path> files = Files.walk(staging)) {
      assertTrue(
          files.anyMatch(Files::isRegularFile), "killed after the staging directory got files");
    }
    return Trees.leftovers(out);
  }
}

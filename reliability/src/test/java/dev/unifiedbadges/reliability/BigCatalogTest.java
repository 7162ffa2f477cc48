package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-pairing catalog (5,000 domains × 20 values, in files of 500 domains, each well under
 * the 8 MiB limit, lint-clean) generates every format in a JVM limited to a 512 MB heap. No timing
 * is asserted: bench/ measures speed.
 *
 * <p>Named to sort second: surefire runs the classes alphabetically in two JVMs, so this one starts
 * at once and the rest run beside its forked JVM, which takes most of a minute.
 *
 * <p>The generator streams every file into the staging directory as it is produced; when it held
 * the whole output in memory (about 540 MB of arrays at this size) this test failed with
 * OutOfMemoryError.
 */
class BigCatalogTest {

  static final int DOMAINS = 5_000;
  static final int VALUES = 20;
  static final int DOMAINS_PER_FILE = 500;

  /** The heap the forked JVM gets; {@code -Dreliability.bigHeap=1g} checks the rest of the test. */
  static final String HEAP = System.getProperty("reliability.bigHeap", "512m");

  @TempDir Path work;

  @Test
  void aHundredThousandPairingCatalogGeneratesEveryFormatWithinA512MbHeap() throws Exception {
    Forks.Fork fork =
        Forks.start(
            work.resolve("logs"),
            // C1 only and the parallel collector: the run takes a third of the time, and a heap
            // that is
            // too small fails fast ("GC overhead limit exceeded") instead of thrashing for a
            // minute.
            List.of("-Xmx" + HEAP, "-Xms64m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"),
            "large",
            work.toString(),
            String.valueOf(DOMAINS),
            String.valueOf(VALUES),
            String.valueOf(DOMAINS_PER_FILE));
    String stdout = fork.awaitSuccess(600);
    assertTrue(stdout.contains("pairings=100000 domains=5000"), stdout);

    Path out = work.resolve("out");
    for (String file :
        List.of(
            "css/badges.css",
            "css/badges.min.css",
            "tokens/badges.light.tokens.json",
            "tokens/badges.dark.tokens.json",
            "tokens/badges.resolver.json",
            "js/badges.js",
            "js/badges.d.ts",
            "site/index.html",
            "site/search-index.js",
            ".unified-badges")) {
      assertTrue(
          Files.isRegularFile(out.resolve(file)) && Files.size(out.resolve(file)) > 0,
          file + " exists");
    }
    try (Stream<Path> pages = Files.list(out.resolve("site/domains"))) {
      assertEquals(DOMAINS, pages.count(), "one page per domain");
    }
    Trees.assertNoLeftovers(out);
  }
}

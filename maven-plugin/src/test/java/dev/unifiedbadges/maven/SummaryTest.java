package dev.unifiedbadges.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.generator.output.WriteResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SummaryTest {

  private static final Path OUT = Path.of("/p/target/badges");
  private static final Path INDEX = OUT.resolve("site/index.html");

  @Test
  void aRunThatWrites() {
    assertEquals(
        "Badges: 11 domains, 47 pairings; 23 files written, 0 unchanged in 180 ms; catalog: /p/target/badges/site/index.html",
        Summary.generate(11, 47, new WriteResult(23, 0, 0), 180, INDEX, OUT));
  }

  @Test
  void aRunThatRemovesFilesSaysSo() {
    assertEquals(
        "Badges: 1 domain, 1 pairing; 1 file written, 3 unchanged, 2 removed in 5 ms; output: /p/target/badges",
        Summary.generate(1, 1, new WriteResult(1, 3, 2), 5, null, OUT));
  }

  @Test
  void anUnchangedRerun() {
    assertEquals(
        "Badges: up to date (11 domains, 47 pairings, 23 files unchanged); catalog: /p/target/badges/site/index.html",
        Summary.generate(11, 47, new WriteResult(0, 23, 0), 9, INDEX, OUT));
  }

  @Test
  void check() {
    assertEquals("Badges check: 11 domains, 47 pairings, 0 warnings", Summary.check(11, 47, 0));
    assertEquals("Badges check: 1 domain, 2 pairings, 1 warning", Summary.check(1, 2, 1));
  }
}

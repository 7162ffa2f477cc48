package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed between the two moves of its swap leaves the output only as a backup; {@link
 * OutputWriter#recover}, which every goal calls, puts it back.
 */
class InterruptedSwapTest {

  @TempDir Path tmp;

  private Path written() throws Exception {
    Path out = tmp.resolve("badges");
    OutputWriter.write(out, sink -> sink.put("a.css", "one".getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  private List<String> names() throws Exception {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void recoverPutsBackTheOutputThatARunKilledBetweenItsMovesLeftAsABackup() throws Exception {
    Path out = written();
    Files.move(out, tmp.resolve(".badges.old-4242-1"));

    List<String> report = OutputWriter.recover(out);

    assertEquals("one", Files.readString(out.resolve("a.css")));
    assertEquals(1, report.size(), report::toString);
    assertTrue(
        report.get(0).startsWith("Put back " + out + " from .badges.old-4242-1"), report::toString);
    assertEquals(List.of(".badges.lock", "badges"), names());
  }

  @Test
  void recoverRemovesAKilledRunsStagingAndLeavesTheOutputAlone() throws Exception {
    Path out = written();
    Files.createDirectories(tmp.resolve(".badges.tmp-4242-7/site"));

    assertEquals(List.of(), OutputWriter.recover(out));

    assertEquals("one", Files.readString(out.resolve("a.css")));
    assertEquals(List.of(".badges.lock", "badges"), names());
  }

  @Test
  void recoverCreatesNothingWhenNoRunLeftAnything() throws Exception {
    assertEquals(List.of(), OutputWriter.recover(tmp.resolve("badges")));
    assertEquals(List.of(), names(), "not even a lock file");
  }
}

package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The swap decides success: an old tree that cannot be removed afterwards is a warning, and later
 * runs keep working. An immutable file (chattr +i) is what even root cannot delete.
 */
class CleanUpFailureTest {

  @TempDir Path tmp;
  private Path immutable;

  @AfterEach
  void release() throws Exception {
    if (immutable != null) {
      chattr("-i", immutable);
    }
  }

  private static boolean chattr(String flag, Path file) throws Exception {
    try {
      Process p =
          new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
      return p.waitFor() == 0;
    } catch (IOException noChattr) {
      return false;
    }
  }

  private static Path backupOf(Path parent) throws IOException {
    try (Stream<Path> list = Files.list(parent)) {
      return list.filter(p -> p.getFileName().toString().startsWith(".badges.old-"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static WriteResult write(Path out, String... names) throws IOException {
    return OutputWriter.write(
        out,
        sink -> {
          for (String name : names) {
            sink.put(name, name.getBytes(StandardCharsets.UTF_8));
          }
        });
  }

  @Test
  void anOldTreeThatCannotBeRemovedIsAWarningAndTheNextRunsStillWork() throws Exception {
    Path out = tmp.resolve("badges");
    write(out, "css/a.css", "js/b.js");
    immutable = out.resolve("js/b.js");
    assumeTrue(chattr("+i", immutable), "needs chattr +i (e2fsprogs, CAP_LINUX_IMMUTABLE)");

    WriteResult swapped = write(out, "css/a.css");
    immutable = backupOf(tmp).resolve("js/b.js"); // moved away with the old tree
    assertTrue(Files.exists(out.resolve("css/a.css")));
    assertFalse(Files.exists(out.resolve("js")), "the new output is in place");
    assertEquals(1, swapped.warnings().size(), swapped.toString());
    assertTrue(
        swapped.warnings().get(0).startsWith("Could not remove " + tmp.resolve(".badges.old-")));
    assertTrue(
        swapped.warnings().get(0).contains("The output is complete; the next run tries again."));

    WriteResult again = write(out, "css/a.css", "css/c.css");
    assertEquals(1, again.written());
    assertEquals(1, again.warnings().size(), "the backup still cannot go, and says so again");

    chattr("-i", immutable);
    immutable = null;
    WriteResult cleaned = write(out, "css/a.css");
    assertEquals(List.of(), cleaned.warnings());
    try (Stream<Path> left = Files.list(tmp)) {
      assertTrue(
          left.noneMatch(p -> p.getFileName().toString().startsWith(".badges.old-")),
          "retried and removed");
    }
  }
}

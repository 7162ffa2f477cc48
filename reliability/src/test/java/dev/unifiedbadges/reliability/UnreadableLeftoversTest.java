package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unreadable directory among what a killed run left is a warning the run reports, never an
 * unchecked exception that escapes as a raw stack trace.
 */
class UnreadableLeftoversTest {

  @TempDir Path tmp;

  /**
   * Root reads any directory, so as root the child runs without the two capabilities that let it:
   * only then does a mode-000 directory refuse it as it refuses every other user.
   */
  private static List<String> withoutOverridingPermissions() throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    List<String> setpriv =
        List.of(
            "setpriv",
            "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search");
    List<String> probe = new ArrayList<>(setpriv);
    probe.add("true");
    Process p;
    try {
      p = new ProcessBuilder(probe).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      p = null;
    }
    assumeTrue(
        p != null && p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
        "needs setpriv to drop root's permission override");
    return setpriv;
  }

  @Test
  void aBackupHoldingAnUnreadableDirectoryIsReportedAndTheRunSucceeds() throws Exception {
    List<String> prefix = withoutOverridingPermissions();
    Path out = tmp.resolve("badges");
    ForkMain.generate("builtin", out);
    Path backup = tmp.resolve(".badges.old-4242-1");
    Path locked = Files.createDirectories(backup.resolve("site/domains"));
    Files.writeString(locked.resolve("run.html"), "old");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      List<String> command = new ArrayList<>(prefix);
      command.addAll(Forks.command(Forks.QUICK, "generate", "builtin", out.toString()));
      Path log = Files.createDirectories(tmp.resolve("logs"));
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.redirectOutput(log.resolve("out").toFile()).redirectError(log.resolve("err").toFile());
      Process child = pb.start();
      assertTrue(child.waitFor(120, TimeUnit.SECONDS), "timed out");
      String stdout = Files.readString(log.resolve("out"));
      String stderr = Files.readString(log.resolve("err"));
      assertEquals(0, child.exitValue(), () -> stdout + stderr);
      assertTrue(stdout.contains("Could not remove " + backup), stdout);
      assertTrue(Files.isRegularFile(out.resolve("site/index.html")));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}

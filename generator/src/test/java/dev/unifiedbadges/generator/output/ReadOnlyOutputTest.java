package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An up-to-date output on a read-only file system is answered as up to date: a run that writes
 * nothing needs no write access. (A read-only bind mount, which needs root; skipped elsewhere.)
 */
class ReadOnlyOutputTest {

  @TempDir Path tmp;

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void anUpToDateOutputOnAReadOnlyFileSystemIsUpToDate() throws Exception {
    Path parent = Files.createDirectories(tmp.resolve("mounted"));
    Path out = parent.resolve("badges");
    OutputWriter.write(
        out,
        sink -> sink.put("a.txt", "a".getBytes(StandardCharsets.UTF_8)),
        new OutputWriter.Stamp("f1", List.of("meta")));
    assumeTrue(run("mount", "--bind", parent.toString(), parent.toString()), "needs mount (root)");
    try {
      assumeTrue(
          run("mount", "-o", "remount,bind,ro", parent.toString()), "needs a read-only remount");
      assumeTrue(!Files.isWritable(parent), "the mount is read-only");
      Optional<OutputWriter.UpToDate> current = OutputWriter.upToDate(out, "f1");
      assertTrue(current.isPresent(), "up to date without opening anything for writing");
      assertEquals(List.of("meta"), current.get().metadata());
      assertTrue(OutputWriter.upToDate(out, "f2").isEmpty(), "another fingerprint is not");
    } finally {
      run("umount", parent.toString());
    }
  }
}

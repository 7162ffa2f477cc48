package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory this tool did not write is left exactly as it was, with nothing added beside it. */
class ForeignDirectoryTest {

  @TempDir Path tmp;

  private static WriteResult write(Path out) throws IOException {
    return OutputWriter.write(out, sink -> sink.put("a.txt", "a".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aRefusedForeignDirectoryGetsNoLockFileBesideIt() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("webapp"));
    Files.writeString(out.resolve("index.html"), "mine", StandardCharsets.UTF_8);
    assertThrows(ForeignDirectoryException.class, () -> write(out));
    assertFalse(Files.exists(tmp.resolve(".webapp.lock")), "no stray lock file");
    assertTrue(Files.exists(out.resolve("index.html")));
  }

  @Test
  void aDirectoryOfEmptyDirectoriesIsSomeoneElsesToo() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("layout/empty/nested"));
    Path root = tmp.resolve("layout");
    assertThrows(ForeignDirectoryException.class, () -> write(root));
    assertTrue(Files.isDirectory(out), "the empty directories are still there");
    assertFalse(Files.exists(root.resolve("a.txt")));
  }

  @Test
  void anEmptyDirectoryAndOurOwnOutputAreStillReplaced() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("badges"));
    write(out);
    assertTrue(Files.exists(out.resolve("a.txt")));
    assertEquals(1, write(out).unchanged(), "a rerun over our own output");
  }
}

package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output directory that is a symbolic link is written through: the link stays, its target
 * changes.
 */
class LinkedOutputDirectoryTest {

  @TempDir Path tmp;

  private static OutputWriter.Producer file(String name, String content) {
    return sink -> sink.put(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLinkToAnEmptyDirectoryKeepsTheLinkAndFillsTheDirectory() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("elsewhere/badges"));
    Path link = Files.createSymbolicLink(tmp.resolve("badges"), real);

    OutputWriter.write(link, file("a.css", "one"));

    assertTrue(Files.isSymbolicLink(link), "the user's link was replaced by a directory");
    assertEquals("one", Files.readString(real.resolve("a.css")));
    assertTrue(Files.isRegularFile(real.resolve(OutputWriter.MARKER)));
    assertTrue(
        Files.isRegularFile(tmp.resolve("elsewhere/.badges.lock")),
        "the lock belongs beside the real directory");
    assertFalse(Files.exists(tmp.resolve(".badges.lock")));
  }

  @Test
  void aLinkToOurOwnOutputIsRewrittenAndThenUpToDate() throws Exception {
    Path real = tmp.resolve("elsewhere/badges");
    Files.createDirectories(real.getParent());
    OutputWriter.write(
        real, file("a.css", "one"), new OutputWriter.Stamp("f1", java.util.List.of()));
    Path link = Files.createSymbolicLink(tmp.resolve("badges"), real);

    WriteResult second =
        OutputWriter.write(
            link, file("a.css", "two"), new OutputWriter.Stamp("f2", java.util.List.of()));

    assertEquals(1, second.written());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("two", Files.readString(link.resolve("a.css")));
    assertTrue(OutputWriter.upToDate(link, "f2").isPresent(), "through the link");
    assertTrue(OutputWriter.upToDate(real, "f2").isPresent(), "through the real path");
  }

  @Test
  void aDanglingLinkIsRefusedNamingWhereItPoints() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("badges"), tmp.resolve("gone/badges"));

    UnsafeOutputException e =
        assertThrows(UnsafeOutputException.class, () -> OutputWriter.write(link, file("a", "x")));

    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    assertTrue(e.getMessage().contains(tmp.resolve("gone/badges").toString()), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("gone")), "nothing is created through the link");
    assertTrue(Files.isSymbolicLink(link));
  }

  @Test
  void aLoopOfLinksIsRefusedSayingSo() throws Exception {
    Path a = tmp.resolve("badges");
    Path b = tmp.resolve("other");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);

    UnsafeOutputException e =
        assertThrows(UnsafeOutputException.class, () -> OutputWriter.write(a, file("a", "x")));

    assertTrue(e.getMessage().contains("cannot be followed"), e.getMessage());
  }

  @Test
  void aLinkToSomeoneElsesFilesIsStillRefused() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(real.resolve("notes.txt"), "mine");
    Path link = Files.createSymbolicLink(tmp.resolve("badges"), real);

    assertThrows(ForeignDirectoryException.class, () -> OutputWriter.write(link, file("a", "x")));

    assertEquals("mine", Files.readString(real.resolve("notes.txt")));
    assertTrue(Files.isSymbolicLink(link));
  }
}

package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.validate.ContrastLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definitions that are not regular files are refused, not read, and no file is read past the size
 * limit whatever size it reports. (The timeouts only keep a regression from hanging the build: an
 * endless device or a FIFO nobody writes to never returns.)
 */
class SpecialFilesTest {

  @TempDir Path tmp;

  private static Diagnostic onlyError(DefinitionException e) {
    assertEquals(1, e.diagnostics().size(), e.report());
    return e.diagnostics().get(0);
  }

  @Test
  @Timeout(60)
  void anEndlessDeviceIsRefusedWithoutReadingIt() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "needs /dev/zero");
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(zero));
    Diagnostic d = onlyError(e);
    assertEquals("/dev/zero", d.location().file());
    assertTrue(d.message().startsWith("not a regular file"), d.message());
  }

  @Test
  @Timeout(60)
  void aNamedPipeIsRefusedInsteadOfWaitedOn() throws Exception {
    Path fifo = tmp.resolve("status.badges.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException noMkfifo) {
      assumeTrue(false, "needs mkfifo");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(fifo));
    assertTrue(onlyError(e).message().startsWith("not a regular file"), e.report());
  }

  @Test
  void aFileThatReportsNoSizeIsStillCutAtTheLimit() {
    // /proc files report a size of 0 whatever they hold.
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isReadable(status), "needs /proc");
    DefinitionLoader loader = new DefinitionLoader(new LoadOptions(ContrastLevel.AA, 16));
    DefinitionException e = assertThrows(DefinitionException.class, () -> loader.load(status));
    assertTrue(
        onlyError(e).message().startsWith("the file holds more than 16 bytes although it reports"),
        e.report());
  }
}

package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links among the definitions are followed or reported, never skipped silently. */
class LinkedDefinitionsTest {

  @TempDir Path tmp;

  private static void domain(Path file, String name) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "domains:\n  "
            + name
            + ":\n    values:\n      ok: { label: OK, tone: success, icon: circle-check }\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void aLinkedSubdirectoryIsRead() throws Exception {
    Path defs = tmp.resolve("defs");
    domain(defs.resolve("a.badges.yaml"), "first.status");
    domain(tmp.resolve("shared/b.badges.yaml"), "second.status");
    Files.createSymbolicLink(defs.resolve("shared"), tmp.resolve("shared"));
    LoadedCatalog loaded = new DefinitionLoader().load(defs);
    assertEquals(Set.of("first.status", "second.status"), loaded.catalog().domains().keySet());
  }

  @Test
  void aLinkLoopIsReportedAndNotFollowedRound() throws Exception {
    Path defs = tmp.resolve("defs");
    domain(defs.resolve("a.badges.yaml"), "first.status");
    Files.createSymbolicLink(defs.resolve("again"), defs);
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(defs));
    assertEquals(1, e.diagnostics().size(), e.report());
    assertEquals(defs.resolve("again").toString(), e.diagnostics().get(0).location().file());
    assertTrue(
        e.diagnostics().get(0).message().startsWith("a symbolic link that leads back"), e.report());
  }

  @Test
  void aDanglingLinkNamedLikeADefinitionFileIsReportedWithItsTarget() throws Exception {
    Path defs = tmp.resolve("defs");
    Files.createDirectories(defs);
    Files.createSymbolicLink(defs.resolve("gone.badges.yaml"), tmp.resolve("missing.yaml"));
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(defs));
    assertEquals(
        "a symbolic link to "
            + tmp.resolve("missing.yaml")
            + ", which does not exist (or is a loop of links)",
        e.diagnostics().get(0).message());
  }

  @Test
  void aDanglingLinkAsTheDefinitionsPathSaysSoInsteadOfNotFound() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("defs"), tmp.resolve("nowhere"));
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(link));
    assertTrue(e.diagnostics().get(0).message().startsWith("a symbolic link to "), e.report());
  }
}

package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.BadCorpus;
import dev.unifiedbadges.model.testing.BadCorpus.Case;
import dev.unifiedbadges.model.testing.BadCorpus.Expected;
import dev.unifiedbadges.testing.CatalogFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * badge-model's reliability corpus, driven through the generator core against an output directory
 * that already holds a good output: every bad file is refused with a {@link DefinitionException}
 * (never another exception) naming its error at its line and column, and the previous output is
 * left byte for byte as it was, with no temporary directory left next to it.
 */
class CorpusAgainstOutputsTest {

  @TempDir static Path work;

  private static Path out;
  private static SortedMap<String, String> previous;

  /**
   * The corpus directory: {@code reliability.corpus} (set by the POM), else next to this module.
   */
  static Path corpus() {
    String configured = System.getProperty("reliability.corpus");
    Path dir =
        configured != null
            ? Path.of(configured)
            : Path.of(System.getProperty("basedir", "."))
                .resolve("../badge-model/src/test/resources/bad");
    assertTrue(
        Files.isRegularFile(dir.resolve("expect.tsv")),
        "badge-model's corpus is at " + dir.toAbsolutePath());
    return dir.toAbsolutePath().normalize();
  }

  static List<Case> cases() throws IOException {
    return BadCorpus.cases(corpus());
  }

  @BeforeAll
  static void generateAGoodOutputFirst() throws Exception {
    Path good = CatalogFiles.writeSmall(work.resolve("good"), "A");
    out = work.resolve("previous").resolve("badges");
    new Generator().generate(GenerationRequest.of(good, out));
    previous = Trees.snapshot(out);
    assertTrue(
        previous.containsKey("site/index.html") && previous.containsKey("css/badges.css"),
        previous.keySet()::toString);
  }

  @Test
  void theWholeBadgeModelCorpusIsUsed() throws IOException {
    List<Case> cases = cases();
    assertTrue(
        cases.size() >= 90,
        "badge-model's corpus has at least 90 bad files, found " + cases.size());
    assertTrue(cases.stream().anyMatch(c -> c.name().endsWith(".json")), "JSON cases are included");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadFileIsRefusedAtItsLineAndColumnAndThePreviousOutputStaysByteIdentical(Case c)
      throws IOException {
    // The corpus names every file *.badges.yaml|json already; anything else is renamed so the
    // directory loader picks it up.
    String name =
        c.name().matches(".*\\.badges\\.(yaml|yml|json)")
            ? c.name()
            : c.name().endsWith(".json") ? "x.badges.json" : "x.badges.yaml";
    Path dir = work.resolve("cases").resolve(c.name().replace('.', '_'));
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.write(file, c.bytes());

    for (Path definitions : List.of(dir, file)) {
      DefinitionException e = Refusals.refused(definitions, out);
      for (Expected x : c.expected()) {
        Diagnostic d = find(e, x);
        assertEquals(
            file.toString(), d.location().file(), "the diagnostic names the file: " + d.format());
        assertFalse(d.fix().isBlank(), "every error says how to fix it: " + d.format());
      }
      assertEquals(c.expected().size(), e.errors().size(), "unexpected other errors:\n" + list(e));
      String report = e.report();
      assertFalse(
          report.contains("Exception")
              || report.contains("org.yaml")
              || report.contains("com.fasterxml"),
          "the report leaks parser internals:\n" + report);
    }
    Trees.assertSame(previous, Trees.snapshot(out), c.name() + " changed the previous output");
    Trees.assertNoLeftovers(out);
  }

  private static Diagnostic find(DefinitionException e, Expected x) {
    Diagnostic found = null;
    for (Diagnostic d : e.errors()) {
      if ((d.location().line() + ":" + d.location().column()).equals(x.at())
          && d.message().contains(x.fragment())) {
        found = d;
        break;
      }
    }
    if (found == null) {
      fail("no error at " + x.at() + " containing \"" + x.fragment() + "\"; got:\n" + list(e));
    }
    return found;
  }

  private static String list(DefinitionException e) {
    return e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }
}

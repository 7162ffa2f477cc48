package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.testing.CatalogFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to exhaust the loader: alias bombs, 10,000-deep nesting, oversized files and text.
 * Each is refused through the generator with the right message and position, and the previous
 * output stays as it was. (The 100,000-pairing catalog is {@link BigCatalogTest}.)
 */
class LimitsTest {

  private static final int DEEP = 10_000;

  @TempDir Path work;

  private Path out;
  private SortedMap<String, String> previous;

  @BeforeEach
  void previousOutput() throws Exception {
    out = work.resolve("out").resolve("badges");
    new Generator()
        .generate(GenerationRequest.of(CatalogFiles.writeSmall(work.resolve("good"), "A"), out));
    previous = Trees.snapshot(out);
  }

  @Test
  void aYamlAliasBombIsRefusedAtItsFirstAnchor() throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char prev = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      yaml.append("]\n");
    }
    yaml.append("domains: {}\n");
    Diagnostic d = refused("bomb.badges.yaml", yaml.toString(), "YAML anchors and aliases");
    assertEquals("1:4", position(d), d.format());
  }

  @Test
  void aMergeKeyAliasBombIsRefused() throws Exception {
    String yaml =
        """
        base: &base { label: Queued, tone: neutral, icon: clock }
        domains:
          run.status:
            values:
              queued: { <<: *base }
        """;
    refused("merge.badges.yaml", yaml, "YAML anchors and aliases");
  }

  @Test
  void tenThousandDeepYamlFlowListsAreRefusedAtTheLimit() throws Exception {
    String yaml = "domains: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n";
    Diagnostic d = refused("deep.badges.yaml", yaml, "nested more than 16 levels deep");
    assertEquals(1, d.location().line());
    assertTrue(d.location().column() < 40, "points at the limit, not the end: " + d.format());
  }

  @Test
  void tenThousandDeepYamlFlowMapsAreRefused() throws Exception {
    String yaml = "domains: " + "{a: ".repeat(DEEP) + "x" + "}".repeat(DEEP) + "\n";
    Diagnostic d = refused("deep-maps.badges.yaml", yaml, "nested more than 16 levels deep");
    assertEquals(1, d.location().line());
  }

  @Test
  void tenThousandDeepYamlBlockNestingIsRefused() throws Exception {
    // Block style: one key per line, one more space of indentation each (about 50 MB would be
    // needed at two spaces, so the depth is capped by the file size limit before the parser).
    StringBuilder yaml = new StringBuilder("domains:\n");
    for (int i = 1; i < 3_000; i++) {
      yaml.append(" ".repeat(i)).append("k:\n");
    }
    yaml.append(" ".repeat(3_000)).append("x\n");
    Diagnostic d =
        refused("deep-block.badges.yaml", yaml.toString(), "nested more than 16 levels deep");
    assertTrue(d.location().line() < 40, d.format());
  }

  @Test
  void tenThousandDeepJsonIsRefused() throws Exception {
    String json = "{\"domains\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}";
    Diagnostic d = refused("deep.badges.json", json, "nested more than 16 levels deep");
    assertEquals(1, d.location().line());
    String maps = "{\"domains\": " + "{\"a\": ".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}";
    refused("deep-maps.badges.json", maps, "nested more than 16 levels deep");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws Exception {
    Path defs = work.resolve("huge");
    Files.createDirectories(defs);
    Path file = defs.resolve("huge.badges.yaml");
    try (OutputStream os = Files.newOutputStream(file)) {
      byte[] line =
          "# padding padding padding padding padding padding padding padding padding\n"
              .getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written <= 9L * 1024 * 1024; written += line.length) {
        os.write(line);
      }
    }
    Diagnostic d = refused(defs, "over the 8.0 MiB limit");
    assertEquals(file.toString(), d.location().file());
  }

  @Test
  void aJsonTextValueOverAMillionCharactersIsRefused() throws Exception {
    // The YAML equivalent is refused the same way: see FoundDefectsTest.
    String json =
        "{\"domains\": {\"run.status\": {\"values\": {\"queued\": {\"label\": \""
            + "x".repeat(1_100_000)
            + "\", \"tone\": \"neutral\", \"icon\": \"clock\"}}}}}";
    refused("long-label.badges.json", json, "longer than 1000000 characters");
  }

  private Diagnostic refused(String name, String content, String fragment) throws IOException {
    Path defs = work.resolve(name.replace('.', '_'));
    CatalogFiles.write(defs, name, content);
    return refused(defs, fragment);
  }

  private Diagnostic refused(Path defs, String fragment) {
    DefinitionException e = Refusals.refused(defs, out);
    String report = Refusals.report(e);
    assertTrue(
        report.length() < 20_000, "the report stays short: " + report.length() + " characters");
    Diagnostic found = Refusals.error(e, fragment);
    assertFalse(found.fix().isBlank(), found.format());
    Trees.assertSame(
        previous, Trees.snapshot(out), "the refused run left the previous output alone");
    Trees.assertNoLeftovers(out);
    return found;
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}

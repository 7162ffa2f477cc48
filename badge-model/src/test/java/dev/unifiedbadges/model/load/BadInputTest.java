package dev.unifiedbadges.model.load;

import static dev.unifiedbadges.model.testing.Defs.FILE;
import static dev.unifiedbadges.model.testing.Defs.error;
import static dev.unifiedbadges.model.testing.Defs.fails;
import static dev.unifiedbadges.model.testing.Defs.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input gets a clear error, never a stack trace: every case is refused with a {@link
 * DefinitionException} (any other exception fails the test) whose diagnostic says what is wrong,
 * where (file:line:column and the path in the document) and how to fix it.
 */
class BadInputTest {

  /** The report a user sees: one line per diagnostic, no exception names or stack frames. */
  private static void assertReadable(DefinitionException e) {
    String report = e.report();
    assertFalse(report.contains("Exception"), report);
    assertFalse(report.contains("\tat "), report);
    assertFalse(report.contains("org.yaml") || report.contains("com.fasterxml"), report);
    for (Diagnostic d : e.errors()) {
      assertFalse(d.message().isBlank(), d.format());
      assertFalse(d.fix().isBlank(), "every error says how to fix it: " + d.format());
    }
  }

  @Test
  void malformedYaml() {
    DefinitionException e =
        fails(
            """
        domains:
          a.b:
            values:
              x: { label: X, tone: neutral, icon: ban
              y: { label: Y, tone: neutral, icon: ban }
        """);
    Diagnostic d = error(e, "5:8", "malformed YAML: the '{' at line 4, column 10 is not closed");
    assertEquals(FILE, d.location().file());
    assertEquals("/domains/a.b/values/x/icon", d.path());
    assertTrue(d.fix().contains("close it with '}'"), d.fix());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void malformedJson() {
    String json =
        """
        {
          "domains": {
            "a": {
              "values": {
                "x": {"label": "X",, "tone": "neutral"}
              }
            }
          }
        }
        """;
    DefinitionException e = fails("defs.badges.json", json.getBytes(StandardCharsets.UTF_8));
    Diagnostic d = error(e, "5:28", "malformed JSON: Unexpected character (','");
    assertEquals("defs.badges.json", d.location().file());
    assertTrue(d.fix().contains("double quotes"), d.fix());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void emptyFile() {
    DefinitionException e = fails(FILE, new byte[0]);
    Diagnostic d = error(e, "1:1", "the file is empty");
    assertTrue(d.fix().contains("'domains:'"), d.fix());
    assertReadable(e);

    DefinitionException comments = fails("# nothing here yet\n\n---\n");
    error(comments, "1:1", "the file is empty: it has no definitions, only comments or '---'");
  }

  @Test
  void fileThatIsNotUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        "domains:\n  d:\n    values:\n      x: { label: \"Caf".getBytes(StandardCharsets.US_ASCII));
    out.write(0xE9); // é in Latin-1; never a valid UTF-8 sequence on its own
    out.writeBytes("\", tone: neutral, icon: ban }\n".getBytes(StandardCharsets.US_ASCII));
    DefinitionException e = fails(FILE, out.toByteArray());
    // Line 4, column 23: the byte right after `      x: { label: "Caf`.
    Diagnostic d = error(e, "4:23", "the file is not valid UTF-8 (byte 0xE9 at offset 48)");
    assertTrue(d.message().contains("Latin-1"), d.message());
    assertTrue(d.fix().contains("save the file as UTF-8"), d.fix());
    assertReadable(e);
  }

  @Test
  void unknownTopLevelKeyWithDidYouMean() {
    DefinitionException e =
        fails(
            """
        tones: {}
        unknown: { label: Unknown, tone: neutral, icon: circle-help }
        domain:
          d:
            values:
              x: { label: X, tone: neutral, icon: ban }
        """);
    Diagnostic d = error(e, "3:1", "unknown top-level key 'domain'");
    assertEquals("/domain", d.path());
    assertTrue(d.fix().startsWith("did you mean 'domains'?"), d.fix());
    assertTrue(d.fix().contains("$schema, tones, surfaces, domains, unknown"), d.fix());
    assertReadable(e);
  }

  @Test
  void listWhereAMapIsExpected() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              - queued
              - running
        """);
    Diagnostic d = error(e, "4:7", "'values' must be a map, but it is a list");
    assertEquals("/domains/d/values", d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void duplicateDomainInOneFile() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              x: { label: X, tone: neutral, icon: ban }
          d:
            values:
              y: { label: Y, tone: neutral, icon: ban }
        """);
    Diagnostic d = error(e, "5:3", "duplicate domain 'd' (first defined at line 2, column 3)");
    assertEquals("/domains/d", d.path());
    assertReadable(e);
  }

  @Test
  void duplicateDomainAcrossTwoFiles(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("one.badges.yaml"),
        """
        domains:
          shared.status:
            values:
              x: { label: X, tone: neutral, icon: ban }
        """);
    Files.writeString(
        dir.resolve("two.badges.yaml"),
        """
        # the same domain again
        domains:
          other: { values: { y: { label: Y, tone: neutral, icon: ban } } }
          shared.status:
            values:
              y: { label: Y, tone: neutral, icon: ban }
        """);
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(dir));
    Diagnostic d =
        error(
            e,
            "4:3",
            "domain 'shared.status' is already defined at "
                + dir.resolve("one.badges.yaml")
                + ":2:3");
    assertEquals(dir.resolve("two.badges.yaml").toString(), d.location().file());
    assertEquals("/domains/shared.status", d.path());
    assertTrue(d.fix().contains("define each domain in one file only"), d.fix());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void duplicateValue() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              x: { label: X, tone: neutral, icon: ban }
              x: { label: X again, tone: danger, icon: circle-x }
        """);
    Diagnostic d = error(e, "5:7", "duplicate value 'x' (first defined at line 4, column 7)");
    assertEquals("/domains/d/values/x", d.path());
    assertReadable(e);
  }

  @Test
  void aliasThatEqualsAnotherValue() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              cancelled: { label: Cancelled, tone: neutral, icon: ban, aliases: [canceled, stopped] }
              stopped: { label: Stopped, tone: neutral, icon: ban }
        """);
    Diagnostic d =
        error(
            e,
            "4:84",
            "alias 'stopped' of value 'cancelled' collides with value 'stopped' in domain 'd'");
    assertEquals("/domains/d/values/cancelled/aliases/1", d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void aliasThatEqualsAnotherAlias() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              cancelled: { label: Cancelled, tone: neutral, icon: ban, aliases: [canceled] }
              aborted: { label: Aborted, tone: neutral, icon: ban, aliases: [Canceled] }
        """);
    Diagnostic d =
        error(
            e,
            "5:70",
            "alias 'Canceled' of value 'aborted' collides with alias 'canceled' of value 'cancelled'");
    assertEquals("/domains/d/values/aborted/aliases/0", d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void unknownToneWithSuggestion() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              ok: { label: OK, tone: sucess, icon: circle-check }
        """);
    Diagnostic d = error(e, "4:30", "unknown tone 'sucess'");
    assertEquals("/domains/d/values/ok/tone", d.path());
    assertTrue(d.fix().startsWith("did you mean 'success'?"), d.fix());
    assertTrue(d.fix().contains("accent, danger, info, neutral, success, warning"), d.fix());
    assertReadable(e);
  }

  @Test
  void unknownIconWithSuggestion() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              ok: { label: OK, tone: success, icon: circle-chek }
        """);
    Diagnostic d = error(e, "4:45", "unknown icon 'circle-chek' (not in Lucide ");
    assertEquals("/domains/d/values/ok/icon", d.path());
    assertTrue(d.fix().startsWith("did you mean 'circle-check'"), d.fix());
    assertReadable(e);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"#12", "red", "#gggggg", "#1234567", "rgb(0,0,0)"})
  void malformedColour(String colour) {
    DefinitionException e =
        fails(
            """
        tones:
          brand:
            light: { background: "%s", foreground: "#000000" }
            dark:  { background: "#000000", foreground: "#ffffff" }
        domains:
          d:
            values:
              x: { label: X, tone: brand, icon: ban }
        """
                .formatted(colour));
    Diagnostic d = error(e, "3:26", "malformed colour '" + colour + "' for background");
    assertEquals("/tones/brand/light/background", d.path());
    assertTrue(d.fix().contains("\"#rgb\" or \"#rrggbb\""), d.fix());
    // The tone is broken, but the badge that uses it is not reported again as an unknown tone.
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void emptyLabel() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              x: { label: "", tone: neutral, icon: ban }
              y:
                label: "   "
                tone: neutral
                icon: ban
        """);
    error(e, "4:19", "the label is empty");
    Diagnostic blank = error(e, "6:16", "the label is empty");
    assertEquals("/domains/d/values/y/label", blank.path());
    assertEquals(2, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void valueNamesThatCollideAfterSanitising() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              in-progress: { label: In progress, tone: info, icon: loader-circle }
              in_progress: { label: In progress, tone: info, icon: loader-circle }
        """);
    Diagnostic d =
        error(
            e,
            "5:7",
            "value 'in_progress' and value 'in-progress' of domain 'd' both become 'in-progress'");
    assertEquals("/domains/d/values/in_progress", d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void domainNamesThatCollideAfterSanitising() {
    DefinitionException e =
        fails(
            """
        domains:
          a.b:
            values:
              x: { label: X, tone: neutral, icon: ban }
          a_b:
            values:
              y: { label: Y, tone: neutral, icon: ban }
        """);
    Diagnostic d =
        error(
            e,
            "5:3",
            "domain 'a_b' and domain 'a.b' both become 'a-b' in CSS class and token names");
    assertEquals("/domains/a_b", d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void lowTextContrastInTheDarkThemeOnly() {
    DefinitionException e =
        fails(
            """
        tones:
          murky:
            light: { background: "#ffffff", foreground: "#000000" }
            dark:  { background: "#222222", foreground: "#555555" }
        domains:
          d:
            values:
              x: { label: X, tone: murky, icon: ban }
        """);
    String ratio = Validator.ratio(Rgb.contrast(Rgb.of("#555555"), Rgb.of("#222222")));
    assertEquals("2.13:1", ratio);
    Diagnostic d = error(e, "4:49", "text contrast of tone 'murky' in the dark theme is " + ratio);
    assertTrue(d.message().contains("WCAG AA needs at least 4.50:1"), d.message());
    assertEquals("/tones/murky/dark/foreground", d.path());
    assertTrue(d.fix().contains("make the foreground lighter"), d.fix());
    assertEquals(
        1,
        e.errors().size(),
        "light passes (21:1), so only dark is reported:\n" + list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void yamlAliasBombIsRefusedBeforeExpansion() {
    DefinitionException e =
        fails(
            """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """);
    Diagnostic d =
        error(e, "1:4", "YAML anchors and aliases (&name, *name, '<<: *name') are not supported");
    assertEquals("/a", d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);
  }

  @Test
  void deepNesting() {
    StringBuilder yaml = new StringBuilder("domains:\n  d:\n");
    for (int i = 0; i < 40; i++) {
      yaml.append("  ".repeat(i + 2)).append("k").append(i).append(":\n");
    }
    yaml.append("  ".repeat(42)).append("leaf\n");
    DefinitionException e = fails(yaml.toString());
    // The value of k14 (line 17) is level 17: the map that starts with k15 on line 18, column 35.
    Diagnostic d = error(e, "18:35", "the document is nested more than 16 levels deep");
    assertTrue(d.path().startsWith("/domains/d/k0/k1/"), d.path());
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    assertReadable(e);

    String flow = "domains: " + "[".repeat(500) + "]".repeat(500) + "\n";
    error(fails(flow), "1:26", "the document is nested more than 16 levels deep");
    String json = "{\"domains\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    error(
        fails("deep.badges.json", json.getBytes(StandardCharsets.UTF_8)),
        "1:29",
        "nested more than 16 levels deep");
  }

  @Test
  void tenMegabyteFileInMemory() {
    byte[] big = new byte[10 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    DefinitionException e = fails(FILE, big);
    Diagnostic d =
        error(
            e,
            "1:1",
            "the file is 10.0 MiB (10485760 bytes), over the 8.0 MiB limit for one definition file");
    assertTrue(d.fix().contains("split the definitions into several *.badges.yaml files"), d.fix());
    assertTrue(d.fix().contains("LoadOptions.maxFileBytes"), d.fix());
    assertReadable(e);
  }

  @Test
  void tenMegabyteFileOnDiskReportsItsRealSize(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.badges.yaml");
    byte[] big = new byte[10 * 1024 * 1024 + 3];
    Arrays.fill(big, (byte) '#');
    Files.write(file, big);
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(file));
    Diagnostic d = error(e, "1:1", "the file is 10.0 MiB (10485763 bytes), over the 8.0 MiB limit");
    assertEquals(file.toString(), d.location().file());
    // A directory with the big file and a good one: only the big one is refused.
    Files.writeString(
        dir.resolve("good.badges.yaml"),
        "domains: { d: { values: { x: { label: X, tone: neutral, icon: ban } } } }\n");
    DefinitionException both =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(dir));
    assertEquals(1, both.errors().size(), list(both.diagnostics()));
    assertReadable(e);
  }

  @Test
  void reportsAllErrorsAtOnce() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              x: { label: "", tone: neutral, icon: ban }
              y: { label: Y, tone: sucess, icon: ban }
              z: { label: Z, tone: neutral, icon: circle-chek }
        """);
    assertEquals(3, e.diagnostics().size(), list(e.diagnostics()));
    error(e, "4:19", "the label is empty");
    error(e, "5:28", "unknown tone 'sucess'");
    error(e, "6:43", "unknown icon 'circle-chek'");
    assertEquals("3 errors in badge definitions (1 file)", e.summary());
    assertEquals(e.summary(), e.getMessage());
  }

  @Test
  void reportFormat() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              x: { label: "", tone: neutral, icon: ban }
              y: { label: Y, tone: sucess, icon: ban }
        """);
    String[] lines = e.report().split("\n");
    assertEquals(3, lines.length, e.report());
    assertEquals("2 errors in badge definitions (1 file)", lines[0]);
    assertEquals(
        "defs.badges.yaml:4:19: error: the label is empty (at /domains/d/values/x/label)"
            + " Fix: give the badge the text users should read, e.g. 'Failed'",
        lines[1]);
    assertTrue(
        lines[2].startsWith(
            "defs.badges.yaml:5:28: error: unknown tone 'sucess' (at /domains/d/values/y/tone) Fix: did you mean 'success'? "),
        lines[2]);
    for (int i = 1; i < lines.length; i++) {
      assertEquals(e.diagnostics().get(i - 1).format(), lines[i]);
    }
  }

  @Test
  void reportListsWarningsAfterErrorsAndCountsFilesWithErrors(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.badges.yaml"),
        """
        domains:
          a: { values: { done: { label: Done, tone: success, icon: circle-check } } }
        """);
    Files.writeString(
        dir.resolve("b.badges.yaml"),
        """
        domains:
          b: { values: { done: { label: Done, tone: info, icon: circle-check }, x: { label: "", tone: neutral, icon: ban } } }
        """);
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(dir));
    assertEquals("1 error in badge definitions (1 file)", e.summary());
    String[] lines = e.report().split("\n");
    assertEquals(3, lines.length, e.report());
    assertTrue(lines[1].contains(": error: the label is empty"), lines[1]);
    assertTrue(lines[2].contains(": warning: 'done' renders differently across domains"), lines[2]);
  }

  @Test
  void theCatalogUnknownBadgeDefinedInTwoFiles(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.badges.yaml"),
        "unknown: { label: Unknown, tone: neutral, icon: circle-help }\n");
    Files.writeString(
        dir.resolve("b.badges.yaml"),
        "# b\nunknown: { label: Other, tone: neutral, icon: circle-help }\n");
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(dir));
    Diagnostic d =
        error(
            e,
            "2:1",
            "the catalog-wide 'unknown' badge is already defined at "
                + dir.resolve("a.badges.yaml")
                + ":1:1");
    assertEquals(dir.resolve("b.badges.yaml").toString(), d.location().file());
    assertReadable(e);
  }

  @Test
  void aDirectoryWithoutDefinitionFiles(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("statuses.yaml"), "domains: {}\n"); // not badges.yaml nor *.badges.yaml
    DefinitionException e =
        assertThrows(DefinitionException.class, () -> new DefinitionLoader().load(dir));
    Diagnostic d = error(e, "1:1", "the directory contains no definition files");
    assertEquals(dir.toString(), d.location().file());
    assertTrue(d.fix().contains("status.badges.yaml"), d.fix());
  }

  @Test
  void aPathThatDoesNotExistIsAnIoErrorNotADefinitionError(@TempDir Path dir) {
    assertThrows(
        java.nio.file.NoSuchFileException.class,
        () -> new DefinitionLoader().load(dir.resolve("missing.badges.yaml")));
  }

  @Test
  void aJsonTextOverAMillionCharacters() {
    String json = "{\"domains\": {\"d\": {\"description\": \"" + "x".repeat(1_000_001) + "\"}}}";
    DefinitionException e = fails("long.badges.json", json.getBytes(StandardCharsets.UTF_8));
    Diagnostic d = error(e, "1:35", "a text value is longer than 1000000 characters");
    assertEquals("/domains/d/description", d.path());
    assertReadable(e);
  }

  @Test
  void aMisspeltRequiredKeyIsReportedOnceNotAlsoAsMissing() {
    DefinitionException e =
        fails(
            """
        tones:
          brand:
            light: { background: "#ffffff", foreground: "#000000" }
            drak: { background: "#000000", foreground: "#ffffff" }
        domains:
          d:
            values:
              x: { labl: X, tone: neutral, icon: ban }
              y: { label: Y, tone: neutral, Icon: ban }
          e:
            value:
              z: { label: Z, tone: neutral, icon: ban }
        """);
    error(e, "4:5", "unknown key 'drak' in tone 'brand'");
    assertTrue(
        error(e, "8:12", "unknown key 'labl' in value 'x'")
            .fix()
            .startsWith("did you mean 'label'?"));
    assertTrue(
        error(e, "9:37", "unknown key 'Icon' in value 'y'")
            .fix()
            .startsWith("did you mean 'icon'?"));
    error(e, "11:5", "unknown key 'value' in domain 'e'");
    assertEquals(4, e.errors().size(), list(e.diagnostics()));
  }

  @Test
  void unquotedColoursAreExplained() {
    DefinitionException block =
        fails(
            """
        tones:
          brand:
            light: { background: "#ffffff", foreground: "#000000" }
            dark:
              background: #000000
              foreground: "#ffffff"
        """);
    Diagnostic d = error(block, "5:7", "the background colour is empty");
    assertTrue(
        d.fix().contains("without quotes, YAML reads everything from ' #' on as a comment"),
        d.fix());
    DefinitionException flow =
        fails(
            """
        tones:
          brand:
            light: { background: #ffffff, foreground: "#000000" }
            dark: { background: "#000000", foreground: "#ffffff" }
        """);
    Diagnostic f = error(flow, "4:9", "malformed YAML: the '{' at line 3, column 12 is not closed");
    assertTrue(f.fix().contains("a colour must be in quotes"), f.fix());
  }

  @Test
  void iconsRenamedByLucideSuggestTheirNewName() {
    DefinitionException e =
        fails(
            """
        domains:
          d:
            values:
              a: { label: A, tone: success, icon: check-circle }
              b: { label: B, tone: warning, icon: alert-triangle }
              c: { label: C, tone: danger, icon: x-circle }
        """);
    assertTrue(
        error(e, "4:43", "unknown icon 'check-circle'")
            .fix()
            .startsWith("did you mean 'circle-check'"));
    assertTrue(
        error(e, "5:43", "unknown icon 'alert-triangle'")
            .fix()
            .startsWith("did you mean 'triangle-alert'"));
    assertTrue(
        error(e, "6:42", "unknown icon 'x-circle'").fix().startsWith("did you mean 'circle-x'"));
  }
}

package dev.unifiedbadges.diff.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.SnapshotFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading snapshots: the writer's output round-trips; a broken file says where and why. */
class SnapshotReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static BadgeCatalog builtIn() throws IOException, DefinitionException {
    DefinitionLoader loader = new DefinitionLoader();
    return loader.load(loader.read(Definitions.builtIn())).catalog();
  }

  private static byte[] builtInBytes() throws IOException, DefinitionException {
    return SnapshotFormat.bytes(builtIn(), TokenOptions.defaults());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private SnapshotException fails(byte[] bytes) throws IOException {
    Path file = write("badges.snapshot.json", bytes);
    return assertThrows(SnapshotException.class, () -> CatalogSnapshot.read(file));
  }

  private SnapshotException fails(String json) throws IOException {
    return fails(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theBuiltInCatalogRoundTripsThroughAFile() throws Exception {
    BadgeCatalog catalog = builtIn();
    byte[] bytes = builtInBytes();
    CatalogSnapshot s = CatalogSnapshot.read(write("badges.snapshot.json", bytes));
    assertEquals(CatalogSnapshot.parse(bytes, "bytes"), s);
    assertEquals(CatalogSnapshot.of(catalog, TokenOptions.defaults()), s);
    assertEquals(SnapshotFormat.SNAPSHOT_VERSION, s.snapshotVersion());
    assertEquals("badge", s.baseClass());
    assertEquals(
        List.copyOf(catalog.tones().keySet()).stream().sorted().toList(),
        List.copyOf(s.tones().keySet()));
    for (Tone tone : catalog.tones().values()) {
      SnapshotTone t = s.tones().get(tone.name());
      assertEquals(tone.light().background().hex(), t.light().background());
      assertEquals(tone.dark().foreground().hex(), t.dark().foreground());
    }
    assertEquals(
        catalog.domains().values().stream().mapToInt(d -> d.values().size()).sum(),
        s.pairingCount());
    for (Domain d : catalog.domains().values()) {
      SnapshotDomain sd = s.domain(d.name()).orElseThrow();
      assertEquals(d.title(), sd.title());
      assertEquals(
          d.values().stream().map(Badge::value).toList(),
          sd.values().stream().map(SnapshotBadge::value).toList());
      for (Badge b : d.values()) {
        SnapshotBadge sb = sd.value(b.value()).orElseThrow();
        assertEquals(b.label(), sb.label());
        assertEquals(b.tone(), sb.tone());
        assertEquals(b.icon(), sb.icon());
        assertEquals(b.aliases(), sb.aliases());
        for (String alias : b.aliases()) {
          assertEquals(b.value(), sd.resolve(alias).orElseThrow().value());
        }
      }
    }
    assertEquals(catalog.unknown().label(), s.unknown().label());
  }

  @Test
  void theAwkwardAndDeprecatedCatalogsRoundTrip() throws SnapshotException {
    for (BadgeCatalog c : List.of(TestCatalogs.awkward(), TestCatalogs.withDeprecations())) {
      byte[] bytes = SnapshotFormat.bytes(c, TokenOptions.defaults());
      CatalogSnapshot s = CatalogSnapshot.parse(bytes, "x");
      assertEquals(
          c.domains().keySet().stream().sorted().toList(), List.copyOf(s.domains().keySet()));
    }
    CatalogSnapshot d =
        CatalogSnapshot.of(TestCatalogs.withDeprecations(), TokenOptions.defaults());
    assertEquals(
        new SnapshotDeprecation("Renamed to succeeded.", "1.4", "succeeded", "2.0"),
        d.domain("job.status").orElseThrow().value("done").orElseThrow().deprecated());
    assertEquals(
        new SnapshotDeprecation("", null, null, null),
        d.domain("job.status").orElseThrow().value("old").orElseThrow().deprecated());
    assertEquals("job.status", d.domain("run.status").orElseThrow().deprecated().replacedBy());
  }

  @Test
  void aTruncatedFileNamesItsLineAndColumn() throws Exception {
    byte[] bytes = builtInBytes();
    SnapshotException e = fails(Arrays.copyOf(bytes, bytes.length / 2));
    assertTrue(
        e.getMessage().matches("(?s).*badges\\.snapshot\\.json:\\d+:\\d+: is not valid JSON.*"),
        e.getMessage());
    assertTrue(e.fix().contains("corrupt or cut short"), e.fix());
  }

  @Test
  void wrongJsonNamesTheFirstLineAndColumnThatIsWrong() throws IOException {
    SnapshotException e = fails("{\n  \"css\": { baseClass: \"badge\" }\n}\n");
    assertTrue(e.getMessage().contains("badges.snapshot.json:2:"), e.getMessage());
    assertTrue(e.problem().startsWith("is not valid JSON"), e.problem());
  }

  @Test
  void moreJsonAfterTheSnapshotIsRefused() throws Exception {
    SnapshotException e = fails("{\"snapshotVersion\": 1}\n{}\n");
    assertTrue(e.getMessage().contains(":2:1: has more JSON"), e.getMessage());
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    assertEquals("is empty", fails("").problem());
  }

  @Test
  void jsonThatIsNotASnapshotIsRefusedWithWhatToPointAt() throws IOException {
    SnapshotException e = fails("{\"name\": \"my-app\", \"version\": \"1.0.0\"}");
    assertTrue(e.problem().contains("is not a catalog snapshot"), e.problem());
    assertTrue(e.fix().contains("badges.snapshot.json"), e.fix());
    assertEquals(
        "is not a catalog snapshot (it has no 'snapshotVersion' member)",
        fails("[1, 2]").problem());
  }

  @Test
  void aNewerSnapshotVersionIsRefusedNamingTheVersion() throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(builtInBytes());
    root.put("snapshotVersion", 2);
    SnapshotException e = fails(JSON.writeValueAsBytes(root));
    assertTrue(e.getMessage().contains(" at /snapshotVersion: "), e.getMessage());
    assertTrue(
        e.problem().startsWith("is snapshot version 2, written by Unified Badges "), e.problem());
    assertTrue(e.problem().endsWith("this plugin reads version 1 and older"), e.problem());
  }

  @Test
  void aWrongTypedMemberNamesItsJsonPointer() throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(builtInBytes());
    ObjectNode value =
        (ObjectNode) root.get("domains").get("operation_run.outcome").get("values").get(4);
    value.put("label", 7);
    SnapshotException e = fails(JSON.writeValueAsBytes(root));
    assertTrue(
        e.getMessage()
            .contains(
                " at /domains/operation_run.outcome/values/4/label: this member is"
                    + " not a string"),
        e.getMessage());

    root =
        (ObjectNode)
            JSON.readTree(SnapshotFormat.bytes(TestCatalogs.awkward(), TokenOptions.defaults()));
    ((ObjectNode) root.get("domains").get("2fa.status*/")).putArray("title");
    e = fails(JSON.writeValueAsBytes(root));
    assertTrue(e.getMessage().contains(" at /domains/2fa.status*~1/title: "), e.getMessage());

    root = (ObjectNode) JSON.readTree(builtInBytes());
    ((ObjectNode) root.get("tones")).remove("warning");
    ((ObjectNode) root.get("tones")).put("warning", "#fef3c7");
    e = fails(JSON.writeValueAsBytes(root));
    assertTrue(
        e.getMessage().contains(" at /tones/warning: this member is not an object"),
        e.getMessage());
  }

  @Test
  void duplicateKeysAreRefusedAtTheirPosition() throws IOException {
    SnapshotException e = fails("{\n  \"snapshotVersion\": 1,\n  \"snapshotVersion\": 1\n}\n");
    assertTrue(e.getMessage().contains("badges.snapshot.json:3:"), e.getMessage());
    assertTrue(e.problem().contains("Duplicate field 'snapshotVersion'"), e.problem());
  }

  @Test
  void aDirectoryInsteadOfAFileIsRefused() {
    SnapshotException e = assertThrows(SnapshotException.class, () -> CatalogSnapshot.read(dir));
    assertEquals(
        dir + ": is not a regular file. Fix: point the baseline at a snapshot file.",
        e.getMessage());
  }
}

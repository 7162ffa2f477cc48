package dev.unifiedbadges.diff.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.testing.CatalogFiles;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.SnapshotFormat;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReaderTest {

  @TempDir Path dir;

  private static final String DEFINITIONS = TestCatalogs.DEPRECATIONS_YAML;

  private static byte[] snapshotOf(String yaml) throws DefinitionException {
    return SnapshotFormat.bytes(TestCatalogs.fromYaml(yaml), TokenOptions.defaults());
  }

  private Baseline read(Path path) throws Exception {
    return BaselineReader.read(path, LoadOptions.defaults(), TokenOptions.defaults());
  }

  @Test
  void aSnapshotFileIsTakenAsItIs() throws Exception {
    Path file = Files.write(dir.resolve("badges.snapshot.json"), snapshotOf(DEFINITIONS));

    Baseline baseline = read(file);

    assertEquals(file.toString(), baseline.name());
    assertArrayEquals(Files.readAllBytes(file), baseline.snapshot());
  }

  @Test
  void aSnapshotUnderAnyJsonNameIsRecognisedByItsSchemaMember() throws Exception {
    Path file = Files.write(dir.resolve("release-1.2.json"), snapshotOf(DEFINITIONS));

    assertArrayEquals(Files.readAllBytes(file), read(file).snapshot());
  }

  @Test
  void definitionsAreLoadedAndSnapshottedAsAGenerationWould() throws Exception {
    Path file = CatalogFiles.write(dir, "badges.yaml", DEFINITIONS);

    Baseline baseline = read(file);

    assertArrayEquals(snapshotOf(DEFINITIONS), baseline.snapshot());
  }

  @Test
  void definitionsThatFailTodaysContrastCheckStillServeAsABaseline() throws Exception {
    String lowContrast =
        """
        tones:
          pale:
            light: { background: "#ffffff", foreground: "#eeeeee" }
            dark: { background: "#000000", foreground: "#111111" }
        domains:
          job.status:
            title: Job status
            values:
              faint: { label: Faint, tone: pale, icon: circle-help }
        """;
    Path file = CatalogFiles.write(dir, "badges.yaml", lowContrast);

    CatalogSnapshot snapshot = CatalogSnapshot.parse(read(file).snapshot(), "test");

    assertTrue(snapshot.tones().containsKey("pale"));
  }

  @Test
  void aTruncatedSnapshotIsRefusedWithItsPositionInsteadOfReadAsDefinitions() throws Exception {
    byte[] whole = snapshotOf(DEFINITIONS);
    Path file = Files.write(dir.resolve("baseline.json"), Arrays.copyOf(whole, whole.length / 2));

    SnapshotException e = assertThrows(SnapshotException.class, () -> read(file));

    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void aMissingBaselineIsNoSuchFile() {
    Path missing = dir.resolve("nope.json");

    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> read(missing));

    assertEquals(missing.toString(), e.getFile());
  }

  @Test
  void aJarCarryingOneSnapshotIsReadFromItsEntry() throws Exception {
    byte[] snapshot = snapshotOf(DEFINITIONS);
    Path jar =
        zip(
            "app-1.0.jar",
            "META-INF/resources/webjars/app/1.0/snapshot/badges.snapshot.json",
            snapshot);

    Baseline baseline = BaselineReader.fromArchive(jar, "com.example:app:1.0");

    assertEquals("com.example:app:1.0", baseline.name());
    assertArrayEquals(snapshot, baseline.snapshot());
  }

  @Test
  void aJarWithoutASnapshotSaysHowToReleaseOne() throws Exception {
    Path jar = zip("app-1.0.jar", "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());

    SnapshotException e =
        assertThrows(SnapshotException.class, () -> BaselineReader.fromArchive(jar, "g:a:1.0"));

    assertTrue(e.getMessage().contains("carries no catalog snapshot"), e.getMessage());
    assertTrue(e.getMessage().contains("attach"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAZipIsRefusedAsSuch() throws Exception {
    Path jar = Files.writeString(dir.resolve("broken.jar"), "not a zip");

    SnapshotException e = assertThrows(SnapshotException.class, () -> read(jar));

    assertTrue(e.getMessage().contains("is not a readable jar or zip"), e.getMessage());
  }

  @Test
  void aCorruptSnapshotInsideAJarNamesTheEntry() throws Exception {
    Path jar = zip("app.jar", "snapshot/badges.snapshot.json", "{\"$schema\": ".getBytes());

    SnapshotException e =
        assertThrows(SnapshotException.class, () -> BaselineReader.fromArchive(jar, "g:a:1"));

    assertTrue(
        e.getMessage().startsWith(jar + "!/snapshot/badges.snapshot.json:1:"), e.getMessage());
  }

  private Path zip(String name, String entry, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    }
    return file;
  }
}

package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.validate.ContrastLevel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DefinitionLoader#read} does all the file I/O once; {@link
 * DefinitionLoader#load(RawDefinitions)} none.
 */
class ReadThenLoadTest {

  private static final String QUEUED =
      "domains:\n  run.status:\n    values:\n      queued: { label: Queued, tone: neutral, icon: clock }\n";
  private static final String DONE =
      "domains:\n  run.outcome:\n    values:\n      done: { label: Done, tone: success, icon: circle-check }\n";

  private final DefinitionLoader loader = new DefinitionLoader();

  @Test
  void readingAndLoadingTheBuiltInDefinitionsGivesWhatLoadBuiltinGives() throws Exception {
    RawDefinitions raw = loader.read(Definitions.builtIn());
    assertEquals(Definitions.builtIn(), raw.origin());
    assertEquals(1, raw.sources().size());
    assertEquals(DefinitionLoader.BUILTIN_NAME, raw.sources().get(0).name());
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(DefinitionLoader.BUILTIN_RESOURCE)) {
      assertArrayEquals(in.readAllBytes(), raw.sources().get(0).content());
    }
    assertEquals(List.of(), raw.unreadable());
    assertEquals(loader.loadBuiltin(), loader.load(raw));
  }

  @Test
  void aDirectoryReadOnceStillLoadsAfterItsFilesAreDeleted(@TempDir Path dir) throws Exception {
    Path defs = Files.createDirectories(dir.resolve("defs"));
    Files.writeString(defs.resolve("b.badges.yaml"), DONE);
    Files.writeString(defs.resolve("a.badges.yaml"), QUEUED);
    LoadedCatalog direct = loader.load(defs);
    RawDefinitions raw = loader.read(Definitions.at(defs));
    try (var files = Files.list(defs)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(defs);
    assertThrows(NoSuchFileException.class, () -> loader.load(defs));
    LoadedCatalog loaded = loader.load(raw);
    assertEquals(direct, loaded);
    assertEquals("Done", loaded.catalog().resolve("run.outcome", "done").label());
  }

  @Test
  void theSourcesReadAreEachFilesBytesInDefinitionFilesOrder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.badges.yml"), DONE);
    Files.writeString(dir.resolve("a.badges.yaml"), QUEUED);
    Files.writeString(dir.resolve("notes.yaml"), "not: definitions\n");
    RawDefinitions raw = loader.read(Definitions.at(dir));
    List<Path> files = DefinitionLoader.definitionFiles(dir);
    assertEquals(
        files.stream().map(Path::toString).toList(),
        raw.sources().stream().map(DefinitionSource::name).toList());
    for (int i = 0; i < files.size(); i++) {
      assertArrayEquals(Files.readAllBytes(files.get(i)), raw.sources().get(i).content());
    }
    assertEquals(Definitions.at(dir), raw.origin());
  }

  @Test
  void aSingleFileIsReadAsOneSourceUnderItsPath(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("badges.yaml"), QUEUED);
    RawDefinitions raw = loader.read(Definitions.at(file));
    assertEquals(
        List.of(file.toString()), raw.sources().stream().map(DefinitionSource::name).toList());
    assertEquals(loader.load(file), loader.load(raw));
  }

  @Test
  void readingAMissingPathThrowsNoSuchFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.badges.yaml");
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> loader.read(Definitions.at(missing)));
    assertEquals(missing.toString(), e.getFile());
  }

  @Test
  void readingADirectoryWithoutDefinitionFilesIsRefusedAsLoadRefusesIt(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("notes.yaml"), "not: definitions\n");
    DefinitionException read =
        assertThrows(DefinitionException.class, () -> loader.read(Definitions.at(dir)));
    DefinitionException load = assertThrows(DefinitionException.class, () -> loader.load(dir));
    assertEquals(load.diagnostics(), read.diagnostics());
    assertTrue(
        read.errors().get(0).message().contains("contains no definition files"), read.report());
  }

  @Test
  void aFileOverTheSizeLimitIsNotReadAndLoadReportsItAsLoadingThePathDoes(@TempDir Path dir)
      throws Exception {
    DefinitionLoader small = new DefinitionLoader(new LoadOptions(ContrastLevel.AA, 200));
    Files.writeString(dir.resolve("a.badges.yaml"), QUEUED);
    Path big = Files.writeString(dir.resolve("big.badges.yaml"), "# padding\n".repeat(50));
    RawDefinitions raw = small.read(Definitions.at(dir));
    assertEquals(
        List.of(dir.resolve("a.badges.yaml").toString()),
        raw.sources().stream().map(DefinitionSource::name).toList());
    assertEquals(1, raw.unreadable().size());
    assertEquals(big.toString(), raw.unreadable().get(0).location().file());
    DefinitionException fromRead = assertThrows(DefinitionException.class, () -> small.load(raw));
    DefinitionException fromPath = assertThrows(DefinitionException.class, () -> small.load(dir));
    assertEquals(fromPath.diagnostics(), fromRead.diagnostics());
    assertEquals(fromPath.report(), fromRead.report());
    assertTrue(
        fromRead.errors().get(0).message().contains("(500 bytes), over the 0.0 MiB limit"),
        fromRead.report());
  }

  @Test
  void definitionsAreValuesComparedByWhatTheyName(@TempDir Path dir) {
    Path p = dir.resolve("badges.yaml");
    assertEquals(Definitions.at(p), Definitions.at(p));
    assertEquals(Definitions.at(p).hashCode(), Definitions.at(p).hashCode());
    assertEquals(Definitions.builtIn(), Definitions.builtIn());
    assertNotEquals(Definitions.builtIn(), Definitions.at(p));
    assertNotEquals(Definitions.at(p), Definitions.at(dir));
    assertThrows(NullPointerException.class, () -> Definitions.at(null));
  }

  @Test
  void rawDefinitionsKeepTheirOwnCopyOfEachList(@TempDir Path dir) {
    List<DefinitionSource> sources =
        new ArrayList<>(List.of(new DefinitionSource("a.badges.yaml", new byte[0])));
    RawDefinitions raw = new RawDefinitions(Definitions.at(dir), sources, List.of());
    sources.clear();
    assertEquals(1, raw.sources().size());
    assertThrows(UnsupportedOperationException.class, () -> raw.sources().clear());
    assertThrows(UnsupportedOperationException.class, () -> raw.unreadable().clear());
  }
}

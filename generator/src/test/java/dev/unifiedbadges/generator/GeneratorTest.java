package dev.unifiedbadges.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.generator.output.ForeignDirectoryException;
import dev.unifiedbadges.generator.output.OutputWriter;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.testing.CatalogFiles;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.DarkMode;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator core: load, check, export, render, and write atomically, or write nothing. */
class GeneratorTest {

  private static final String VALID =
      """
      domains:
        job.status:
          title: Job status
          values:
            running: { label: Running, tone: info, icon: loader-circle }
            failed:  { label: Failed,  tone: danger, icon: circle-x }
      """;

  /** Valid, but "failed" renders differently in two domains: a consistency lint warning. */
  private static final String INCONSISTENT =
      """
      domains:
        job.status:
          values:
            failed: { label: Failed, tone: danger, icon: circle-x }
        task.status:
          values:
            failed: { label: Failed, tone: warning, icon: triangle-alert }
      """;

  private static final String BROKEN =
      """
      domains:
        job.status:
          values:
            failed: { label: Failed, tone: no-such-tone, icon: circle-x }
      """;

  private final Generator generator = new Generator();

  @TempDir Path tmp;

  @Test
  void generatesEveryFormatFromTheBuiltinCatalog() throws Exception {
    Path out = tmp.resolve("badges");
    GenerationResult result = generator.generate(GenerationRequest.of(Definitions.builtIn(), out));
    assertEquals(11, result.domains());
    assertEquals(47, result.pairings());
    assertEquals(List.of(), result.warnings());
    assertEquals(out.resolve("site/index.html"), result.siteIndex());
    assertTrue(Files.isRegularFile(result.siteIndex()));
    Map<String, byte[]> files = read(out);
    for (String path :
        List.of(
            "css/badges.css",
            "css/badges.min.css",
            "tokens/badges.light.tokens.json",
            "tokens/badges.dark.tokens.json",
            "tokens/badges.resolver.json",
            "js/badges.js",
            "js/badges.d.ts",
            "site/index.html",
            "site/tones.html",
            "site/downloads.html",
            "site/domains/operation-run-outcome.html",
            "site/search-index.js",
            "site/assets/site.css",
            "site/assets/fonts/Roboto-Regular.woff2",
            OutputWriter.MARKER)) {
      assertTrue(files.containsKey(path), path);
    }
    for (String path :
        List.of("css/badges.css", "tokens/badges.light.tokens.json", "js/badges.js")) {
      assertArrayEquals(
          files.get(path), files.get("site/downloads/" + path), "the site's copy of " + path);
      assertTrue(
          Files.isSameFile(out.resolve(path), out.resolve("site/downloads/" + path)),
          "the site's copy of " + path + " is a hard link, not a second write");
    }
    assertEquals(files.size() - 1, result.write().written());
    assertFalse(result.write().upToDate());
  }

  @Test
  void anUnchangedRerunWritesNothing() throws Exception {
    Path out = tmp.resolve("badges");
    generator.generate(GenerationRequest.of(Definitions.builtIn(), out));
    Map<String, byte[]> before = read(out);
    long modified = Files.getLastModifiedTime(out.resolve("site/index.html")).toMillis();
    GenerationResult again = generator.generate(GenerationRequest.of(Definitions.builtIn(), out));
    assertTrue(again.write().upToDate(), again.write().toString());
    assertEquals(0, again.write().written());
    assertEquals(before.size() - 1, again.write().unchanged());
    assertSameFiles(before, read(out));
    assertEquals(modified, Files.getLastModifiedTime(out.resolve("site/index.html")).toMillis());
  }

  @Test
  void writesOnlyTheRequestedFormats() throws Exception {
    Path out = tmp.resolve("badges");
    GenerationResult css =
        generator.generate(request(Definitions.builtIn(), out, List.of("css"), false));
    assertNull(css.siteIndex());
    assertEquals(
        Set.of("css/badges.css", "css/badges.min.css", OutputWriter.MARKER), read(out).keySet());

    GenerationResult tokensAndJs =
        generator.generate(request(Definitions.builtIn(), out, List.of("tokens", "js"), false));
    assertEquals(2, tokensAndJs.write().removed(), "the CSS files are gone");
    assertTrue(
        read(out).keySet().stream()
            .allMatch(
                p ->
                    p.startsWith("tokens/")
                        || p.startsWith("js/")
                        || p.equals(OutputWriter.MARKER)));

    generator.generate(request(Definitions.builtIn(), out, List.of("site"), false));
    Map<String, byte[]> site = read(out);
    assertTrue(
        site.keySet().stream()
            .allMatch(p -> p.startsWith("site/") || p.equals(OutputWriter.MARKER)));
    assertTrue(
        new String(
                site.get("site/downloads/css/badges.css"), java.nio.charset.StandardCharsets.UTF_8)
            .contains(".badge--operation-run-outcome--failed"),
        "the site keeps its downloads, in full");
  }

  @Test
  void loadsUserDefinitionsWithTheRequestedPrefixAndTitle() throws Exception {
    Path defs = write("status.badges.yaml", VALID);
    Path out = tmp.resolve("badges");
    GenerationRequest r =
        new GenerationRequest(
            Definitions.at(defs),
            out,
            GenerationRequest.DEFAULT_FORMATS,
            LoadOptions.defaults(),
            new TokenOptions("ub", TokenOptions.defaults().colorFormat(), false),
            Map.of("site.title", "Jobs"),
            false);
    GenerationResult result = generator.generate(r);
    assertEquals(1, result.domains());
    assertEquals(2, result.pairings());
    Map<String, byte[]> files = read(out);
    assertFalse(files.containsKey("css/badges.min.css"));
    String page = new String(files.get("site/domains/job-status.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("<title>Job status · Jobs</title>"), "title");
    assertTrue(page.contains("<span class=\"ub ub--job-status--failed\">"), "prefixed badge");
  }

  @Test
  void warningsFailTheRunWhenAskedAndNothingIsWritten() throws Exception {
    Path defs = write("status.badges.yaml", INCONSISTENT);
    Path out = tmp.resolve("badges");
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                generator.generate(
                    request(Definitions.at(defs), out, GenerationRequest.DEFAULT_FORMATS, true)));
    assertFalse(e.errors().isEmpty());
    assertTrue(e.diagnostics().stream().allMatch(Diagnostic::isError));
    assertTrue(e.report().contains("'failed' renders differently across domains"), e.report());
    assertTrue(e.report().contains("status.badges.yaml"), e.report());
    assertFalse(Files.exists(out), "nothing written");

    GenerationResult lenient =
        generator.generate(
            request(Definitions.at(defs), out, GenerationRequest.DEFAULT_FORMATS, false));
    assertEquals(1, lenient.warnings().size());
    assertFalse(lenient.warnings().get(0).isError());
    assertTrue(Files.isRegularFile(out.resolve("site/index.html")));
  }

  @Test
  void brokenDefinitionsLeaveThePreviousOutputByteIdentical() throws Exception {
    Path defs = write("status.badges.yaml", VALID);
    Path out = tmp.resolve("badges");
    generator.generate(
        request(Definitions.at(defs), out, GenerationRequest.DEFAULT_FORMATS, false));
    Map<String, byte[]> before = read(out);

    Files.writeString(defs, BROKEN, StandardCharsets.UTF_8);
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                generator.generate(
                    request(Definitions.at(defs), out, GenerationRequest.DEFAULT_FORMATS, false)));
    assertTrue(e.report().contains("no-such-tone"), e.report());
    assertSameFiles(before, read(out));
  }

  @Test
  void aMissingDefinitionsPathIsReported() {
    Path missing = tmp.resolve("nowhere.badges.yaml");
    Path out = tmp.resolve("badges");
    assertThrows(
        NoSuchFileException.class,
        () ->
            generator.generate(
                request(Definitions.at(missing), out, GenerationRequest.DEFAULT_FORMATS, false)));
    assertThrows(
        NoSuchFileException.class, () -> generator.check(Definitions.at(missing), null, false));
    assertFalse(Files.exists(out));
  }

  @Test
  void aDirectoryOfOtherFilesIsNeverReplaced() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(out.resolve("Main.java"), "class Main {}");
    assertThrows(
        ForeignDirectoryException.class,
        () -> generator.generate(GenerationRequest.of(Definitions.builtIn(), out)));
    assertEquals("class Main {}", Files.readString(out.resolve("Main.java")));
  }

  @Test
  void checkLoadsWithoutWriting() throws Exception {
    LoadedCatalog builtin = generator.check(Definitions.builtIn(), null, true);
    assertEquals(47, builtin.catalog().pairingCount());
    Path defs = write("status.badges.yaml", INCONSISTENT);
    assertEquals(
        1, generator.check(Definitions.at(defs), LoadOptions.defaults(), false).warnings().size());
    assertThrows(
        DefinitionException.class,
        () -> generator.check(Definitions.at(defs), LoadOptions.defaults(), true));
  }

  @Test
  void aRequestNeedsAtLeastOneFormat() {
    assertThrows(
        IllegalArgumentException.class,
        () -> request(Definitions.builtIn(), tmp, List.of(), false));
  }

  // ---- the input fingerprint: a rerun with the same inputs does no work ----

  @Test
  void aRerunWithTheSameInputsIsAnsweredFromTheRecordWithItsWarnings() throws Exception {
    Path defs = write("status.badges.yaml", INCONSISTENT);
    Path out = tmp.resolve("badges");
    GenerationRequest request =
        request(Definitions.at(defs), out, GenerationRequest.DEFAULT_FORMATS, false);
    GenerationResult first = generator.generate(request);
    assertEquals(1, first.warnings().size());
    Map<String, byte[]> before = read(out);
    Map<String, Long> times = modificationTimes(out);

    String fingerprint = generator.fingerprint(request);
    assertTrue(
        OutputWriter.upToDate(out, fingerprint).isPresent(), "the run recorded its fingerprint");

    GenerationResult again = generator.generate(request);
    assertTrue(again.write().upToDate(), again.write().toString());
    assertEquals(before.size() - 1, again.write().unchanged());
    assertEquals(first.domains(), again.domains());
    assertEquals(first.pairings(), again.pairings());
    assertEquals(first.warnings(), again.warnings(), "the same warnings, field by field");
    assertEquals(first.siteIndex(), again.siteIndex());
    assertSameFiles(before, read(out));
    assertEquals(times, modificationTimes(out));
  }

  @Test
  void theBuiltinCatalogIsFingerprintedToo() throws Exception {
    Path out = tmp.resolve("badges");
    GenerationRequest request = GenerationRequest.of(Definitions.builtIn(), out);
    generator.generate(request);
    assertTrue(OutputWriter.upToDate(out, generator.fingerprint(request)).isPresent());
    GenerationResult again = generator.generate(request);
    assertTrue(again.write().upToDate());
    assertEquals(47, again.pairings());
  }

  @Test
  void aChangedDefinitionFileIsGeneratedAgain() throws Exception {
    Path defs = write("status.badges.yaml", VALID);
    Path out = tmp.resolve("badges");
    GenerationRequest request =
        request(Definitions.at(defs.getParent()), out, GenerationRequest.DEFAULT_FORMATS, false);
    generator.generate(request);
    // Same size, one letter changed.
    Files.writeString(defs, VALID.replace("Running", "Runnin'"), StandardCharsets.UTF_8);
    GenerationResult changed = generator.generate(request);
    assertFalse(changed.write().upToDate());
    assertTrue(Files.readString(out.resolve("js/badges.js")).contains("Runnin'"));
    // A definition file added next to it.
    Files.writeString(
        defs.resolveSibling("more.badges.yaml"),
        "domains:\n  other.status:\n    values:\n      ok: { label: OK, tone: success, icon: circle-check }\n",
        StandardCharsets.UTF_8);
    GenerationResult added = generator.generate(request);
    assertFalse(added.write().upToDate());
    assertEquals(2, added.domains());
    assertTrue(generator.generate(request).write().upToDate());
  }

  @Test
  void aChangedOptionIsGeneratedAgain() throws Exception {
    Path defs = write("status.badges.yaml", INCONSISTENT);
    Path out = tmp.resolve("badges");
    GenerationRequest base =
        new GenerationRequest(
            Definitions.at(defs),
            out,
            GenerationRequest.DEFAULT_FORMATS,
            LoadOptions.defaults(),
            TokenOptions.defaults(),
            Map.of("site.title", "A"),
            false);
    List<GenerationRequest> variants =
        List.of(
            new GenerationRequest(
                Definitions.at(defs),
                out,
                GenerationRequest.DEFAULT_FORMATS,
                LoadOptions.defaults(),
                TokenOptions.defaults(),
                Map.of("site.title", "B"),
                false),
            new GenerationRequest(
                Definitions.at(defs),
                out,
                GenerationRequest.DEFAULT_FORMATS,
                LoadOptions.defaults(),
                new TokenOptions("ub", TokenOptions.defaults().colorFormat(), true),
                Map.of("site.title", "A"),
                false),
            new GenerationRequest(
                Definitions.at(defs),
                out,
                GenerationRequest.DEFAULT_FORMATS,
                LoadOptions.defaults(),
                new TokenOptions("badge", ColorFormat.HEX, true),
                Map.of("site.title", "A"),
                false),
            new GenerationRequest(
                Definitions.at(defs),
                out,
                GenerationRequest.DEFAULT_FORMATS,
                LoadOptions.defaults(),
                new TokenOptions("badge", TokenOptions.defaults().colorFormat(), false),
                Map.of("site.title", "A"),
                false),
            new GenerationRequest(
                Definitions.at(defs),
                out,
                GenerationRequest.DEFAULT_FORMATS,
                LoadOptions.defaults(),
                TokenOptions.defaults().withDarkMode(DarkMode.ATTRIBUTE),
                Map.of("site.title", "A"),
                false),
            new GenerationRequest(
                Definitions.at(defs),
                out,
                GenerationRequest.DEFAULT_FORMATS,
                LoadOptions.defaults()
                    .withContrastLevel(dev.unifiedbadges.model.validate.ContrastLevel.AAA),
                TokenOptions.defaults(),
                Map.of("site.title", "A"),
                false),
            new GenerationRequest(
                Definitions.at(defs),
                out,
                List.of("css", "site"),
                LoadOptions.defaults(),
                TokenOptions.defaults(),
                Map.of("site.title", "A"),
                false));
    for (GenerationRequest variant : variants) {
      generator.generate(base);
      assertTrue(generator.generate(base).write().upToDate(), "base is up to date");
      GenerationResult r = generator.generate(variant);
      assertFalse(r.write().upToDate(), "regenerated for " + variant);
      assertTrue(generator.generate(variant).write().upToDate(), "then up to date for " + variant);
    }
    // failOnWarnings changes the outcome: the run fails instead of reporting the recorded warning.
    generator.generate(base);
    assertThrows(
        DefinitionException.class,
        () ->
            generator.generate(
                new GenerationRequest(
                    Definitions.at(defs),
                    out,
                    GenerationRequest.DEFAULT_FORMATS,
                    LoadOptions.defaults(),
                    TokenOptions.defaults(),
                    Map.of("site.title", "A"),
                    true)));
  }

  @Test
  void aDeletedResizedOrAddedOutputFileIsGeneratedAgain() throws Exception {
    Path out = tmp.resolve("badges");
    GenerationRequest request = GenerationRequest.of(Definitions.builtIn(), out);
    generator.generate(request);
    Map<String, byte[]> expected = read(out);

    Files.delete(out.resolve("site/domains/operation-run-outcome.html"));
    GenerationResult afterDelete = generator.generate(request);
    assertEquals(1, afterDelete.write().written(), afterDelete.write().toString());
    assertSameFiles(expected, read(out));

    Files.writeString(out.resolve("css/badges.css"), "/* edited */", StandardOpenOption.APPEND);
    // The site's download is the same file (a hard link), so the edit shows there too.
    assertTrue(
        Files.readString(out.resolve("site/downloads/css/badges.css")).endsWith("/* edited */"));
    GenerationResult afterResize = generator.generate(request);
    assertEquals(2, afterResize.write().written(), afterResize.write().toString());
    assertSameFiles(expected, read(out));

    Files.writeString(out.resolve("site/stray.html"), "stray");
    GenerationResult afterAdd = generator.generate(request);
    assertEquals(1, afterAdd.write().removed(), afterAdd.write().toString());
    assertSameFiles(expected, read(out));
    assertTrue(generator.generate(request).write().upToDate());
  }

  @Test
  void theRecordLivesInTheLockFileNotInTheOutput() throws Exception {
    Path out = tmp.resolve("target/badges");
    generator.generate(GenerationRequest.of(Definitions.builtIn(), out));
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertEquals(
          Set.of("badges", ".badges.lock"),
          siblings
              .map(p -> p.getFileName().toString())
              .collect(java.util.stream.Collectors.toSet()));
    }
    assertEquals(
        "This directory is generated by Unified Badges and is replaced on every change.\n",
        Files.readString(out.resolve(OutputWriter.MARKER)),
        "the marker is the same for every catalog, so the output is a pure function of it");
  }

  private static Map<String, Long> modificationTimes(Path dir) throws IOException {
    Map<String, Long> times = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        times.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
      }
    }
    return times;
  }

  private static GenerationRequest request(
      Definitions defs, Path out, List<String> formats, boolean failOnWarnings) {
    return new GenerationRequest(defs, out, formats, null, null, null, failOnWarnings);
  }

  private Path write(String name, String yaml) throws IOException {
    return CatalogFiles.write(tmp.resolve("defs"), name, yaml);
  }

  private static Map<String, byte[]> read(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String path : expected.keySet()) {
      assertArrayEquals(expected.get(path), actual.get(path), path);
    }
  }
}

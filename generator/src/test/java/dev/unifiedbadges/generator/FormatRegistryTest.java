package dev.unifiedbadges.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.tokens.SnapshotFormat;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {

  @TempDir Path tmp;

  private static List<String> withCsv() {
    List<String> formats = new ArrayList<>(GenerationRequest.DEFAULT_FORMATS);
    formats.add(PairingsCsvFormat.ID);
    return formats;
  }

  private static GenerationRequest request(
      Path out, List<String> formats, Map<String, String> options) {
    return new GenerationRequest(Definitions.builtIn(), out, formats, null, null, options, false);
  }

  @Test
  void aFormatInTestCodeIsFoundThroughItsServiceFileAfterTheBuiltIns() throws Exception {
    assertEquals(
        List.of("css", "tokens", "js", "snapshot", "site", "java", "npm", "pairings-csv"),
        new Generator().registry().ids());
    assertEquals(
        List.of("css", "tokens", "js", "snapshot", "site", "java", "npm"),
        FormatRegistry.builtIn().ids());
  }

  @Test
  void aDiscoveredFormatIsWrittenCopiedAndListedOnTheDownloadsPage() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator().generate(request(out, withCsv(), null));
    String csv = Files.readString(out.resolve(PairingsCsvFormat.PATH), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("domain,value,label,tone\n"), csv);
    assertTrue(csv.contains("\noperation_run.outcome,partial,Partial,warning\n"), csv);
    assertEquals(48, csv.lines().count());
    assertEquals(csv, Files.readString(out.resolve("site/downloads/" + PairingsCsvFormat.PATH)));

    Document page = Jsoup.parse(out.resolve("site/downloads.html").toFile(), "UTF-8");
    Element group = page.selectFirst("section[aria-labelledby=site--files-pairings-csv]");
    assertEquals(PairingsCsvFormat.GROUP, group.selectFirst("h2").text());
    Element link = group.selectFirst("a.download__link");
    assertEquals("downloads/" + PairingsCsvFormat.PATH, link.attr("href"));
    assertEquals(PairingsCsvFormat.DESCRIPTION, group.selectFirst(".download__description").text());
    // The groups follow the registry: built-in ones first, then the third-party one.
    assertEquals(
        List.of(
            "site--files-css",
            "site--files-tokens",
            "site--files-js",
            "site--files-snapshot",
            "site--files-pairings-csv"),
        page.select("section.download-group").eachAttr("aria-labelledby"));
  }

  @Test
  void aDefaultRunWritesTheCatalogSnapshotAndOffersItOnTheDownloadsPage() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator().generate(request(out, GenerationRequest.DEFAULT_FORMATS, null));
    byte[] snapshot = Files.readAllBytes(out.resolve(SnapshotFormat.SNAPSHOT));
    assertTrue(new String(snapshot, StandardCharsets.UTF_8).contains("\"snapshotVersion\": 1,\n"));
    assertArrayEquals(
        SnapshotFormat.schema(), Files.readAllBytes(out.resolve(SnapshotFormat.SCHEMA)));
    assertArrayEquals(
        snapshot, Files.readAllBytes(out.resolve("site/downloads/" + SnapshotFormat.SNAPSHOT)));

    Document page = Jsoup.parse(out.resolve("site/downloads.html").toFile(), "UTF-8");
    Element group = page.selectFirst("section[aria-labelledby=site--files-snapshot]");
    assertEquals("Catalog snapshot", group.selectFirst("h2").text());
    assertEquals(
        List.of("downloads/" + SnapshotFormat.SNAPSHOT, "downloads/" + SnapshotFormat.SCHEMA),
        group.select("a.download__link").eachAttr("href"));
  }

  @Test
  void aFormatNotSelectedIsNeitherWrittenNorOffered() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator().generate(request(out, GenerationRequest.DEFAULT_FORMATS, null));
    assertFalse(Files.exists(out.resolve("pairings")));
    assertFalse(
        Files.readString(out.resolve("site/downloads.html")).contains(PairingsCsvFormat.PATH));
  }

  @Test
  void theSiteAloneOffersTheTokenFormatsItNeedsWithoutWritingThemAtTheTop() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator().generate(request(out, List.of("site"), null));
    assertTrue(Files.isRegularFile(out.resolve("site/downloads/css/badges.css")));
    assertTrue(Files.isRegularFile(out.resolve("site/downloads/tokens/badges.resolver.json")));
    assertTrue(Files.isRegularFile(out.resolve("site/downloads/js/badges.d.ts")));
    for (String top : List.of("css", "tokens", "js")) {
      assertFalse(Files.exists(out.resolve(top)), top);
    }
  }

  @Test
  void theNpmPackageAloneWritesTheFilesItPackagesAtTheTop() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator().generate(request(out, List.of("npm"), Map.of("npm.name", "@acme/badges")));
    for (String file :
        List.of(
            "package.json",
            "js/badges.cjs",
            "js/badges.d.cts",
            "js/badges.js",
            "css/badges.min.css",
            "tokens/badges.resolver.json")) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
    assertFalse(Files.exists(out.resolve("site")));
    assertTrue(
        Files.readString(out.resolve("package.json")).contains("\"name\": \"@acme/badges\""));
  }

  @Test
  void withTheSiteTheNpmPackageIsWrittenAndOffered() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator().generate(request(out, List.of("site", "npm"), null));
    assertTrue(Files.isRegularFile(out.resolve("css/badges.css")), "packaged, so at the top");
    assertTrue(Files.isRegularFile(out.resolve("site/downloads/package.json")));
    assertTrue(Files.readString(out.resolve("site/downloads.html")).contains("js/badges.cjs"));
  }

  @Test
  void anUnknownFormatIsRefusedWithEveryAvailableId() {
    FormatConfigurationException e =
        assertThrows(
            FormatConfigurationException.class,
            () ->
                new Generator()
                    .generate(request(tmp.resolve("badges"), List.of("css", "scss"), null)));
    assertEquals(
        "Unknown output format 'scss'. Available: css, tokens, js, snapshot, site, java, npm, pairings-csv. A third-party format is"
            + " available once its jar is among the plugin's <dependencies>.",
        e.getMessage());
    assertFalse(Files.exists(tmp.resolve("badges")));
  }

  @Test
  void aFormatOptionReachesItsFormatUnderItsOwnNamespace() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator()
        .generate(
            request(out, List.of(PairingsCsvFormat.ID), Map.of("pairings-csv.separator", ";")));
    assertTrue(
        Files.readString(out.resolve(PairingsCsvFormat.PATH))
            .startsWith("domain;value;label;tone\n"));
  }

  @Test
  void anOptionNoFormatReadsIsRefusedNamingWhatIsRead() {
    Generator generator = new Generator();
    Path out = tmp.resolve("badges");
    FormatConfigurationException wrongKey =
        assertThrows(
            FormatConfigurationException.class,
            () -> generator.generate(request(out, withCsv(), Map.of("pairings-csv.sep", ";"))));
    assertEquals(
        "Unknown format option 'pairings-csv.sep': the format 'pairings-csv' reads only pairings-csv.separator.",
        wrongKey.getMessage());
    FormatConfigurationException noFormat =
        assertThrows(
            FormatConfigurationException.class,
            () -> generator.generate(request(out, withCsv(), Map.of("scss.prefix", "x"))));
    assertTrue(
        noFormat.getMessage().startsWith("Unknown format option 'scss.prefix': an option is named"),
        noFormat.getMessage());
    FormatConfigurationException none =
        assertThrows(
            FormatConfigurationException.class,
            () -> generator.generate(request(out, withCsv(), Map.of("css.minified", "false"))));
    assertEquals(
        "Unknown format option 'css.minified': the format 'css' reads no options.",
        none.getMessage());
    assertFalse(Files.exists(out));
  }

  /** A format that writes a fixed set of paths, whatever it declares. */
  private record Fixed(String id, List<String> declared, List<String> written)
      implements OutputFormat {
    @Override
    public List<OutputFile> files(FormatContext context) {
      return declared.stream()
          .map(p -> new OutputFile(p, "Test", "A test file.", "text/plain"))
          .toList();
    }

    @Override
    public List<FormatTask> tasks(FormatContext context, FileSink sink) {
      return written.stream().<FormatTask>map(p -> () -> sink.put(p, new byte[] {'x'})).toList();
    }
  }

  @Test
  void twoFormatsClaimingOnePathAreRefusedBeforeAnythingIsWritten() throws Exception {
    Generator generator =
        new Generator(
            FormatRegistry.builtInAnd(
                List.of(new Fixed("evil", List.of("css/badges.css"), List.of()))));
    Path out = tmp.resolve("badges");
    FormatConfigurationException e =
        assertThrows(
            FormatConfigurationException.class,
            () -> generator.generate(request(out, List.of("css", "evil"), null)));
    assertEquals(
        "The output formats 'css' and 'evil' both write 'css/badges.css'. Fix: select only one of the two formats,"
            + " or change one's paths.",
        e.getMessage());
    Generator inSite =
        new Generator(
            FormatRegistry.builtInAnd(
                List.of(new Fixed("evil", List.of("site/x.html"), List.of()))));
    FormatConfigurationException nested =
        assertThrows(
            FormatConfigurationException.class,
            () -> inSite.generate(request(out, List.of("site", "evil"), null)));
    assertTrue(
        nested.getMessage().contains("'site' and 'evil' both write 'site/x.html' and 'site/'"),
        nested.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void aFormatWritingWhatItDidNotDeclareFailsTheRunAndLeavesThePreviousOutput() throws Exception {
    Path out = tmp.resolve("badges");
    new Generator().generate(request(out, List.of("css"), null));
    byte[] before = Files.readAllBytes(out.resolve("css/badges.css"));
    Generator generator =
        new Generator(
            FormatRegistry.builtInAnd(
                List.of(new Fixed("sneaky", List.of("a.txt"), List.of("a.txt", "../b.txt")))));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> generator.generate(request(out, List.of("css", "sneaky"), null)));
    assertEquals(
        "the output format 'sneaky' wrote ../b.txt, which it did not declare in files() or directories()",
        e.getMessage());
    assertEquals(List.of("css"), list(out));
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("css/badges.css"))));
  }

  @Test
  void aFormatThatDeclaresAFileButNeverWritesItFailsTheRun() throws Exception {
    Generator generator =
        new Generator(
            FormatRegistry.builtInAnd(
                List.of(new Fixed("lazy", List.of("a.txt", "b.txt"), List.of("a.txt")))));
    Path out = tmp.resolve("badges");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> generator.generate(request(out, List.of("lazy"), null)));
    assertEquals("the output format 'lazy' declared b.txt but did not write it", e.getMessage());
    assertFalse(Files.exists(out));
  }

  /** A plain format that asks for the downloads' sizes from inside its own task. */
  private record Impatient(String id) implements OutputFormat {
    @Override
    public List<OutputFile> files(FormatContext context) {
      return List.of(new OutputFile("impatient.txt", "Test", "A test file.", "text/plain"));
    }

    @Override
    public List<FormatTask> tasks(FormatContext context, FileSink sink) {
      return List.of(
          () -> {
            String seen = context.downloads().size() + " " + context.awaitDownloadSizes().size();
            sink.put("impatient.txt", seen.getBytes(StandardCharsets.UTF_8));
          });
    }
  }

  @Test
  @Timeout(60) // a regression waited for itself forever
  void onlyTheSiteSeesTheDownloadsSoNoFormatWaitsForItself() throws Exception {
    Generator generator =
        new Generator(FormatRegistry.builtInAnd(List.of(new Impatient("impatient"))));
    Path out = tmp.resolve("badges");
    generator.generate(request(out, List.of("site", "impatient"), null));
    assertEquals("0 0", Files.readString(out.resolve("impatient.txt"), StandardCharsets.UTF_8));
    assertTrue(Files.readString(out.resolve("site/downloads.html")).contains("impatient.txt"));
  }

  @Test
  void formatIdsMustBeKebabAndUnique() {
    FormatConfigurationException bad =
        assertThrows(
            FormatConfigurationException.class,
            () -> FormatRegistry.builtInAnd(List.of(new Fixed("My Format", List.of(), List.of()))));
    assertTrue(
        bad.getMessage().contains("has the id 'My Format', which is not a lower-case kebab name"),
        bad.getMessage());
    FormatConfigurationException twice =
        assertThrows(
            FormatConfigurationException.class,
            () -> FormatRegistry.builtInAnd(List.of(new Fixed("css", List.of(), List.of()))));
    assertTrue(
        twice
            .getMessage()
            .startsWith(
                "Two output formats have the id 'css': dev.unifiedbadges.tokens.CssFormat and"),
        twice.getMessage());
  }

  private static List<String> list(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }
}

package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.testing.JvmCommand;
import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output (the token formats and the catalog snapshot) depends on the catalog and options only:
 * not on runs, locale, time zone or charset.
 */
class DeterminismTest {

  @ParameterizedTest
  @ValueSource(strings = {"builtin", "awkward", "synthetic"})
  void twoRunsAreByteIdentical(String catalog) {
    SortedMap<String, byte[]> a =
        ForkedExport.export(ForkedExport.catalog(catalog), TokenOptions.defaults());
    SortedMap<String, byte[]> b =
        ForkedExport.export(ForkedExport.catalog(catalog), TokenOptions.defaults());
    assertEquals(a.keySet(), b.keySet());
    assertTrue(a.containsKey(SnapshotFormat.SNAPSHOT));
    for (String path : a.keySet()) {
      assertArrayEquals(a.get(path), b.get(path), path);
    }
  }

  @Test
  void theFormatsWriteExactlyWhatTheRenderersRender() {
    var catalog = TestCatalogs.syntheticServices(150, 20);
    TokenOptions options = TokenOptions.defaults();
    SortedMap<String, byte[]> files = TokenExporter.export(catalog, options);
    ExportModel p = ExportModel.of(catalog, options);
    assertArrayEquals(CssExporter.cssBuilder(p, true).toByteArray(), files.get(TokenExporter.CSS));
    assertArrayEquals(
        CssExporter.cssBuilder(p, false).toByteArray(), files.get(TokenExporter.CSS_MIN));
    assertArrayEquals(JsExporter.moduleBuilder(p).toByteArray(), files.get(TokenExporter.JS));
    assertArrayEquals(
        JsExporter.declarationsBuilder(p).toByteArray(), files.get(TokenExporter.DTS));
    DtcgExporter.ThemeFiles parts = DtcgExporter.parts(p, ColorFormat.OBJECT);
    assertArrayEquals(parts.file(Theme.LIGHT), files.get(TokenExporter.TOKENS_LIGHT));
    assertArrayEquals(parts.file(Theme.DARK), files.get(TokenExporter.TOKENS_DARK));
    assertArrayEquals(DtcgExporter.resolver(), files.get(TokenExporter.RESOLVER));
    assertArrayEquals(
        SnapshotFormat.render(p).toByteArray(),
        ForkedExport.export(catalog, options).get(SnapshotFormat.SNAPSHOT));
    SortedMap<String, byte[]> again = TokenExporter.export(catalog, options);
    for (String path : files.keySet()) {
      assertArrayEquals(files.get(path), again.get(path), path);
    }
  }

  @Test
  void aJvmInTurkishLocaleAnotherTimeZoneAndCharsetWritesTheSameBytes(@TempDir Path tmp)
      throws IOException {
    for (String catalog : List.of("builtin", "awkward")) {
      for (ColorFormat format : ColorFormat.values()) {
        Path out = tmp.resolve(catalog + "-" + format);
        List<String> command =
            JvmCommand.of(
                List.of(
                    "-Duser.language=tr",
                    "-Duser.country=TR",
                    "-Dfile.encoding=ISO-8859-9",
                    "-Dsun.jnu.encoding=UTF-8"),
                ForkedExport.class,
                catalog,
                "badge",
                format.name(),
                out.toString());
        Processes.Result r =
            Processes.run(
                command, tmp, Map.of("TZ", "Pacific/Kiritimati", "LC_ALL", "tr_TR.UTF-8"), 120);
        assertEquals(0, r.exitCode(), r.describe());
        SortedMap<String, byte[]> expected =
            ForkedExport.export(
                ForkedExport.catalog(catalog), new TokenOptions("badge", format, true));
        assertEquals(expected.keySet(), readTree(out, expected.keySet()).keySet(), "files written");
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
          assertArrayEquals(
              e.getValue(),
              Files.readAllBytes(out.resolve(e.getKey())),
              catalog + " " + format + " " + e.getKey());
        }
        try (Stream<Path> files = Files.walk(out)) {
          assertEquals(expected.size(), files.filter(Files::isRegularFile).count());
        }
      }
    }
  }

  private static SortedMap<String, byte[]> readTree(Path dir, Iterable<String> names)
      throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (String name : names) {
      Path file = dir.resolve(name);
      if (Files.exists(file)) {
        files.put(name, Files.readAllBytes(file));
      }
    }
    return files;
  }
}

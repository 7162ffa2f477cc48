package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every token format and the catalog snapshot for the built-in catalog (and, for escaping, the
 * awkward one) to files under {@code src/test/resources/golden}. After an intended change,
 * regenerate them with {@code mvn -pl tokens test -Dtest=GoldenFilesTest
 * -Dbadges.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("badges.updateGolden");

  static Stream<Arguments> outputs() {
    return Stream.of(
        Arguments.of("builtin", TestCatalogs.builtin(), TokenOptions.defaults(), ""),
        Arguments.of(
            "builtin-hex",
            TestCatalogs.builtin(),
            new TokenOptions("badge", ColorFormat.HEX, false),
            "tokens/"),
        Arguments.of("awkward", TestCatalogs.awkward(), TokenOptions.defaults(), ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void outputMatchesGoldenFiles(
      String name, BadgeCatalog catalog, TokenOptions options, String only) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>(ForkedExport.export(catalog, options));
    // The schema is the jar's resource, checked by CatalogSnapshotTest; the generator version is
    // the build's, so a release does not change the golden snapshot.
    files.remove(SnapshotFormat.SCHEMA);
    files.computeIfPresent(SnapshotFormat.SNAPSHOT, (path, bytes) -> withoutVersion(bytes));
    Path dir = GOLDEN.resolve(name);
    StringBuilder mismatches = new StringBuilder();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      if (!e.getKey().startsWith(only)) {
        continue;
      }
      Path golden = dir.resolve(e.getKey());
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.write(golden, e.getValue());
        continue;
      }
      if (!Files.exists(golden)) {
        mismatches.append("\n").append(golden).append(" is missing");
      } else {
        byte[] expected = Files.readAllBytes(golden);
        if (!Arrays.equals(expected, e.getValue())) {
          mismatches
              .append("\n")
              .append(golden)
              .append(": ")
              .append(firstDifference(expected, e.getValue()));
        }
      }
    }
    if (mismatches.length() > 0) {
      fail(
          "output differs from the golden files (rerun with -Dbadges.updateGolden=true after an intended change):"
              + mismatches);
    }
    assertTrue(Files.isDirectory(dir));
  }

  static byte[] withoutVersion(byte[] snapshot) {
    String text = new String(snapshot, StandardCharsets.UTF_8);
    String version = "\"version\": \"" + SnapshotFormat.GENERATOR_VERSION + "\"";
    assertTrue(text.contains(version), "the snapshot names the generator version");
    return text.replace(version, "\"version\": \"${project.version}\"")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String[] a = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] b = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return "line "
            + (i + 1)
            + "\n  expected: "
            + abbreviate(a[i])
            + "\n  actual:   "
            + abbreviate(b[i]);
      }
    }
    return "expected " + a.length + " lines, got " + b.length;
  }

  private static String abbreviate(String line) {
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}

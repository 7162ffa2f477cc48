package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.OutputFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Entry point for {@link DeterminismTest}: exports a test catalog into a directory, in another JVM.
 */
public final class ForkedExport {

  private ForkedExport() {}

  /**
   * {@code args}: catalog name (builtin, awkward, synthetic), prefix, colour format, output
   * directory.
   */
  public static void main(String[] args) throws Exception {
    BadgeCatalog catalog = catalog(args[0]);
    TokenOptions options = new TokenOptions(args[1], ColorFormat.valueOf(args[2]), true);
    SortedMap<String, byte[]> files = export(catalog, options);
    Path out = Path.of(args[3]);
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path file = out.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
  }

  /** The token formats' files and the catalog snapshot's. */
  static SortedMap<String, byte[]> export(BadgeCatalog catalog, TokenOptions options) {
    List<OutputFormat> formats = new ArrayList<>(TokenExporter.formats());
    formats.add(new SnapshotFormat());
    return TokenExporter.export(catalog, options, formats, Map.of());
  }

  static BadgeCatalog catalog(String name) {
    return switch (name) {
      case "builtin" -> TestCatalogs.builtin();
      case "awkward" -> TestCatalogs.awkward();
      case "synthetic" -> TestCatalogs.syntheticServices(25, 8);
      default -> throw new IllegalArgumentException(name);
    };
  }
}

package dev.unifiedbadges.generator;

import dev.unifiedbadges.diff.CatalogChanges;
import dev.unifiedbadges.diff.CatalogDiff;
import dev.unifiedbadges.diff.JsonReport;
import dev.unifiedbadges.diff.MarkdownReport;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What {@code badges:diff} does outside Maven: compare the current definitions with a baseline and
 * write the reports.
 */
public final class ChangeReports {

  /** The Markdown report, for a pull-request comment. */
  public static final String MARKDOWN = "changes.md";

  /** The JSON report, for tools. */
  public static final String JSON = "changes.json";

  /** The JSON report's schema, which its {@code $schema} names. */
  public static final String JSON_SCHEMA = "badges.diff.schema.json";

  private ChangeReports() {}

  /**
   * The changes from {@code baseline} to the current definitions, which are loaded and checked as
   * {@code badges:check} does (the baseline is not checked: it is history).
   *
   * @param failOnWarnings lint warnings in the current definitions fail as errors
   * @throws DefinitionException if the current definitions have errors
   * @throws SnapshotException if the baseline's snapshot cannot be read
   */
  public static CatalogChanges compare(
      Definitions definitions,
      LoadOptions loadOptions,
      TokenOptions tokenOptions,
      Baseline baseline,
      boolean failOnWarnings)
      throws IOException, DefinitionException, SnapshotException {
    CatalogSnapshot before = CatalogSnapshot.parse(baseline.snapshot(), baseline.name());
    LoadedCatalog loaded = new Generator().check(definitions, loadOptions, failOnWarnings);
    CatalogSnapshot after = CatalogSnapshot.of(loaded.catalog(), tokenOptions);
    return CatalogDiff.compare(before, after, baseline.name());
  }

  /**
   * Writes {@value #MARKDOWN}, {@value #JSON} and {@value #JSON_SCHEMA} into {@code directory}
   * (created if missing), each replaced whole, so a reader never sees half a report.
   *
   * @return the files written
   */
  public static List<Path> write(CatalogChanges changes, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path markdown = directory.resolve(MARKDOWN);
    Path json = directory.resolve(JSON);
    Path schema = directory.resolve(JSON_SCHEMA);
    replace(markdown, MarkdownReport.render(changes).getBytes(StandardCharsets.UTF_8));
    replace(json, JsonReport.render(changes));
    replace(schema, JsonReport.schema());
    return List.of(markdown, json, schema);
  }

  private static void replace(Path file, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}

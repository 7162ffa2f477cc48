package dev.unifiedbadges.site;

import dev.unifiedbadges.diff.CatalogDiff;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.tokens.CssFormat;
import dev.unifiedbadges.tokens.DtcgFormat;
import dev.unifiedbadges.tokens.JsFormat;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/** The catalog site under {@code site/}, with a copy of every other format's files to download. */
public final class SiteFormat implements OutputFormat {

  public static final String ID = "site";
  public static final String DIRECTORY = "site/";

  /** The option that sets the site's title. */
  public static final String TITLE_OPTION = "title";

  @Override
  public String id() {
    return ID;
  }

  /** Its pages are named after the catalog's domains, so it claims its whole directory instead. */
  @Override
  public List<OutputFile> files(FormatContext context) {
    return List.of();
  }

  @Override
  public List<String> directories(FormatContext context) {
    return List.of(DIRECTORY);
  }

  @Override
  public Map<String, String> options() {
    return Map.of(
        TITLE_OPTION,
        "the site's name, in its header and every page title (default '"
            + SiteOptions.DEFAULT_TITLE
            + "')");
  }

  @Override
  public Optional<String> downloadsDirectory() {
    return Optional.of(DIRECTORY + SiteRenderer.DOWNLOADS);
  }

  /**
   * Its pages style badges with the CSS, and its downloads page explains all three token formats.
   */
  @Override
  public Set<String> requires() {
    return Set.of(CssFormat.ID, DtcgFormat.ID, JsFormat.ID);
  }

  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    SiteOptions options =
        new SiteOptions(
            context.option(TITLE_OPTION).orElse(null),
            context.contrastLevel(),
            context.tokenOptions().cssPrefix(),
            context.tokenOptions().darkMode());
    return List.of(
        () ->
            SiteRenderer.render(
                context.catalog(),
                context.downloads(),
                () -> sizes(context),
                options,
                context.baseline().map(b -> changes(context, b)).orElse(null),
                sink,
                DIRECTORY,
                context::runConcurrently));
  }

  /** The changes page's input: the catalog compared with the baseline's snapshot. */
  private static SiteChanges changes(FormatContext context, Baseline baseline) {
    CatalogSnapshot before;
    try {
      before = CatalogSnapshot.parse(baseline.snapshot(), baseline.name());
    } catch (SnapshotException e) {
      // GenerationRequest refuses a baseline it cannot parse, so this is a bug, not bad input.
      throw new IllegalStateException(e.getMessage(), e);
    }
    CatalogSnapshot now = CatalogSnapshot.of(context.catalog(), context.tokenOptions());
    return new SiteChanges(CatalogDiff.compare(before, now, baseline.name()), before);
  }

  private static SortedMap<String, Long> sizes(FormatContext context) {
    try {
      return context.awaitDownloadSizes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.unifiedbadges.generator;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One run of the generator.
 *
 * @param definitions the built-in definitions, or a definition file or directory
 * @param outputDirectory the directory to fill (replaced atomically); it must be empty, missing or
 *     a previous output
 * @param formats the ids of the formats to write, e.g. {@code css}; not empty; duplicates and case
 *     are ignored
 * @param loadOptions contrast level and size limit; null means {@link LoadOptions#defaults()}
 * @param tokenOptions CSS prefix, colour format, minified CSS; null means {@link
 *     TokenOptions#defaults()}
 * @param formatOptions each format's own options by {@code <format id>.<key>}, sorted, e.g. {@code
 *     site.title}; null means none
 * @param failOnWarnings treat lint warnings as errors, writing nothing
 * @param baseline the released catalog to compare with (the site's Changes page); null for none.
 *     Its snapshot is parsed here, so a run never starts with one it cannot read.
 */
public record GenerationRequest(
    Definitions definitions,
    Path outputDirectory,
    List<String> formats,
    LoadOptions loadOptions,
    TokenOptions tokenOptions,
    Map<String, String> formatOptions,
    boolean failOnWarnings,
    Baseline baseline) {

  /**
   * The formats written by default: the built-ins except the opt-in {@code java} and {@code npm}.
   */
  public static final List<String> DEFAULT_FORMATS = FormatRegistry.DEFAULT_IDS;

  public GenerationRequest {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(formats, "formats");
    formats = formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    if (formats.isEmpty()) {
      throw new IllegalArgumentException(
          "no output formats requested; choose at least one of " + DEFAULT_FORMATS);
    }
    loadOptions = loadOptions == null ? LoadOptions.defaults() : loadOptions;
    tokenOptions = tokenOptions == null ? TokenOptions.defaults() : tokenOptions;
    formatOptions =
        Collections.unmodifiableSortedMap(
            new TreeMap<>(formatOptions == null ? Map.of() : formatOptions));
    if (baseline != null) {
      try {
        CatalogSnapshot.parse(baseline.snapshot(), baseline.name());
      } catch (SnapshotException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  /** A run without a baseline. */
  public GenerationRequest(
      Definitions definitions,
      Path outputDirectory,
      List<String> formats,
      LoadOptions loadOptions,
      TokenOptions tokenOptions,
      Map<String, String> formatOptions,
      boolean failOnWarnings) {
    this(
        definitions,
        outputDirectory,
        formats,
        loadOptions,
        tokenOptions,
        formatOptions,
        failOnWarnings,
        null);
  }

  /** This run compared with {@code newBaseline} (null for none). */
  public GenerationRequest withBaseline(Baseline newBaseline) {
    return new GenerationRequest(
        definitions,
        outputDirectory,
        formats,
        loadOptions,
        tokenOptions,
        formatOptions,
        failOnWarnings,
        newBaseline);
  }

  /** The built-in formats with default options. */
  public static GenerationRequest of(Definitions definitions, Path outputDirectory) {
    return new GenerationRequest(
        definitions, outputDirectory, DEFAULT_FORMATS, null, null, null, false);
  }

  /** The built-in formats with default options, from a definition file or directory. */
  public static GenerationRequest of(Path definitions, Path outputDirectory) {
    return of(Definitions.at(definitions), outputDirectory);
  }
}

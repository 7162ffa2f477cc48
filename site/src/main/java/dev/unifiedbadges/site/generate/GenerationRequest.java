package dev.unifiedbadges.site.generate;

import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.site.SiteOptions;
import dev.unifiedbadges.tokens.TokenOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One run of the generator.
 *
 * @param definitions a definition file or a directory of {@code *.badges.yaml|yml|json}; null
 *     means the built-in catalog
 * @param outputDirectory the directory to fill (replaced atomically); it must be empty, missing or
 *     a previous output
 * @param formats what to write; not empty
 * @param loadOptions contrast level and size limit; null means {@link LoadOptions#defaults()}
 * @param tokenOptions CSS prefix, colour format, minified CSS; null means {@link
 *     TokenOptions#defaults()}
 * @param siteTitle the catalog site's title; null or blank means {@value SiteOptions#DEFAULT_TITLE}
 * @param failOnWarnings treat lint warnings as errors, writing nothing
 */
public record GenerationRequest(
    Path definitions,
    Path outputDirectory,
    Set<Format> formats,
    LoadOptions loadOptions,
    TokenOptions tokenOptions,
    String siteTitle,
    boolean failOnWarnings) {

  public GenerationRequest {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(formats, "formats");
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output formats requested; choose at least one of " + Set.of(Format.values()));
    }
    formats = Collections.unmodifiableSet(EnumSet.copyOf(formats)); // iterates in declaration order
    loadOptions = loadOptions == null ? LoadOptions.defaults() : loadOptions;
    tokenOptions = tokenOptions == null ? TokenOptions.defaults() : tokenOptions;
    siteTitle = siteTitle == null || siteTitle.isBlank() ? SiteOptions.DEFAULT_TITLE : siteTitle.strip();
  }

  /** Every format, default options, the built-in catalog unless {@code definitions} is given. */
  public static GenerationRequest of(Path definitions, Path outputDirectory) {
    return new GenerationRequest(
        definitions, outputDirectory, EnumSet.allOf(Format.class), null, null, null, false);
  }
}

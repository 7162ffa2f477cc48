package dev.unifiedbadges.site.generate;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Severity;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.site.SiteOptions;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.output.OutputWriter;
import dev.unifiedbadges.tokens.output.WriteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one core the build tools call: load and check definitions, export the tokens, render the
 * site, and write it all atomically. Nothing is written unless every step succeeds, so broken
 * definitions leave a previous output as it was.
 */
public final class Generator {

  /**
   * Generates the requested formats into the output directory.
   *
   * @throws java.nio.file.NoSuchFileException if the definitions path does not exist
   * @throws DefinitionException with every error (or, with {@code failOnWarnings}, every warning
   *     as an error) if the definitions cannot be used; nothing is written then
   * @throws dev.unifiedbadges.tokens.output.ForeignDirectoryException if the output directory
   *     holds files this tool did not write
   */
  public GenerationResult generate(GenerationRequest request) throws IOException, DefinitionException {
    long start = System.nanoTime();
    LoadedCatalog loaded = check(request.definitions(), request.loadOptions(), request.failOnWarnings());
    BadgeCatalog catalog = loaded.catalog();
    SortedMap<String, byte[]> tokens = TokenExporter.export(catalog, request.tokenOptions());
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : tokens.entrySet()) {
      for (Format f : request.formats()) {
        if (f != Format.SITE && e.getKey().startsWith(f.directory())) {
          files.put(e.getKey(), e.getValue());
        }
      }
    }
    Path siteIndex = null;
    if (request.formats().contains(Format.SITE)) {
      SiteOptions siteOptions =
          new SiteOptions(
              request.siteTitle(), request.loadOptions().contrastLevel(), request.tokenOptions().cssPrefix());
      for (Map.Entry<String, byte[]> e : SiteRenderer.render(catalog, tokens, siteOptions).entrySet()) {
        files.put(Format.SITE.directory() + e.getKey(), e.getValue());
      }
      siteIndex = request.outputDirectory().resolve("site").resolve("index.html");
    }
    WriteResult write = OutputWriter.write(request.outputDirectory(), files);
    long elapsed = (System.nanoTime() - start) / 1_000_000L;
    return new GenerationResult(
        catalog.domains().size(), catalog.pairingCount(), write, loaded.warnings(), siteIndex, elapsed);
  }

  /**
   * Loads and checks definitions without writing anything.
   *
   * @param definitions a file or directory; null means the built-in catalog
   * @param options contrast level and size limit; null means the defaults
   * @param failOnWarnings if true, lint warnings fail the check as errors
   * @throws java.nio.file.NoSuchFileException if the definitions path does not exist
   * @throws DefinitionException with every problem found
   */
  public LoadedCatalog check(Path definitions, LoadOptions options, boolean failOnWarnings)
      throws IOException, DefinitionException {
    DefinitionLoader loader = new DefinitionLoader(options == null ? LoadOptions.defaults() : options);
    LoadedCatalog loaded = definitions == null ? loader.loadBuiltin() : loader.load(definitions);
    if (failOnWarnings && !loaded.warnings().isEmpty()) {
      List<Diagnostic> errors = new ArrayList<>(loaded.warnings().size());
      for (Diagnostic w : loaded.warnings()) {
        errors.add(new Diagnostic(Severity.ERROR, w.location(), w.path(), w.message(), w.fix()));
      }
      throw new DefinitionException(errors);
    }
    return loaded;
  }
}

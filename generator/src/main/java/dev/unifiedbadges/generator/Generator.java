package dev.unifiedbadges.generator;

import dev.unifiedbadges.generator.FormatRegistry.FormatSelection;
import dev.unifiedbadges.generator.output.OutputWriter;
import dev.unifiedbadges.generator.output.WriteResult;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Severity;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.model.load.RawDefinitions;
import dev.unifiedbadges.site.SiteFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one core the build tools call: read and check the definitions, run the selected output
 * formats, and write it all atomically. Nothing is written unless every step succeeds, so broken
 * definitions leave a previous output as it was.
 *
 * <p>Files are streamed into the output writer as they are rendered, so the output never has to fit
 * in memory. Each run records a fingerprint of its inputs (the definition files' bytes and paths,
 * the options, and this tool's and every format's code) with the list of files it wrote; a rerun
 * with the same fingerprint over an unmodified output returns at once, without parsing or
 * rendering.
 */
public final class Generator {

  private final ClassLoader formatLoader;
  private volatile FormatRegistry registry;

  /** Finds third-party formats on the class loader that loaded this class. */
  public Generator() {
    this(Generator.class.getClassLoader());
  }

  /** Finds third-party formats on {@code formatLoader} (the plugin's class realm in a build). */
  public Generator(ClassLoader formatLoader) {
    this.formatLoader = Objects.requireNonNull(formatLoader, "formatLoader");
  }

  /** Uses exactly these formats. */
  public Generator(FormatRegistry registry) {
    this.formatLoader = Generator.class.getClassLoader();
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The formats this generator can run: the built-in ones and those found on its class loader.
   *
   * @throws FormatConfigurationException if a third-party format cannot be loaded
   */
  public FormatRegistry registry() throws FormatConfigurationException {
    FormatRegistry r = registry;
    if (r == null) {
      r = FormatRegistry.discover(formatLoader);
      registry = r;
    }
    return r;
  }

  /**
   * Generates the requested formats into the output directory.
   *
   * @throws java.nio.file.NoSuchFileException if the definitions path does not exist
   * @throws DefinitionException with every error (or, with {@code failOnWarnings}, every warning as
   *     an error) if the definitions cannot be used; nothing is written then
   * @throws FormatConfigurationException for an unknown format or option, or formats whose files
   *     collide; nothing is written then
   * @throws dev.unifiedbadges.generator.output.ForeignDirectoryException if the output directory
   *     holds files this tool did not write
   */
  public GenerationResult generate(GenerationRequest request)
      throws IOException, DefinitionException, FormatConfigurationException {
    long start = System.nanoTime();
    FormatSelection selection = registry().select(request.formats(), request.formatOptions());
    Path out = request.outputDirectory();
    Path siteIndex =
        selection.isSelected(SiteFormat.ID) ? out.resolve("site").resolve("index.html") : null;

    DefinitionLoader loader = new DefinitionLoader(request.loadOptions());
    RawDefinitions read = loader.read(request.definitions());
    // Files over the size limit were not read, so their bytes cannot vouch for an old output.
    String fingerprint =
        read.unreadable().isEmpty() ? Fingerprint.of(read, request, selection) : null;
    if (fingerprint != null) {
      Optional<OutputWriter.UpToDate> current = OutputWriter.upToDate(out, fingerprint);
      if (current.isPresent()) {
        RunSummary recorded = RunSummary.decode(current.get().metadata());
        if (recorded != null) {
          return new GenerationResult(
              recorded.domains(),
              recorded.pairings(),
              current.get().result(),
              recorded.warnings(),
              siteIndex,
              millisSince(start));
        }
      }
    }

    LoadedCatalog loaded = failOnWarnings(loader.load(read), request.failOnWarnings());
    BadgeCatalog catalog = loaded.catalog();
    FormatRun run = FormatRun.prepare(selection, catalog, request);
    WriteResult write =
        fingerprint == null
            ? OutputWriter.write(out, run::writeTo)
            : OutputWriter.write(
                out,
                run::writeTo,
                new OutputWriter.Stamp(
                    fingerprint,
                    new RunSummary(
                            catalog.domains().size(), catalog.pairingCount(), loaded.warnings())
                        .encode()));
    return new GenerationResult(
        catalog.domains().size(),
        catalog.pairingCount(),
        write,
        loaded.warnings(),
        siteIndex,
        millisSince(start));
  }

  /** The fingerprint a run of this request records (for tests of the up-to-date check). */
  String fingerprint(GenerationRequest request) throws IOException, DefinitionException {
    FormatSelection selection = registry().select(request.formats(), request.formatOptions());
    RawDefinitions read = new DefinitionLoader(request.loadOptions()).read(request.definitions());
    return Fingerprint.of(read, request, selection);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000L;
  }

  /**
   * Loads and checks definitions without writing anything.
   *
   * @param definitions the built-in definitions, or a file or directory
   * @param options contrast level and size limit; null means the defaults
   * @param failOnWarnings if true, lint warnings fail the check as errors
   * @throws java.nio.file.NoSuchFileException if the definitions path does not exist
   * @throws DefinitionException with every problem found
   */
  public LoadedCatalog check(Definitions definitions, LoadOptions options, boolean failOnWarnings)
      throws IOException, DefinitionException {
    DefinitionLoader loader =
        new DefinitionLoader(options == null ? LoadOptions.defaults() : options);
    return failOnWarnings(loader.load(loader.read(definitions)), failOnWarnings);
  }

  private static LoadedCatalog failOnWarnings(LoadedCatalog loaded, boolean failOnWarnings)
      throws DefinitionException {
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

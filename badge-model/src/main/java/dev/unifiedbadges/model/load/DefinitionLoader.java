package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.model.validate.Linter;
import dev.unifiedbadges.model.validate.RemovalCheck;
import dev.unifiedbadges.model.validate.ValidationOptions;
import dev.unifiedbadges.model.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Loads badge definitions from a YAML or JSON file, or from a directory of {@code
 * *.badges.yaml|yml|json} files, merges them over the built-in palette, and validates the result,
 * reporting every problem at once.
 *
 * <p>Loading is two steps when the caller needs the bytes in between (to fingerprint them, say):
 * {@link #read(Definitions)} does all the file I/O, {@link #load(RawDefinitions)} parses and checks
 * what was read.
 */
public final class DefinitionLoader {

  /** Where the built-in definitions live on the classpath. */
  public static final String BUILTIN_RESOURCE = "dev/unifiedbadges/model/builtin.badges.yaml";

  /** The name diagnostics and outputs use for the built-in definitions. */
  public static final String BUILTIN_NAME = "builtin:" + BUILTIN_RESOURCE;

  private static volatile CatalogBinder builtinBase;

  private final LoadOptions options;

  public DefinitionLoader(LoadOptions options) {
    this.options = options;
  }

  public DefinitionLoader() {
    this(LoadOptions.defaults());
  }

  /** The built-in definitions: 11 domains, 47 pairings, six tones. */
  public LoadedCatalog loadBuiltin() {
    try {
      return load(readBuiltin());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DefinitionException e) {
      throw new IllegalStateException("The built-in definitions are invalid:\n" + e.report(), e);
    }
  }

  /**
   * Loads a definition file, or every {@code *.badges.yaml|yml|json} file under a directory.
   *
   * @throws NoSuchFileException if the path does not exist
   * @throws DefinitionException with every error, if the definitions are not valid
   */
  public LoadedCatalog load(Path source) throws IOException, DefinitionException {
    return load(read(Definitions.at(source)));
  }

  /** Loads definitions held in memory (for tests and tools that generate them). */
  public LoadedCatalog load(List<DefinitionSource> sources) throws DefinitionException {
    return loadSources(sources, true, List.of());
  }

  /**
   * Reads the bytes of the definitions without parsing them; files over {@link
   * LoadOptions#maxFileBytes()} are not read but reported in {@link RawDefinitions#unreadable()}.
   *
   * @throws NoSuchFileException if the path does not exist
   * @throws DefinitionException if the path is a directory without definition files
   */
  public RawDefinitions read(Definitions definitions) throws IOException, DefinitionException {
    Objects.requireNonNull(definitions, "definitions");
    if (definitions instanceof Definitions.AtPath at) {
      return DefinitionFiles.read(at.path(), options.maxFileBytes());
    }
    return readBuiltin();
  }

  /**
   * Parses, merges and validates what {@link #read(Definitions)} returned, reading nothing more:
   * the same result and diagnostics as {@link #load(Path)} or {@link #loadBuiltin()}.
   *
   * @throws DefinitionException with every error, if the definitions are not valid
   */
  public LoadedCatalog load(RawDefinitions raw) throws DefinitionException {
    if (raw.origin() instanceof Definitions.BuiltIn
        && options.contrastLevel().textMinimum() <= ContrastLevel.AA.textMinimum()) {
      // Checked at build time at AA (BuiltinCatalogCodeTest), so no parser is loaded for it; a
      // stricter level takes the full path, whose errors point into the YAML.
      return builtinFromCode();
    }
    // The built-in definitions are the base others merge over, so they are not merged over
    // themselves.
    boolean overBuiltin = !(raw.origin() instanceof Definitions.BuiltIn);
    return loadSources(raw.sources(), overBuiltin, raw.unreadable());
  }

  private static volatile LoadedCatalog builtinFromCode;

  private static LoadedCatalog builtinFromCode() {
    LoadedCatalog loaded = builtinFromCode;
    if (loaded == null) {
      loaded = new LoadedCatalog(BuiltinCatalog.catalog(), List.of(), List.of(BUILTIN_NAME));
      builtinFromCode = loaded;
    }
    return loaded;
  }

  /**
   * The built-in definitions parsed, validated and linted from their YAML (the slow, checked path).
   */
  static LoadedCatalog parseBuiltin(LoadOptions options) throws IOException, DefinitionException {
    return new DefinitionLoader(options)
        .loadSources(List.of(DefinitionFiles.builtin()), false, List.of());
  }

  /** The definition files a source path stands for, in a stable order. */
  public static List<Path> definitionFiles(Path source) throws IOException {
    return DefinitionFiles.list(source);
  }

  private static RawDefinitions readBuiltin() throws IOException {
    return new RawDefinitions(Definitions.builtIn(), List.of(DefinitionFiles.builtin()), List.of());
  }

  private LoadedCatalog loadSources(
      List<DefinitionSource> sources, boolean overBuiltin, List<Diagnostic> earlier)
      throws DefinitionException {
    List<Diagnostic> diagnostics = new ArrayList<>(earlier);
    CatalogBinder binder = new CatalogBinder(diagnostics);
    if (overBuiltin) {
      binder.base(builtinBase());
    }
    TreeReader reader = new TreeReader(options.maxFileBytes(), diagnostics);
    List<DefinitionSource> sorted = new ArrayList<>(sources);
    sorted.sort((a, b) -> a.name().compareTo(b.name()));
    for (DefinitionSource source : sorted) {
      reader
          .read(source.name(), source.content(), source.isJson())
          .ifPresent(root -> binder.file(source.name(), root));
    }
    binder.requireUnknown(sorted.isEmpty() ? "<no files>" : sorted.get(0).name());
    BadgeCatalog catalog = binder.catalog().orElse(null);
    List<Diagnostic> warnings = List.of();
    if (catalog != null) {
      diagnostics.addAll(
          new Validator(new ValidationOptions(options.contrastLevel()), IconSet.lucide())
              .validate(catalog, binder.sources(), binder.declaredTones()));
      warnings = new Linter().lint(catalog, binder.sources());
      if (options.projectVersion() != null) {
        List<Diagnostic> due =
            RemovalCheck.due(catalog, binder.sources(), options.projectVersion());
        if (!due.isEmpty()) {
          warnings = new ArrayList<>(warnings);
          warnings.addAll(due);
        }
      }
    }
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      List<Diagnostic> all = new ArrayList<>(diagnostics);
      all.sort(Diagnostic.ORDER);
      all.addAll(warnings);
      throw new DefinitionException(all);
    }
    return new LoadedCatalog(
        catalog, warnings, sorted.stream().map(DefinitionSource::name).toList());
  }

  /** The built-in palette and default unknown badge, which user definitions start from. */
  private static CatalogBinder builtinBase() {
    CatalogBinder base = builtinBase;
    if (base == null) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      base = new CatalogBinder(diagnostics);
      DefinitionSource source;
      try {
        source = DefinitionFiles.builtin();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Node root =
          new TreeReader(LoadOptions.DEFAULT_MAX_FILE_BYTES, diagnostics)
              .read(source.name(), source.content(), false)
              .orElseThrow(() -> new IllegalStateException(diagnostics.toString()));
      base.file(source.name(), root);
      builtinBase = base;
    }
    return base;
  }
}

package dev.unifiedbadges.site.generate;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.DefinitionSource;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The definition files of one run, read once: hashed for the fingerprint, then parsed from the same
 * bytes (so the recorded fingerprint always describes what was generated).
 */
final class Inputs {

  /** Bumped whenever what goes into the fingerprint changes. */
  private static final String VERSION = "unified-badges generation fingerprint 1";

  private final Path definitions;
  private final List<DefinitionSource> sources;

  private Inputs(Path definitions, List<DefinitionSource> sources) {
    this.definitions = definitions;
    this.sources = sources;
  }

  /**
   * Reads the definition files, or returns null when they cannot be used as they are (missing
   * path, no definition file, a file over the size limit): the loader then reports the problem
   * in its own words.
   */
  static Inputs read(Path definitions, LoadOptions options) throws IOException {
    if (definitions == null) {
      return new Inputs(null, List.of());
    }
    if (!Files.exists(definitions)) {
      return null;
    }
    List<Path> files = DefinitionLoader.definitionFiles(definitions);
    if (files.isEmpty()) {
      return null;
    }
    List<DefinitionSource> sources = new ArrayList<>(files.size());
    for (Path file : files) {
      if (Files.size(file) > options.maxFileBytes()) {
        return null;
      }
      sources.add(new DefinitionSource(file.toString(), Files.readAllBytes(file)));
    }
    return new Inputs(definitions, sources);
  }

  /** Loads the catalog from the bytes read (exactly what {@code DefinitionLoader.load(Path)} does). */
  LoadedCatalog load(DefinitionLoader loader) throws DefinitionException {
    return definitions == null ? loader.loadBuiltin() : loader.load(sources);
  }

  /**
   * SHA-256 over everything the output and the reported result depend on: this tool's code and
   * built-in catalog, each definition file's path (as diagnostics show it) and bytes in loading
   * order, and every option of the request. The output directory is not part of it.
   */
  String fingerprint(GenerationRequest request) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    field(md, VERSION);
    field(md, ToolStamp.value());
    if (definitions == null) {
      field(md, "builtin");
    } else {
      field(md, "definitions");
      field(md, definitions.toString());
      field(md, Integer.toString(sources.size()));
      for (DefinitionSource s : sources) {
        field(md, s.name());
        field(md, s.content());
      }
    }
    field(md, "formats " + request.formats());
    field(md, "load " + request.loadOptions());
    field(md, "tokens " + request.tokenOptions());
    field(md, "title " + request.siteTitle());
    field(md, "failOnWarnings " + request.failOnWarnings());
    return HexFormat.of().formatHex(md.digest());
  }

  private static void field(MessageDigest md, String s) {
    field(md, s.getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so no two different sequences of fields hash the same bytes. */
  private static void field(MessageDigest md, byte[] bytes) {
    long n = bytes.length;
    for (int i = 7; i >= 0; i--) {
      md.update((byte) (n >>> (8 * i)));
    }
    md.update(bytes);
  }
}

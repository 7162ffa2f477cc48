package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.util.List;

/** A valid catalog, the lint warnings found on the way, and the files it was read from. */
public record LoadedCatalog(BadgeCatalog catalog, List<Diagnostic> warnings, List<String> files) {

  public LoadedCatalog {
    warnings = List.copyOf(warnings);
    files = List.copyOf(files);
  }
}

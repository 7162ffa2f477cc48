package dev.unifiedbadges.generator;

import dev.unifiedbadges.generator.output.WriteResult;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run produced.
 *
 * @param domains number of domains in the catalog
 * @param pairings number of pairings (fallbacks not counted)
 * @param write files written, unchanged and removed; {@link WriteResult#upToDate()} on a no-op
 *     rerun
 * @param warnings the lint warnings (empty when {@code failOnWarnings} was set, since any would
 *     have failed the run)
 * @param siteIndex the site's {@code index.html}, null when the site was not requested
 * @param elapsedMillis wall-clock time of the run
 */
public record GenerationResult(
    int domains,
    int pairings,
    WriteResult write,
    List<Diagnostic> warnings,
    Path siteIndex,
    long elapsedMillis) {

  public GenerationResult {
    warnings = List.copyOf(warnings);
  }
}

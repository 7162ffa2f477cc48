package dev.unifiedbadges.bench;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.LoadedCatalog;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads a definitions directory and fails unless it loads without errors or warnings.
 *
 * <pre>java -cp … dev.unifiedbadges.bench.LoadCheck &lt;defsDir&gt;</pre>
 */
public final class LoadCheck {

  private LoadCheck() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long start = System.nanoTime();
    LoadedCatalog loaded;
    try {
      loaded = new DefinitionLoader().load(dir);
    } catch (DefinitionException e) {
      System.err.println(e.report());
      System.exit(1);
      return;
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    for (Diagnostic w : loaded.warnings()) {
      System.err.println(w.format());
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,d pairings, %,d domains, %d files, %d warnings, loaded in %,d ms%n",
        dir,
        loaded.catalog().pairingCount(),
        loaded.catalog().domains().size(),
        loaded.files().size(),
        loaded.warnings().size(),
        ms);
    if (!loaded.warnings().isEmpty()) {
      System.exit(1);
    }
  }
}

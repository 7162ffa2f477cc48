package dev.unifiedbadges.bench;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.tokens.ColorFormat;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.TokenOptions;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process unit of work that {@code run.sh} times from outside: one fresh JVM that loads
 * the definitions and writes CSS, DTCG tokens and the JS module, exactly what a build does for the
 * tokens step.
 *
 * <pre>
 * java -cp … dev.unifiedbadges.bench.BenchMain tokens &lt;defsDir&gt; &lt;outDir&gt; [--hex] [--verbose]
 * </pre>
 *
 * {@code --hex} writes DTCG colours as plain {@code "#rrggbb"} strings ({@link ColorFormat#HEX}),
 * the input Style Dictionary 4.4 understands; the timed runs use the defaults. {@code --verbose}
 * prints the time spent before main, loading, and exporting.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !args[0].equals("tokens")) {
      System.err.println("usage: BenchMain tokens <defsDir> <outDir> [--hex] [--verbose]");
      System.exit(2);
    }
    List<String> flags = Arrays.asList(args).subList(3, args.length);
    boolean hex = flags.contains("--hex");
    boolean verbose = flags.contains("--verbose");
    long t0 = System.nanoTime();
    LoadedCatalog loaded;
    try {
      loaded = new DefinitionLoader().load(Path.of(args[1]));
    } catch (DefinitionException e) {
      System.err.println(e.report());
      System.exit(1);
      return;
    }
    if (!loaded.warnings().isEmpty()) {
      System.err.println(loaded.warnings().size() + " lint warnings; the synthetic catalog should have none");
      System.exit(1);
    }
    long t1 = System.nanoTime();
    TokenOptions defaults = TokenOptions.defaults();
    TokenOptions options =
        hex ? new TokenOptions(defaults.cssPrefix(), ColorFormat.HEX, defaults.minifiedCss()) : defaults;
    TokenExporter.write(loaded.catalog(), options, Path.of(args[2]));
    if (verbose) {
      long t2 = System.nanoTime();
      System.err.printf(
          Locale.ROOT, "JVM start to main %d ms; load %d ms; export + write %d ms; %d pairings%n",
          ManagementFactory.getRuntimeMXBean().getUptime() - (t2 - t0) / 1_000_000,
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, loaded.catalog().pairingCount());
    }
  }
}

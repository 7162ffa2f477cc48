package dev.unifiedbadges.bench;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.GenerationResult;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process unit of work that {@code run.sh} times from outside: one fresh JVM that loads
 * the definitions and generates CSS, DTCG tokens and the JS module through the generator, exactly
 * what a build with {@code formats=css,tokens,js} does.
 *
 * <pre>
 * java -cp … dev.unifiedbadges.bench.BenchMain tokens &lt;defsDir&gt; &lt;outDir&gt; [--hex] [--verbose]
 * </pre>
 *
 * {@code --hex} writes DTCG colours as plain {@code "#rrggbb"} strings ({@link ColorFormat#HEX}),
 * the input Style Dictionary 4.4 understands; the timed runs use the defaults. {@code --verbose}
 * prints the time spent before main and in the generator.
 */
public final class BenchMain {

  /** The tokens step: every format but the site. */
  private static final List<String> TOKEN_FORMATS = List.of("css", "tokens", "js");

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
    TokenOptions defaults = TokenOptions.defaults();
    TokenOptions options =
        hex
            ? new TokenOptions(defaults.cssPrefix(), ColorFormat.HEX, defaults.minifiedCss())
            : defaults;
    // failOnWarnings: the synthetic catalog must lint clean, so a warning fails the run.
    GenerationRequest request =
        new GenerationRequest(
            Definitions.at(Path.of(args[1])),
            Path.of(args[2]),
            TOKEN_FORMATS,
            null,
            options,
            null,
            true);
    GenerationResult result;
    try {
      result = new Generator().generate(request);
    } catch (DefinitionException e) {
      System.err.println(e.report());
      System.exit(1);
      return;
    }
    if (verbose) {
      long t1 = System.nanoTime();
      System.err.printf(
          Locale.ROOT,
          "JVM start to main %d ms; load + export + write %d ms; %d pairings%n",
          ManagementFactory.getRuntimeMXBean().getUptime() - (t1 - t0) / 1_000_000,
          (t1 - t0) / 1_000_000,
          result.pairings());
    }
  }
}

package dev.unifiedbadges.bench;

import dev.unifiedbadges.testing.SeededCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The command line that writes the benchmark's synthetic catalog ({@link SeededCatalog}) of {@code
 * pairings} value badges as definition files, deterministically from a seed.
 *
 * <pre>
 * java -cp … dev.unifiedbadges.bench.CatalogGenerator &lt;outDir&gt; &lt;pairings&gt;
 *     [--values-per-domain M] [--seed S] [--domains-per-file D]
 * </pre>
 */
public final class CatalogGenerator {

  private CatalogGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: CatalogGenerator <outDir> <pairings> [--values-per-domain M] [--seed S] [--domains-per-file D]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int pairings = Integer.parseInt(args[1].replace("_", "").replace(",", ""));
    int perDomain = SeededCatalog.DEFAULT_VALUES_PER_DOMAIN;
    long seed = SeededCatalog.DEFAULT_SEED;
    int perFile = SeededCatalog.DEFAULT_DOMAINS_PER_FILE;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--values-per-domain" -> perDomain = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--domains-per-file" -> perFile = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    SeededCatalog.Summary s = SeededCatalog.write(out, pairings, perDomain, seed, perFile);
    System.out.printf(
        Locale.ROOT,
        "wrote %,d pairings in %,d domains to %d files (%,d bytes) under %s%n",
        s.pairings(),
        s.domains(),
        s.files(),
        s.bytes(),
        out);
  }
}

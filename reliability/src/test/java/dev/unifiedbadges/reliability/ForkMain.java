package dev.unifiedbadges.reliability;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.GenerationResult;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.testing.CatalogFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The program the forked JVMs run. Exit codes: 0 done, 2 the definitions were refused (report on
 * stderr), 1 anything else (stack trace on stderr).
 *
 * <ul>
 *   <li>{@code generate <defs|builtin> <out> [<defs> <out> …]}: every format, default options;
 *   <li>{@code large <workDir> <domains> <values> <domainsPerFile>}: writes a lint-clean catalog to
 *       {@code workDir/defs} and generates every format into {@code workDir/out};
 *   <li>{@code race <defs> <out> <rounds> <goFile>}: creates {@code <goFile>.<pid>.ready}, waits
 *       for {@code goFile} to exist, then generates {@code rounds} times.
 * </ul>
 */
public final class ForkMain {

  private ForkMain() {}

  public static void main(String[] args) throws Exception {
    try {
      switch (args[0]) {
        case "generate" -> {
          System.out.println(environment());
          for (int i = 1; i + 1 < args.length; i += 2) {
            GenerationResult r = generate(args[i], Path.of(args[i + 1]));
            System.out.println(
                args[i]
                    + ": "
                    + r.domains()
                    + " domains, "
                    + r.pairings()
                    + " pairings, "
                    + r.write());
          }
        }
        case "large" ->
            large(
                Path.of(args[1]),
                Integer.parseInt(args[2]),
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
        case "race" -> race(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        default -> throw new IllegalArgumentException("unknown mode " + Arrays.toString(args));
      }
    } catch (DefinitionException e) {
      System.err.println(e.report());
      System.exit(2);
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  static String environment() {
    return "locale="
        + Locale.getDefault()
        + " tz="
        + TimeZone.getDefault().getID()
        + " file.encoding="
        + System.getProperty("file.encoding")
        + " sun.jnu.encoding="
        + System.getProperty("sun.jnu.encoding")
        + " maxHeap="
        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + "m";
  }

  static GenerationResult generate(String definitions, Path out) throws Exception {
    Definitions defs =
        definitions.equals("builtin")
            ? Definitions.builtIn()
            : Definitions.at(Path.of(definitions));
    return new Generator().generate(GenerationRequest.of(defs, out));
  }

  private static void large(Path work, int domains, int values, int perFile) throws Exception {
    Path defs = work.resolve("defs");
    CatalogFiles.writeLarge(defs, domains, values, perFile);
    long start = System.nanoTime();
    GenerationResult r = generate(defs.toString(), work.resolve("out"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(environment());
    System.out.println(
        "pairings="
            + r.pairings()
            + " domains="
            + r.domains()
            + " "
            + r.write()
            + " millis="
            + millis
            + " peakHeapMiB="
            + peak / (1024 * 1024));
  }

  private static void race(String definitions, Path out, int rounds, Path go) throws Exception {
    Path ready =
        go.resolveSibling(go.getFileName() + "." + ProcessHandle.current().pid() + ".ready");
    Files.createFile(ready);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(go)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no go signal");
      }
      Thread.onSpinWait();
    }
    for (int i = 0; i < rounds; i++) {
      GenerationResult r = generate(definitions, out);
      System.out.println("round " + i + ": " + r.write());
    }
  }
}

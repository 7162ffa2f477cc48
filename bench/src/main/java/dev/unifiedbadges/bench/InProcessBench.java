package dev.unifiedbadges.bench;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.GenerationResult;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.generator.output.OutputWriter;
import dev.unifiedbadges.generator.output.WriteResult;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.site.SiteFormat;
import dev.unifiedbadges.site.SiteOptions;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * In-process figures, in one JVM: full generation (CSS + tokens + JS + site) into a fresh
 * directory, warmed up then repeated; a no-op rerun (same inputs, output already up to date); the
 * same pipeline step by step (load, export, site, write); and the peak heap. Times are wall clock
 * and CPU, since the shared machine is noisy.
 *
 * <pre>
 * java -cp … dev.unifiedbadges.bench.InProcessBench full &lt;defsDir&gt; &lt;workDir&gt; [--warmup W] [--runs R] [--noop-warmup V] [--noop-runs K]
 * java -Xmx512m -cp … dev.unifiedbadges.bench.InProcessBench heap &lt;defsDir&gt; &lt;workDir&gt;
 * </pre>
 *
 * Besides the human-readable lines it prints {@code RESULT key=value} lines that run.sh reads.
 */
public final class InProcessBench {

  private static final Generator GENERATOR = new Generator();

  private InProcessBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: InProcessBench full|heap <defsDir> <workDir> [--warmup W] [--runs R] [--noop-warmup V] [--noop-runs K]");
      System.exit(2);
    }
    String mode = args[0];
    Path defs = Path.of(args[1]);
    Path work = Path.of(args[2]);
    int warmup = 2;
    int runs = 5;
    int noopRuns = 10;
    int noopWarmup = 5;
    for (int i = 3; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--noop-runs" -> noopRuns = Integer.parseInt(args[i + 1]);
        case "--noop-warmup" -> noopWarmup = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    deleteTree(work);
    Files.createDirectories(work);
    switch (mode) {
      case "full" -> full(defs, work, warmup, runs, noopWarmup, noopRuns);
      case "heap" -> heap(defs, work);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  static GenerationRequest request(Path defs, Path out) {
    return new GenerationRequest(
        Definitions.at(defs),
        out,
        GenerationRequest.DEFAULT_FORMATS,
        LoadOptions.defaults(),
        TokenOptions.defaults(),
        Map.of("site.title", "Benchmark catalog"),
        true);
  }

  /** Wall-clock and process CPU time of one step, in milliseconds. */
  record Timing(double wallMs, double cpuMs) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Generations that threw an I/O error and were retried, with the first error. */
  private static int failures;

  private static String firstFailure;

  /**
   * {@link #timedGenerate}, retried (up to twice) when the generator throws an I/O error, so that
   * an intermittent failure is counted and reported instead of ending the benchmark.
   */
  private static Timing generateCounted(Path defs, Path out, boolean expectUpToDate)
      throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return timedGenerate(defs, out, expectUpToDate);
      } catch (IOException e) {
        failures++;
        if (firstFailure == null) {
          firstFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        System.out.printf(
            Locale.ROOT, "generation into %s FAILED (attempt %d): %s%n", out, attempt, e);
        if (attempt == 3) {
          throw e;
        }
        if (!expectUpToDate) {
          deleteTree(out);
        }
      }
    }
  }

  /** One generation, timed from outside; fails unless it wrote what was expected. */
  private static Timing timedGenerate(Path defs, Path out, boolean expectUpToDate)
      throws Exception {
    long cpu = OS.getProcessCpuTime();
    long start = System.nanoTime();
    GenerationResult result = GENERATOR.generate(request(defs, out));
    long nanos = System.nanoTime() - start;
    long cpuNanos = OS.getProcessCpuTime() - cpu;
    WriteResult write = result.write();
    if (write.upToDate() != expectUpToDate) {
      throw new IllegalStateException(
          "expected "
              + (expectUpToDate ? "an up-to-date no-op" : "a full write")
              + " into "
              + out
              + " but got "
              + write);
    }
    return new Timing(nanos / 1e6, cpuNanos / 1e6);
  }

  /**
   * The pipeline step by step through the public APIs, buffering every file in memory between
   * steps: load and check, export tokens, render the site, write. Each step is timed by wall clock
   * and by this thread's CPU time, to show which step a miss comes from. ({@link
   * Generator#generate} itself may stream files to disk as they are produced, so its total
   * differs.)
   */
  private static Map<String, Timing> phases(Path defs, Path out) throws Exception {
    Map<String, Timing> t = new LinkedHashMap<>();
    GenerationRequest request = request(defs, out);
    long w = System.nanoTime();
    long c = THREADS.getCurrentThreadCpuTime();
    BadgeCatalog catalog =
        GENERATOR.check(Definitions.at(defs), request.loadOptions(), true).catalog();
    w = lap(t, "load + validate + lint", w, c);
    c = THREADS.getCurrentThreadCpuTime();
    SortedMap<String, byte[]> tokens = TokenExporter.export(catalog, request.tokenOptions());
    w = lap(t, "export CSS + tokens + JS", w, c);
    c = THREADS.getCurrentThreadCpuTime();
    SortedMap<String, byte[]> site =
        SiteRenderer.render(
            catalog,
            tokens,
            new SiteOptions(
                null, request.loadOptions().contrastLevel(), request.tokenOptions().cssPrefix()));
    w = lap(t, "render site", w, c);
    c = THREADS.getCurrentThreadCpuTime();
    SortedMap<String, byte[]> files = new TreeMap<>(tokens);
    site.forEach((k, v) -> files.put(SiteFormat.DIRECTORY + k, v));
    OutputWriter.write(out, files);
    lap(t, "write (fresh directory)", w, c);
    return t;
  }

  private static long lap(Map<String, Timing> t, String name, long wallStart, long cpuStart) {
    long now = System.nanoTime();
    t.put(
        name,
        new Timing((now - wallStart) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6));
    return now;
  }

  private static void full(Path defs, Path work, int warmup, int runs, int noopWarmup, int noopRuns)
      throws Exception {
    try (HeapWatch heap = new HeapWatch()) {
      for (int i = 0; i < warmup; i++) {
        Path out = work.resolve("warmup-" + i);
        Timing t = generateCounted(defs, out, false);
        System.out.printf(
            Locale.ROOT,
            "warm-up %d: full generation %.0f ms (CPU %.0f ms)%n",
            i + 1,
            t.wallMs(),
            t.cpuMs());
        deleteTree(out);
      }
      System.gc();
      heap.reset();
      List<Double> wall = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      Path last = null;
      for (int i = 0; i < runs; i++) {
        Path out = work.resolve("full-" + i);
        Timing t = generateCounted(defs, out, false);
        wall.add(t.wallMs());
        cpu.add(t.cpuMs());
        System.out.printf(
            Locale.ROOT,
            "run %d: full generation into a fresh directory %.0f ms (CPU %.0f ms)%n",
            i + 1,
            t.wallMs(),
            t.cpuMs());
        if (last != null) {
          deleteTree(last);
        }
        last = out;
      }
      long peakBeforeGc = heap.peakBeforeGcBytes();
      long sumOfPeaks = heap.sumOfPoolPeaksBytes();
      long outputFiles = countFiles(last);

      for (int i = 0; i < noopWarmup; i++) {
        generateCounted(defs, last, true);
      }
      List<Double> noop = new ArrayList<>();
      List<Double> noopCpu = new ArrayList<>();
      for (int i = 0; i < noopRuns; i++) {
        Timing t = generateCounted(defs, last, true);
        noop.add(t.wallMs());
        noopCpu.add(t.cpuMs());
      }
      System.out.printf(Locale.ROOT, "no-op reruns (ms): %s%n", format(noop));

      Map<String, List<Double>> phaseWall = new LinkedHashMap<>();
      Map<String, List<Double>> phaseCpu = new LinkedHashMap<>();
      for (int i = 0; i < runs; i++) {
        Path out = work.resolve("phases-" + i);
        for (Map.Entry<String, Timing> e : phases(defs, out).entrySet()) {
          phaseWall.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().wallMs());
          phaseCpu.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().cpuMs());
        }
        deleteTree(out);
      }

      System.out.printf(
          Locale.ROOT,
          "full generation: median %.0f ms, CPU %.0f ms (min %.0f, max %.0f, %d runs after %d warm-ups); %d files%n",
          Stats.median(wall),
          Stats.median(cpu),
          Stats.min(wall),
          Stats.max(wall),
          runs,
          warmup,
          outputFiles);
      System.out.printf(
          Locale.ROOT,
          "no-op rerun: median %.1f ms, CPU %.1f ms (min %.1f, max %.1f, %d runs after %d warm-ups)%n",
          Stats.median(noop),
          Stats.median(noopCpu),
          Stats.min(noop),
          Stats.max(noop),
          noopRuns,
          noopWarmup);
      int p = 0;
      for (String phase : phaseWall.keySet()) {
        System.out.printf(
            Locale.ROOT,
            "  step %-28s median %6.0f ms wall, %6.0f ms CPU (this thread)%n",
            phase,
            Stats.median(phaseWall.get(phase)),
            Stats.median(phaseCpu.get(phase)));
        System.out.printf(
            Locale.ROOT,
            "RESULT phase%d=%s|%.0f|%.0f%n",
            p++,
            phase,
            Stats.median(phaseWall.get(phase)),
            Stats.median(phaseCpu.get(phase)));
      }
      System.out.printf(
          Locale.ROOT,
          "peak heap during the measured full runs: %.0f MiB used before GC (sum of pool peaks %.0f MiB; max heap %.0f MiB)%n",
          mib(peakBeforeGc),
          mib(sumOfPeaks),
          mib(HeapWatch.maxHeapBytes()));
      System.out.printf(Locale.ROOT, "RESULT full_median_ms=%.1f%n", Stats.median(wall));
      System.out.printf(Locale.ROOT, "RESULT full_cpu_median_ms=%.1f%n", Stats.median(cpu));
      System.out.printf(Locale.ROOT, "RESULT full_runs_ms=%s%n", format(wall));
      System.out.printf(Locale.ROOT, "RESULT noop_median_ms=%.2f%n", Stats.median(noop));
      System.out.printf(Locale.ROOT, "RESULT noop_cpu_median_ms=%.2f%n", Stats.median(noopCpu));
      System.out.printf(Locale.ROOT, "RESULT noop_runs_ms=%s%n", format(noop));
      System.out.printf(Locale.ROOT, "RESULT peak_heap_mib=%.0f%n", mib(peakBeforeGc));
      System.out.printf(Locale.ROOT, "RESULT pool_peaks_mib=%.0f%n", mib(sumOfPeaks));
      System.out.printf(Locale.ROOT, "RESULT max_heap_mib=%.0f%n", mib(HeapWatch.maxHeapBytes()));
      System.out.printf(Locale.ROOT, "RESULT output_files=%d%n", outputFiles);
      System.out.printf(
          Locale.ROOT, "RESULT generations=%d%n", warmup + runs + noopWarmup + noopRuns + failures);
      System.out.printf(Locale.ROOT, "RESULT failures=%d%n", failures);
      if (firstFailure != null) {
        System.out.printf(
            Locale.ROOT, "RESULT first_failure=%s%n", firstFailure.replace('\n', ' '));
      }
    }
  }

  /**
   * One full generation under whatever -Xmx the JVM was given: success or failure, and the peak.
   */
  private static void heap(Path defs, Path work) throws Exception {
    try (HeapWatch heap = new HeapWatch()) {
      String outcome;
      double ms = -1;
      try {
        ms = timedGenerate(defs, work.resolve("out"), false).wallMs();
        outcome = "ok";
      } catch (OutOfMemoryError e) {
        outcome = "OutOfMemoryError";
      } catch (IOException | RuntimeException e) {
        outcome = "failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
      }
      System.out.printf(
          Locale.ROOT,
          "full generation under max heap %.0f MiB: %s%s; peak %.0f MiB used before GC (sum of pool peaks %.0f MiB)%n",
          mib(HeapWatch.maxHeapBytes()),
          outcome,
          ms >= 0 ? String.format(Locale.ROOT, " in %.0f ms (cold JVM)", ms) : "",
          mib(heap.peakBeforeGcBytes()),
          mib(heap.sumOfPoolPeaksBytes()));
      System.out.printf(Locale.ROOT, "RESULT heap_outcome=%s%n", outcome);
      System.out.printf(Locale.ROOT, "RESULT heap_cold_ms=%.0f%n", ms);
      System.out.printf(Locale.ROOT, "RESULT peak_heap_mib=%.0f%n", mib(heap.peakBeforeGcBytes()));
      System.out.printf(
          Locale.ROOT, "RESULT pool_peaks_mib=%.0f%n", mib(heap.sumOfPoolPeaksBytes()));
      System.out.printf(Locale.ROOT, "RESULT max_heap_mib=%.0f%n", mib(HeapWatch.maxHeapBytes()));
      if (!outcome.equals("ok")) {
        System.exit(3);
      }
    }
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static String format(List<Double> values) {
    StringBuilder sb = new StringBuilder();
    for (double v : values) {
      sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", v));
    }
    return sb.toString();
  }

  private static long countFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

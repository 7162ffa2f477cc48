package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.tokens.output.OutputWriter;
import dev.unifiedbadges.tokens.output.WriteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Exports a badge catalog to CSS, DTCG design tokens and a typed JavaScript module.
 *
 * <p>The output is a pure function of the catalog and the options: sorted iteration, {@code '\n'}
 * line ends, UTF-8, no timestamps and nothing that depends on the locale, time zone or default
 * charset, so it is byte-identical on every machine.
 */
public final class TokenExporter {

  public static final String CSS = "css/badges.css";
  public static final String CSS_MIN = "css/badges.min.css";
  public static final String TOKENS_LIGHT = "tokens/" + DtcgExporter.fileName(Theme.LIGHT);
  public static final String TOKENS_DARK = "tokens/" + DtcgExporter.fileName(Theme.DARK);
  public static final String RESOLVER = "tokens/badges.resolver.json";
  public static final String JS = "js/badges.js";
  public static final String DTS = "js/badges.d.ts";

  /** Catalogs at least this large are rendered on two threads. */
  private static final int PARALLEL_THRESHOLD = 2_000;

  private TokenExporter() {}

  /**
   * Every output file, by path relative to the output directory ({@code '/'}-separated), sorted.
   * {@link #CSS_MIN} is included only if {@link TokenOptions#minifiedCss()}.
   *
   * @throws IllegalArgumentException if the catalog breaks an invariant validation guarantees
   *     (undefined tone or icon, names that collide or are empty once sanitised)
   */
  public static SortedMap<String, byte[]> export(BadgeCatalog catalog, TokenOptions options) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(options, "options");
    Prepared p = Prepared.of(catalog, options);
    List<Callable<Map<String, byte[]>>> tasks = new ArrayList<>();
    // Largest first: with two or more cores it runs alongside the others.
    tasks.add(() -> {
      Map<Theme, byte[]> tokens = DtcgExporter.tokenFiles(p, options.colorFormat());
      return Map.of(
          TOKENS_LIGHT, tokens.get(Theme.LIGHT),
          TOKENS_DARK, tokens.get(Theme.DARK),
          RESOLVER, DtcgExporter.resolver());
    });
    tasks.add(() -> Map.of(CSS, CssExporter.css(p, true)));
    if (options.minifiedCss()) {
      tasks.add(() -> Map.of(CSS_MIN, CssExporter.css(p, false)));
    }
    tasks.add(() -> Map.of(JS, JsExporter.module(p)));
    tasks.add(() -> Map.of(DTS, JsExporter.declarations(p)));
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Map<String, byte[]> part : run(tasks, p.pairingCount() >= PARALLEL_THRESHOLD)) {
      files.putAll(part);
    }
    return Collections.unmodifiableSortedMap(files);
  }

  /**
   * Runs the renderers, on two threads when the catalog is large and there is more than one core.
   * Each renderer is a pure function, so the result does not depend on the scheduling.
   */
  private static <T> List<T> run(List<Callable<T>> tasks, boolean parallel) {
    int threads = parallel ? Math.min(2, Runtime.getRuntime().availableProcessors()) : 1;
    List<T> results = new ArrayList<>(tasks.size());
    if (threads < 2) {
      for (Callable<T> task : tasks) {
        results.add(call(task));
      }
      return results;
    }
    // The first (largest) task on a helper thread; the rest here, in order.
    FutureTask<T> first = new FutureTask<>(tasks.get(0));
    Thread helper = new Thread(first, "badge-tokens-export");
    helper.setDaemon(true);
    helper.start();
    List<T> rest = new ArrayList<>();
    for (Callable<T> task : tasks.subList(1, tasks.size())) {
      rest.add(call(task));
    }
    try {
      results.add(first.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while exporting tokens", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
    results.addAll(rest);
    return results;
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (Exception e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /**
   * Exports into {@code dir}, replacing its content atomically; writes nothing when the files are
   * already there and identical.
   *
   * @see OutputWriter#write(Path, SortedMap)
   */
  public static WriteResult write(BadgeCatalog catalog, TokenOptions options, Path dir) throws IOException {
    return OutputWriter.write(dir, export(catalog, options));
  }
}

package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.work.Workers;
import dev.unifiedbadges.tokens.output.FileSink;
import dev.unifiedbadges.tokens.output.OutputWriter;
import dev.unifiedbadges.tokens.output.WriteResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

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
    SortedMap<String, byte[]> files = Collections.synchronizedSortedMap(new TreeMap<>());
    try {
      export(
          Prepared.of(catalog, options),
          options,
          path -> true,
          new Out() {
            @Override
            public void put(String path, byte[] content) {
              files.put(path, content);
            }

            @Override
            public void put(String path, Utf8Builder content) {
              files.put(path, content.toByteArray());
            }

            @Override
            public void put(String path, DtcgExporter.Parts parts, Theme theme) {
              files.put(path, parts.file(theme));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nothing here does I/O
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /**
   * Streams every output file into {@code sink} as soon as it is rendered, so no more than the
   * files being rendered are in memory at once; the two theme token files are written from their
   * shared parts without being assembled. Same files and bytes as {@link #export(BadgeCatalog,
   * TokenOptions)}.
   *
   * @return the size of each file written, by path
   * @throws IllegalArgumentException as {@link #export(BadgeCatalog, TokenOptions)}
   */
  public static SortedMap<String, Long> export(BadgeCatalog catalog, TokenOptions options, FileSink sink)
      throws IOException {
    return export(catalog, options, path -> true, sink);
  }

  /**
   * As {@link #export(BadgeCatalog, TokenOptions, FileSink)}, rendering only the files whose path
   * {@code wanted} accepts (the two theme token files and the resolver are rendered together).
   */
  public static SortedMap<String, Long> export(
      BadgeCatalog catalog, TokenOptions options, Predicate<String> wanted, FileSink sink) throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(wanted, "wanted");
    Objects.requireNonNull(sink, "sink");
    SortedMap<String, Long> sizes = Collections.synchronizedSortedMap(new TreeMap<>());
    export(
        Prepared.of(catalog, options),
        options,
        wanted,
        new Out() {
          @Override
          public void put(String path, byte[] content) throws IOException {
            sink.put(path, content);
            sizes.put(path, (long) content.length);
          }

          @Override
          public void put(String path, Utf8Builder content) throws IOException {
            content.putInto(sink, path);
            sizes.put(path, (long) content.length());
          }

          @Override
          public void put(String path, DtcgExporter.Parts parts, Theme theme) throws IOException {
            try (OutputStream out = sink.open(path)) {
              parts.writeTo(theme, out);
            }
            sizes.put(path, parts.size(theme));
          }
        });
    return Collections.unmodifiableSortedMap(new TreeMap<>(sizes));
  }

  /** Where the renderers put their files. */
  private interface Out {
    void put(String path, byte[] content) throws IOException;

    void put(String path, Utf8Builder content) throws IOException;

    void put(String path, DtcgExporter.Parts parts, Theme theme) throws IOException;
  }

  private static void export(Prepared p, TokenOptions options, Predicate<String> wanted, Out out) throws IOException {
    List<Workers.Task> tasks = new ArrayList<>();
    // The two largest first, side by side when the catalog is large; CSS, the most used file,
    // is on disk early.
    if (wanted.test(CSS)) {
      tasks.add(() -> out.put(CSS, CssExporter.cssBuilder(p, true)));
    }
    if (wanted.test(TOKENS_LIGHT) || wanted.test(TOKENS_DARK) || wanted.test(RESOLVER)) {
      tasks.add(() -> {
        DtcgExporter.Parts parts = DtcgExporter.parts(p, options.colorFormat());
        out.put(TOKENS_LIGHT, parts, Theme.LIGHT);
        out.put(TOKENS_DARK, parts, Theme.DARK);
        out.put(RESOLVER, DtcgExporter.resolver());
      });
    }
    if (options.minifiedCss() && wanted.test(CSS_MIN)) {
      tasks.add(() -> out.put(CSS_MIN, CssExporter.cssBuilder(p, false)));
    }
    if (wanted.test(JS)) {
      tasks.add(() -> out.put(JS, JsExporter.moduleBuilder(p)));
    }
    if (wanted.test(DTS)) {
      tasks.add(() -> out.put(DTS, JsExporter.declarationsBuilder(p)));
    }
    run(tasks, p.pairingCount() >= PARALLEL_THRESHOLD);
  }

  /**
   * Runs the renderers, on two threads when the catalog is large and there is more than one core:
   * each thread takes the next renderer from the list when it is done with one, so the load
   * balances whatever the catalog's shape. Each renderer is a pure function, so the output does
   * not depend on the scheduling.
   */
  private static void run(List<Workers.Task> tasks, boolean parallel) throws IOException {
    Workers.run(tasks, Workers.threadsFor(parallel), "badge-tokens-export");
  }

  /**
   * Exports into {@code dir}, replacing its content atomically; writes nothing when the files are
   * already there and identical.
   *
   * @see OutputWriter#write(Path, OutputWriter.Producer)
   */
  public static WriteResult write(BadgeCatalog catalog, TokenOptions options, Path dir) throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(options, "options");
    return OutputWriter.write(dir, sink -> export(catalog, options, sink));
  }
}

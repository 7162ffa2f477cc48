package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatFiles;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.MemorySink;
import dev.unifiedbadges.tokens.format.OutputFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The token formats (CSS, DTCG tokens, the JS module) run on their own, in memory, without the
 * generator: for tests and tools that want the files as bytes. Builds write through the generator.
 *
 * <p>The output is a pure function of the catalog and the options: sorted iteration, {@code '\n'}
 * line ends, UTF-8, no timestamps and nothing that depends on the locale, time zone or default
 * charset, so it is byte-identical on every machine.
 */
public final class TokenExporter {

  public static final String CSS = CssFormat.CSS;
  public static final String CSS_MIN = CssFormat.CSS_MIN;
  public static final String TOKENS_LIGHT = DtcgFormat.TOKENS_LIGHT;
  public static final String TOKENS_DARK = DtcgFormat.TOKENS_DARK;
  public static final String RESOLVER = DtcgFormat.RESOLVER;
  public static final String JS = JsFormat.JS;
  public static final String DTS = JsFormat.DTS;

  private TokenExporter() {}

  /** The token formats, in the order they are listed everywhere: CSS, DTCG tokens, JS. */
  public static List<OutputFormat> formats() {
    return List.of(new CssFormat(), new DtcgFormat(), new JsFormat());
  }

  /**
   * Every token file, by path relative to the output directory ({@code '/'}-separated), sorted.
   * {@link #CSS_MIN} is included only if {@link TokenOptions#minifiedCss()}.
   *
   * @throws IllegalArgumentException if the catalog breaks an invariant validation guarantees
   *     (undefined tone or icon, names that collide or are empty once sanitised)
   */
  public static SortedMap<String, byte[]> export(BadgeCatalog catalog, TokenOptions options) {
    MemorySink sink = new MemorySink();
    try {
      export(catalog, options, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nothing here does I/O
    }
    return sink.files();
  }

  /**
   * Streams every token file into {@code sink} as it is rendered, one file after another on this
   * thread. Same files and bytes as {@link #export(BadgeCatalog, TokenOptions)}.
   *
   * @throws IllegalArgumentException as {@link #export(BadgeCatalog, TokenOptions)}
   */
  public static void export(BadgeCatalog catalog, TokenOptions options, FileSink sink)
      throws IOException {
    Objects.requireNonNull(sink, "sink");
    run(new StandaloneContext(catalog, options, Map.of()), formats(), sink);
  }

  private static void run(
      StandaloneContext context, List<? extends OutputFormat> formats, FileSink sink)
      throws IOException {
    for (OutputFormat format : formats) {
      context.format = format.id();
      format.files(context);
      for (FormatTask task : format.tasks(context, sink)) {
        task.run();
      }
    }
  }

  /**
   * The files of these formats, run on their own, by path, sorted: for tests and tools that add
   * formats such as {@link NpmFormat} to the token formats.
   *
   * @param formatOptions each format's options by {@code <id>.<key>}
   */
  public static SortedMap<String, byte[]> export(
      BadgeCatalog catalog,
      TokenOptions options,
      List<? extends OutputFormat> formats,
      Map<String, String> formatOptions) {
    MemorySink sink = new MemorySink();
    try {
      run(new StandaloneContext(catalog, options, formatOptions), formats, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nothing here does I/O
    }
    return sink.files();
  }

  /**
   * What each token format declares for this catalog and these options, in {@link #formats()}
   * order.
   */
  public static List<FormatFiles> declaredFiles(BadgeCatalog catalog, TokenOptions options) {
    FormatContext context = new StandaloneContext(catalog, options, Map.of());
    List<FormatFiles> declared = new ArrayList<>(3);
    for (OutputFormat format : formats()) {
      declared.add(new FormatFiles(format.id(), format.files(context)));
    }
    return declared;
  }

  /** A run of its own: default contrast level, no downloads, one format after another. */
  private static final class StandaloneContext implements FormatContext {
    private final BadgeCatalog catalog;
    private final TokenOptions options;
    private final Map<String, String> formatOptions;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    /** The id of the format running now, whose options {@link #option} reads. */
    private String format = "";

    StandaloneContext(
        BadgeCatalog catalog, TokenOptions options, Map<String, String> formatOptions) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      this.options = Objects.requireNonNull(options, "options");
      this.formatOptions = Map.copyOf(formatOptions);
    }

    @Override
    public BadgeCatalog catalog() {
      return catalog;
    }

    @Override
    public TokenOptions tokenOptions() {
      return options;
    }

    @Override
    public ContrastLevel contrastLevel() {
      return ContrastLevel.AA;
    }

    @Override
    public Optional<String> option(String key) {
      return Optional.ofNullable(formatOptions.get(format + "." + key));
    }

    @Override
    public <T> T shared(Class<T> type, Supplier<T> compute) {
      return type.cast(shared.computeIfAbsent(type, t -> compute.get()));
    }

    @Override
    public void runConcurrently(List<? extends FormatTask> tasks, boolean worthSplitting)
        throws IOException {
      for (FormatTask task : tasks) {
        task.run();
      }
    }

    @Override
    public List<FormatFiles> downloads() {
      return List.of();
    }

    @Override
    public SortedMap<String, Long> awaitDownloadSizes() {
      return Collections.emptySortedMap();
    }
  }
}

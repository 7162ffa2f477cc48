package dev.unifiedbadges.site.generate;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Severity;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.model.work.Workers;
import dev.unifiedbadges.site.SiteOptions;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.output.FileSink;
import dev.unifiedbadges.tokens.output.OutputWriter;
import dev.unifiedbadges.tokens.output.WriteResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

/**
 * The one core the build tools call: load and check definitions, export the tokens, render the
 * site, and write it all atomically. Nothing is written unless every step succeeds, so broken
 * definitions leave a previous output as it was.
 *
 * <p>Files are streamed into the output writer as they are rendered, so the output never has to
 * fit in memory. Each run records a fingerprint of its inputs (the definition files' bytes and
 * paths, the options and this tool's own code) with the list of files it wrote; a rerun with the
 * same fingerprint over an unmodified output returns at once, without loading or rendering.
 */
public final class Generator {

  /**
   * Generates the requested formats into the output directory.
   *
   * @throws java.nio.file.NoSuchFileException if the definitions path does not exist
   * @throws DefinitionException with every error (or, with {@code failOnWarnings}, every warning
   *     as an error) if the definitions cannot be used; nothing is written then
   * @throws dev.unifiedbadges.tokens.output.ForeignDirectoryException if the output directory
   *     holds files this tool did not write
   */
  public GenerationResult generate(GenerationRequest request) throws IOException, DefinitionException {
    long start = System.nanoTime();
    Path out = request.outputDirectory();
    Path siteIndex = request.formats().contains(Format.SITE) ? out.resolve("site").resolve("index.html") : null;

    Inputs inputs = Inputs.read(request.definitions(), request.loadOptions());
    String fingerprint = inputs == null ? null : inputs.fingerprint(request);
    if (fingerprint != null) {
      Optional<OutputWriter.UpToDate> current = OutputWriter.upToDate(out, fingerprint);
      if (current.isPresent()) {
        RunSummary recorded = RunSummary.decode(current.get().metadata());
        if (recorded != null) {
          return new GenerationResult(
              recorded.domains(), recorded.pairings(), current.get().result(), recorded.warnings(), siteIndex,
              millisSince(start));
        }
      }
    }

    LoadOptions loadOptions = request.loadOptions();
    LoadedCatalog loaded =
        inputs == null
            ? check(request.definitions(), loadOptions, request.failOnWarnings())
            : failOnWarnings(inputs.load(new DefinitionLoader(loadOptions)), request.failOnWarnings());
    BadgeCatalog catalog = loaded.catalog();
    OutputWriter.Producer producer = sink -> produce(catalog, request, sink);
    WriteResult write =
        fingerprint == null
            ? OutputWriter.write(out, producer)
            : OutputWriter.write(
                out,
                producer,
                new OutputWriter.Stamp(
                    fingerprint,
                    new RunSummary(catalog.domains().size(), catalog.pairingCount(), loaded.warnings()).encode()));
    return new GenerationResult(
        catalog.domains().size(), catalog.pairingCount(), write, loaded.warnings(), siteIndex, millisSince(start));
  }

  /**
   * Every requested file, into the sink as it is rendered: the token files (each also copied to
   * the site's downloads when the site is requested), then the site page by page.
   */
  private static void produce(BadgeCatalog catalog, GenerationRequest request, FileSink sink) throws IOException {
    Set<Format> formats = request.formats();
    boolean site = formats.contains(Format.SITE);
    String downloads = Format.SITE.directory() + SiteRenderer.DOWNLOADS;
    FileSink tokens =
        new TeeSink(
            sink,
            path -> {
              List<String> to = new ArrayList<>(2);
              for (Format f : formats) {
                if (f != Format.SITE && path.startsWith(f.directory())) {
                  to.add(path);
                }
              }
              if (site) {
                to.add(downloads + path);
              }
              return to;
            });
    if (!site) {
      // Without the site's downloads, only the requested formats' files are rendered at all.
      Predicate<String> wanted = path -> formats.stream().anyMatch(f -> path.startsWith(f.directory()));
      TokenExporter.export(catalog, request.tokenOptions(), wanted, tokens);
      return;
    }
    // The token files are exported on a helper thread while the site renders: the site needs
    // only their sizes, for its downloads page, which it renders last.
    FutureTask<SortedMap<String, Long>> export =
        new FutureTask<>(() -> TokenExporter.export(catalog, request.tokenOptions(), tokens));
    Thread helper = new Thread(export, "badge-generate-tokens");
    helper.setDaemon(true);
    helper.start();
    SiteOptions siteOptions =
        new SiteOptions(request.siteTitle(), request.loadOptions().contrastLevel(), request.tokenOptions().cssPrefix());
    Throwable failure = null;
    try {
      SiteRenderer.render(catalog, () -> sizes(export), siteOptions, sink, Format.SITE.directory());
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    } finally {
      // The export writes into the sink, which must not be cleaned up under it.
      Workers.joinUninterruptibly(helper);
    }
    Throwable exportFailure = null;
    try {
      export.get();
    } catch (ExecutionException e) {
      exportFailure = e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // not reached: the helper has ended
    }
    Throwable primary = failure;
    if (exportFailure != null) {
      if (failure == null || failure == exportFailure || failure.getCause() == exportFailure) {
        primary = exportFailure; // as the export threw it, not as the site saw it
      } else {
        failure.addSuppressed(exportFailure);
      }
    }
    if (primary != null) {
      Workers.rethrow(primary);
    }
  }

  /** The export's result; its failure rethrown as it was (an IOException wrapped unchecked). */
  private static SortedMap<String, Long> sizes(FutureTask<SortedMap<String, Long>> export) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return export.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          } else if (cause instanceof Error err) {
            throw err;
          } else if (cause instanceof IOException io) {
            throw new UncheckedIOException(io);
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000L;
  }

  /**
   * Loads and checks definitions without writing anything.
   *
   * @param definitions a file or directory; null means the built-in catalog
   * @param options contrast level and size limit; null means the defaults
   * @param failOnWarnings if true, lint warnings fail the check as errors
   * @throws java.nio.file.NoSuchFileException if the definitions path does not exist
   * @throws DefinitionException with every problem found
   */
  public LoadedCatalog check(Path definitions, LoadOptions options, boolean failOnWarnings)
      throws IOException, DefinitionException {
    DefinitionLoader loader = new DefinitionLoader(options == null ? LoadOptions.defaults() : options);
    LoadedCatalog loaded = definitions == null ? loader.loadBuiltin() : loader.load(definitions);
    return failOnWarnings(loaded, failOnWarnings);
  }

  private static LoadedCatalog failOnWarnings(LoadedCatalog loaded, boolean failOnWarnings) throws DefinitionException {
    if (failOnWarnings && !loaded.warnings().isEmpty()) {
      List<Diagnostic> errors = new ArrayList<>(loaded.warnings().size());
      for (Diagnostic w : loaded.warnings()) {
        errors.add(new Diagnostic(Severity.ERROR, w.location(), w.path(), w.message(), w.fix()));
      }
      throw new DefinitionException(errors);
    }
    return loaded;
  }

  /**
   * A sink that puts each file under every path the mapping gives (possibly none): the content
   * under the first, and copies of it (hard links, on disk) under the others.
   */
  private static final class TeeSink implements FileSink {
    private final FileSink sink;
    private final java.util.function.Function<String, List<String>> targets;

    TeeSink(FileSink sink, java.util.function.Function<String, List<String>> targets) {
      this.sink = sink;
      this.targets = targets;
    }

    @Override
    public void put(String path, byte[] content) throws IOException {
      put(path, content, 0, content.length);
    }

    @Override
    public void put(String path, byte[] content, int offset, int length) throws IOException {
      List<String> to = targets.apply(path);
      if (!to.isEmpty()) {
        sink.put(to.get(0), content, offset, length);
        copies(to);
      }
    }

    @Override
    public OutputStream open(String path) throws IOException {
      List<String> to = targets.apply(path);
      if (to.isEmpty()) {
        return OutputStream.nullOutputStream();
      }
      OutputStream first = sink.open(to.get(0));
      return new java.io.FilterOutputStream(first) {
        private boolean closed;

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          first.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          if (!closed) {
            closed = true;
            first.close();
            copies(to);
          }
        }
      };
    }

    @Override
    public void putCopy(String path, String earlier) throws IOException {
      List<String> to = targets.apply(path);
      if (to.isEmpty()) {
        return;
      }
      List<String> from = targets.apply(earlier);
      if (from.isEmpty()) {
        throw new IllegalArgumentException("'" + earlier + "' was not kept, so it cannot be copied");
      }
      sink.putCopy(to.get(0), from.get(0));
      copies(to);
    }

    private void copies(List<String> to) throws IOException {
      for (int i = 1; i < to.size(); i++) {
        sink.putCopy(to.get(i), to.get(0));
      }
    }
  }
}

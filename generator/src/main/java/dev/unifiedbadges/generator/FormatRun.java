package dev.unifiedbadges.generator;

import dev.unifiedbadges.generator.FormatRegistry.FormatSelection;
import dev.unifiedbadges.generator.concurrent.Workers;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatFiles;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One run of the selected formats into the writer's sink: checks their path claims, routes each
 * file to its place (and a copy into every downloads directory), and runs the formats' tasks.
 *
 * <p>Formats with a downloads directory (the site) run on the calling thread while all the others
 * run on a helper, their tasks interleaved so the largest files start first and, for a large
 * catalog, on two threads: the site needs only the others' sizes, for the page it renders last.
 */
final class FormatRun {

  /** Catalogs at least this large have the other formats' tasks run on two threads. */
  private static final int PARALLEL_PAIRINGS = 2_000;

  private final FormatSelection selection;
  private final BadgeCatalog catalog;
  private final GenerationRequest request;
  private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

  /** The non-downloads formats' files, as the downloads pages list them. */
  private final List<FormatFiles> downloads = new ArrayList<>();

  private final SortedMap<String, Long> sizes = Collections.synchronizedSortedMap(new TreeMap<>());
  private final List<OutputFormat> bundlers = new ArrayList<>();
  private final List<OutputFormat> plain = new ArrayList<>();
  private final List<String> bundleDirs = new ArrayList<>();
  private final Map<OutputFormat, Context> contexts = new HashMap<>();
  private final Map<OutputFormat, Claim> claims = new HashMap<>();
  private FutureTask<Void> others;

  private FormatRun(FormatSelection selection, BadgeCatalog catalog, GenerationRequest request) {
    this.selection = selection;
    this.catalog = catalog;
    this.request = request;
  }

  /**
   * Asks every format of the selection what it will write, and checks that no two claim the same
   * path, before anything is written.
   */
  static FormatRun prepare(
      FormatSelection selection, BadgeCatalog catalog, GenerationRequest request)
      throws FormatConfigurationException {
    FormatRun run = new FormatRun(selection, catalog, request);
    run.claim();
    return run;
  }

  private void claim() throws FormatConfigurationException {
    for (OutputFormat format : selection.formats()) {
      Context context = new Context(format.id(), format.downloadsDirectory().isPresent());
      contexts.put(format, context);
      claims.put(
          format, new Claim(format.id(), format.files(context), format.directories(context)));
      if (format.downloadsDirectory().isPresent()) {
        bundlers.add(format);
      } else {
        plain.add(format);
      }
    }
    for (OutputFormat bundler : bundlers) {
      String dir = bundler.downloadsDirectory().orElseThrow();
      if (!dir.endsWith("/")
          || claims.get(bundler).directories().stream().noneMatch(dir::startsWith)) {
        throw new FormatConfigurationException(
            "The output format '"
                + bundler.id()
                + "' wants downloads in '"
                + dir
                + "', which is not a directory"
                + " inside one it claims. Fix: the format's downloadsDirectory() must end in '/' and lie inside one"
                + " of its directories().");
      }
      bundleDirs.add(dir);
    }
    for (OutputFormat format : plain) {
      downloads.add(new FormatFiles(format.id(), claims.get(format).files()));
    }
    PathClaims.check(selection.formats().stream().map(claims::get).toList());
  }

  /** Writes every format of the selection into the sink. */
  void writeTo(FileSink sink) throws IOException {
    List<List<FormatTask>> perFormat = new ArrayList<>();
    for (OutputFormat format : plain) {
      Claim claim = claims.get(format);
      // A format only a downloads format requires writes only into the downloads that need it.
      boolean top = selection.isTopLevel(format.id()) || bundleDirs.isEmpty();
      FileSink routed = new RoutingSink(sink, claim, path -> targets(path, top, bundleDirs), sizes);
      perFormat.add(format.tasks(contexts.get(format), routed));
    }
    List<FormatTask> plainTasks = interleave(perFormat);
    boolean large = catalog.pairingCount() >= PARALLEL_PAIRINGS;
    if (bundlers.isEmpty()) {
      Workers.run(plainTasks, Workers.threadsFor(large), "badge-formats");
      checkWritten();
      return;
    }
    others =
        new FutureTask<>(
            () -> {
              Workers.run(plainTasks, Workers.threadsFor(large), "badge-formats");
              checkWritten();
              return null;
            });
    Thread helper = new Thread(others, "badge-formats");
    helper.setDaemon(true);
    helper.start();
    Throwable failure = null;
    try {
      for (OutputFormat bundler : bundlers) {
        FileSink routed = new RoutingSink(sink, claims.get(bundler), path -> List.of(path), null);
        for (FormatTask task : bundler.tasks(contexts.get(bundler), routed)) {
          task.run();
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    } finally {
      // The other formats write into the sink, which must not be cleaned up under them.
      Workers.joinUninterruptibly(helper);
    }
    Throwable othersFailure = null;
    try {
      others.get();
    } catch (ExecutionException e) {
      othersFailure = e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // not reached: the helper has ended
    }
    Throwable primary = failure;
    if (othersFailure != null) {
      if (failure == null || failure == othersFailure || failure.getCause() == othersFailure) {
        primary = othersFailure; // as the format threw it, not as the site saw it
      } else {
        failure.addSuppressed(othersFailure);
      }
    }
    if (primary != null) {
      Workers.rethrow(primary);
    }
  }

  /**
   * Where a plain format's file goes: its own path if selected, and a copy in every downloads
   * directory.
   */
  private static List<String> targets(String path, boolean top, List<String> bundleDirs) {
    List<String> to = new ArrayList<>(1 + bundleDirs.size());
    if (top) {
      to.add(path);
    }
    for (String dir : bundleDirs) {
      to.add(dir + path);
    }
    return to;
  }

  /**
   * The first task of each format, then the second of each, and so on: the largest files start
   * first.
   */
  private static List<FormatTask> interleave(List<List<FormatTask>> perFormat) {
    List<FormatTask> all = new ArrayList<>();
    for (int i = 0; ; i++) {
      boolean any = false;
      for (List<FormatTask> tasks : perFormat) {
        if (i < tasks.size()) {
          all.add(tasks.get(i));
          any = true;
        }
      }
      if (!any) {
        return all;
      }
    }
  }

  /** Every declared file was written: the downloads page lists them all. */
  private void checkWritten() {
    for (OutputFormat format : plain) {
      for (OutputFile file : claims.get(format).files()) {
        if (!sizes.containsKey(file.path())) {
          throw new IllegalStateException(
              "the output format '"
                  + format.id()
                  + "' declared "
                  + file.path()
                  + " but did not write it");
        }
      }
    }
  }

  /**
   * One format's view of the run: its own options, the shared model, the threads, the downloads.
   */
  private final class Context implements FormatContext {
    private final String prefix;

    /**
     * Only a format with a downloads directory sees the others' files: any other format runs among
     * them, so waiting for their sizes would wait for itself.
     */
    private final boolean offersDownloads;

    Context(String id, boolean offersDownloads) {
      this.prefix = id + ".";
      this.offersDownloads = offersDownloads;
    }

    @Override
    public BadgeCatalog catalog() {
      return catalog;
    }

    @Override
    public TokenOptions tokenOptions() {
      return request.tokenOptions();
    }

    @Override
    public ContrastLevel contrastLevel() {
      return request.loadOptions().contrastLevel();
    }

    @Override
    public Optional<Baseline> baseline() {
      return Optional.ofNullable(request.baseline());
    }

    @Override
    public Optional<String> option(String key) {
      return Optional.ofNullable(request.formatOptions().get(prefix + key));
    }

    @Override
    public <T> T shared(Class<T> type, Supplier<T> compute) {
      return type.cast(shared.computeIfAbsent(type, t -> compute.get()));
    }

    @Override
    public void runConcurrently(List<? extends FormatTask> tasks, boolean worthSplitting)
        throws IOException {
      Workers.run(
          tasks,
          Workers.threadsFor(worthSplitting),
          "badge-" + prefix.substring(0, prefix.length() - 1));
    }

    @Override
    public List<FormatFiles> downloads() {
      return offersDownloads ? List.copyOf(downloads) : List.of();
    }

    @Override
    public SortedMap<String, Long> awaitDownloadSizes() throws IOException {
      if (!offersDownloads || others == null) {
        return Collections.emptySortedMap();
      }
      boolean interrupted = false;
      try {
        while (true) {
          try {
            others.get();
            return Collections.unmodifiableSortedMap(new TreeMap<>(sizes));
          } catch (InterruptedException e) {
            interrupted = true;
          } catch (ExecutionException e) {
            Workers.rethrow(e.getCause());
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** What one format declared it writes. */
  record Claim(String formatId, List<OutputFile> files, List<String> directories) {

    Claim {
      files = List.copyOf(files);
      directories = List.copyOf(directories);
    }

    boolean covers(String path) {
      for (OutputFile file : files) {
        if (file.path().equals(path)) {
          return true;
        }
      }
      for (String dir : directories) {
        if (path.startsWith(dir)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Where a path goes; the first target gets the bytes, the others copies of them. */
  @FunctionalInterface
  interface Targets {
    List<String> of(String path);
  }

  /**
   * A format's sink: refuses paths it did not declare, puts each file under its targets (the bytes
   * under the first, copies under the others) and records the size of each.
   */
  private static final class RoutingSink implements FileSink {
    private final FileSink sink;
    private final Claim claim;
    private final Targets targets;
    private final Map<String, Long> sizes;

    RoutingSink(FileSink sink, Claim claim, Targets targets, Map<String, Long> sizes) {
      this.sink = sink;
      this.claim = claim;
      this.targets = targets;
      this.sizes = sizes;
    }

    private List<String> to(String path) {
      if (!claim.covers(path)) {
        throw new IllegalStateException(
            "the output format '"
                + claim.formatId()
                + "' wrote "
                + path
                + ", which it did not declare in"
                + " files() or directories()");
      }
      return targets.of(path);
    }

    @Override
    public void put(String path, byte[] content) throws IOException {
      put(path, content, 0, content.length);
    }

    @Override
    public void put(String path, byte[] content, int offset, int length) throws IOException {
      List<String> to = to(path);
      sink.put(to.get(0), content, offset, length);
      copies(to);
      size(path, length);
    }

    @Override
    public OutputStream open(String path) throws IOException {
      List<String> to = to(path);
      OutputStream first = sink.open(to.get(0));
      return new FilterOutputStream(first) {
        private boolean closed;
        private long written;

        @Override
        public void write(int b) throws IOException {
          first.write(b);
          written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          first.write(b, off, len);
          written += len;
        }

        @Override
        public void close() throws IOException {
          if (!closed) {
            closed = true;
            first.close();
            copies(to);
            size(path, written);
          }
        }
      };
    }

    @Override
    public void putCopy(String path, String earlier) throws IOException {
      List<String> to = to(path);
      List<String> from = to(earlier);
      sink.putCopy(to.get(0), from.get(0));
      copies(to);
      if (sizes != null) {
        Long size = sizes.get(earlier);
        if (size != null) {
          sizes.put(path, size);
        }
      }
    }

    private void copies(List<String> to) throws IOException {
      for (int i = 1; i < to.size(); i++) {
        sink.putCopy(to.get(i), to.get(0));
      }
    }

    private void size(String path, long size) {
      if (sizes != null) {
        sizes.put(path, size);
      }
    }
  }
}

package dev.unifiedbadges.site;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.tokens.CssFormat;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatFiles;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.MemorySink;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Renders the static catalog site: an index of every domain, one page per domain, the palette, and
 * the downloads, all linked relatively so the site works from {@code file://} and under any base
 * path. Output is deterministic: sorted, UTF-8, {@code \n} line ends, no timestamps.
 */
public final class SiteRenderer {

  /** Up to this many pairings, the index shows every badge and filters them in place. */
  public static final int COMPLETE_INDEX_LIMIT = 200;

  /** Above {@link #COMPLETE_INDEX_LIMIT}, each index card shows up to this many sample badges. */
  public static final int SAMPLES_PER_DOMAIN = 3;

  /**
   * The index of a large catalog shows fewer samples per card (down to none) until it fits in this
   * many bytes, so it stays well under 1 MB however long the names are.
   */
  public static final int INDEX_BUDGET_BYTES = 960_000;

  /** The value shown resolving to each domain's unknown fallback. */
  public static final String SAMPLE_UNKNOWN_VALUE = "unexpected_value";

  /** The file the pages load the badge CSS from, under {@link #DOWNLOADS} (the site's own copy). */
  public static final String BADGE_CSS = CssFormat.CSS;

  /** Where the site keeps its copies of the token files. */
  public static final String DOWNLOADS = "downloads/";

  private SiteRenderer() {}

  /** Runs independent page renderings, concurrently when worth it (the generator's threads). */
  @FunctionalInterface
  public interface TaskRunner {
    void run(List<? extends FormatTask> tasks, boolean worthSplitting) throws IOException;

    /** One task after another on the calling thread. */
    TaskRunner SEQUENTIAL =
        (tasks, worthSplitting) -> {
          for (FormatTask task : tasks) {
            task.run();
          }
        };
  }

  /**
   * Renders the site in memory with the token files as its downloads, each described as its token
   * format declares it.
   *
   * @param tokenFiles the token files (from {@code TokenExporter.export}); {@code css/badges.css}
   *     must be among them
   */
  public static SortedMap<String, byte[]> render(
      BadgeCatalog catalog, SortedMap<String, byte[]> tokenFiles, SiteOptions options) {
    return render(catalog, tokenFiles, options, null);
  }

  /**
   * Renders the site in memory as {@link #render(BadgeCatalog, SortedMap, SiteOptions)} does, with
   * a changes page ({@code changes.html}, linked from every page) when {@code changes} is given.
   *
   * @param changes the changes against a baseline and the baseline itself; null for no changes page
   *     (the site is then exactly as without this argument)
   */
  public static SortedMap<String, byte[]> render(
      BadgeCatalog catalog,
      SortedMap<String, byte[]> tokenFiles,
      SiteOptions options,
      SiteChanges changes) {
    List<FormatFiles> downloads = new ArrayList<>();
    TokenOptions tokenOptions =
        new TokenOptions(options.cssPrefix(), ColorFormat.OBJECT, true, options.darkMode());
    for (FormatFiles format : TokenExporter.declaredFiles(catalog, tokenOptions)) {
      List<OutputFile> present = new ArrayList<>();
      for (OutputFile file : format.files()) {
        if (tokenFiles.containsKey(file.path())) {
          present.add(file);
        }
      }
      downloads.add(new FormatFiles(format.formatId(), present));
    }
    return render(catalog, downloads, tokenFiles, options, changes);
  }

  /**
   * Renders the site in memory, one page after another.
   *
   * @param catalog the catalog to show
   * @param downloads the files the downloads page lists, by format, with their bytes in {@code
   *     files}; the site keeps its own copy of each under {@code downloads/} and styles its badges
   *     with {@code css/badges.css}, which must be among them
   * @param files the content of each of those files, by path
   * @param options title, contrast level and CSS prefix (the prefix the token files use)
   * @return the site's files by relative path ('/'-separated), sorted
   */
  public static SortedMap<String, byte[]> render(
      BadgeCatalog catalog,
      List<FormatFiles> downloads,
      SortedMap<String, byte[]> files,
      SiteOptions options) {
    return render(catalog, downloads, files, options, null);
  }

  /**
   * Renders the site in memory, one page after another, as {@link #render(BadgeCatalog, List,
   * SortedMap, SiteOptions)} does, with a changes page when {@code changes} is given.
   *
   * @param changes the changes against a baseline and the baseline itself; null for no changes page
   */
  public static SortedMap<String, byte[]> render(
      BadgeCatalog catalog,
      List<FormatFiles> downloads,
      SortedMap<String, byte[]> files,
      SiteOptions options,
      SiteChanges changes) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(options, "options");
    requireBadgeCss(files);
    MemorySink collect = new MemorySink();
    SortedMap<String, Long> sizes = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      sizes.put(e.getKey(), (long) e.getValue().length);
    }
    try {
      render(catalog, downloads, () -> sizes, options, changes, collect, "", TaskRunner.SEQUENTIAL);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the collecting sink does no I/O
    }
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      collect.put(DOWNLOADS + e.getKey(), e.getValue());
    }
    return collect.files();
  }

  /**
   * Renders the site page by page straight into a sink. The caller puts the downloadable files
   * themselves under {@code prefix + "downloads/"}; only their sizes are needed here, for the
   * downloads page, which is rendered last: the sizes are asked for once, on the calling thread,
   * and the supplier may block until the files are written (its unchecked exceptions propagate).
   *
   * @param downloads the files the downloads page lists, by format in the order shown
   * @param sizes the size of each of those files by path relative to {@code downloads/}; {@code
   *     css/badges.css} must be among them
   * @param sink where each file goes
   * @param prefix prepended to every path, e.g. {@code "site/"} ({@code ""} for none)
   * @param runner runs the pages' renderings, on several threads if it likes
   */
  public static void render(
      BadgeCatalog catalog,
      List<FormatFiles> downloads,
      Supplier<SortedMap<String, Long>> sizes,
      SiteOptions options,
      FileSink sink,
      String prefix,
      TaskRunner runner)
      throws IOException {
    render(catalog, downloads, sizes, options, null, sink, prefix, runner);
  }

  /**
   * Renders the site page by page straight into a sink, as {@link #render(BadgeCatalog, List,
   * Supplier, SiteOptions, FileSink, String, TaskRunner)} does, with a changes page ({@code
   * changes.html} and its stylesheet {@code assets/changes.css}, linked from every page's
   * navigation) when {@code changes} is given.
   *
   * @param changes the changes against a baseline and the baseline itself; null when no baseline is
   *     configured: no changes page, and every other file exactly as without it
   */
  public static void render(
      BadgeCatalog catalog,
      List<FormatFiles> downloads,
      Supplier<SortedMap<String, Long>> sizes,
      SiteOptions options,
      SiteChanges changes,
      FileSink sink,
      String prefix,
      TaskRunner runner)
      throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(downloads, "downloads");
    Objects.requireNonNull(sizes, "sizes");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(runner, "runner");
    new SiteRendering(
            catalog, List.copyOf(downloads), sizes, options, changes, sink, prefix, runner)
        .run();
  }

  static void requireBadgeCss(SortedMap<String, ?> downloads) {
    if (!downloads.containsKey(BADGE_CSS)) {
      throw new IllegalArgumentException(
          "the token files hold no " + BADGE_CSS + ", which the site's badges are styled with");
    }
  }

  /**
   * The page of a domain, relative to the site root: {@code domains/<name>.html}, where the name is
   * the domain's kebab name with every character other than {@code a-z}, {@code 0-9} and {@code -}
   * written as {@code _<hex code point>_}. File names so stay ASCII (a POSIX locale cannot encode
   * anything else) and distinct, since kebab names never contain {@code _}. A name that would be
   * longer than 200 characters (file names stop at 255 bytes) keeps its start and ends in {@code ~}
   * and 16 hex digits of a SHA-256 of the kebab name ({@code ~} occurs in no other name). A name
   * Windows reserves for a device ({@code con}, {@code nul}, {@code com1}, …) has its first letter
   * written as an escape too ({@code _63_on}), since no file of that name can exist there.
   */
  public static String domainPage(String domainName) {
    return PageNames.domainPage(domainName);
  }
}

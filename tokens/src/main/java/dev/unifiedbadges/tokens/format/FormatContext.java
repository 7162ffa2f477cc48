package dev.unifiedbadges.tokens.format;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.validate.ContrastLevel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;

/** What a format is given for one run: the checked catalog, the options and the shared services. */
public interface FormatContext {

  /** The catalog to write, already loaded and validated. */
  BadgeCatalog catalog();

  /** The options every format shares: the CSS prefix, the DTCG colour format, minified CSS. */
  TokenOptions tokenOptions();

  /** The WCAG level the catalog was checked against (the site marks each figure with it). */
  ContrastLevel contrastLevel();

  /**
   * The released catalog this run is compared with, when the user configured one (the site's
   * Changes page shows the differences). Empty by default.
   */
  default Optional<Baseline> baseline() {
    return Optional.empty();
  }

  /**
   * This format's own option {@code key} (without the {@code <id>.} prefix), if the user set it.
   */
  Optional<String> option(String key);

  /**
   * A value computed once per run and shared by every format and thread that asks for the same
   * type, such as the names all token formats use. {@code compute} runs at most once; concurrent
   * callers wait for it.
   */
  <T> T shared(Class<T> type, Supplier<T> compute);

  /**
   * Runs independent tasks, on several threads when {@code worthSplitting} and the machine has the
   * cores; returns when all are done. The first failure is rethrown; no new task starts after it.
   */
  void runConcurrently(List<? extends FormatTask> tasks, boolean worthSplitting) throws IOException;

  /**
   * For a format with a {@link OutputFormat#downloadsDirectory}: the files of the other formats in
   * this run, in the registry's order, whose copies it receives. Empty for other formats.
   */
  List<FormatFiles> downloads();

  /**
   * For a format with a {@link OutputFormat#downloadsDirectory}: the size in bytes of each of
   * {@link #downloads}' files by path, once the other formats have written them; blocks until then,
   * so call it last. Their failure is rethrown here. Empty for other formats, which run among them
   * and would otherwise wait for themselves.
   */
  SortedMap<String, Long> awaitDownloadSizes() throws IOException;
}

package dev.unifiedbadges.tokens.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One output format: a named set of files generated from a badge catalog, such as the CSS, the DTCG
 * tokens, the JS module or the catalog site.
 *
 * <p>Built-in formats are listed by the generator's registry; a third-party format is a class with
 * a public no-argument constructor named in a {@code
 * META-INF/services/dev.unifiedbadges.tokens.format.OutputFormat} file of its jar, found with
 * {@link java.util.ServiceLoader} on the plugin's {@code <dependencies>}.
 *
 * <p>The contract every format keeps:
 *
 * <ul>
 *   <li><b>Declared files.</b> {@link #files} lists, before anything is written, every file the
 *       format writes (path, group, description, media type); a format whose file names depend on
 *       the catalog (a site's pages) claims {@link #directories} instead. Writing anything else
 *       fails the run, and two formats that claim the same path are refused before either writes.
 *   <li><b>The sink only.</b> A format never touches the file system: it writes each file once,
 *       whole, into the {@link FileSink} it is given, which stages it and swaps the output in
 *       atomically. Paths are relative, {@code '/'}-separated, and inside the output.
 *   <li><b>Deterministic.</b> The bytes of every file are a pure function of the context: sorted
 *       iteration, {@code '\n'} line ends, UTF-8, and nothing that depends on the time, the locale,
 *       the time zone, the default charset or the scheduling of threads.
 *   <li><b>Escaping.</b> Every catalog text (names, labels, descriptions) may hold any character
 *       the definitions allow, quotes, backslashes, {@code <}, {@code &} and non-ASCII included; a
 *       format escapes it for its own syntax.
 *   <li><b>Threads.</b> The tasks {@link #tasks} returns may run on any thread and at the same time
 *       as each other and as other formats' tasks; the format object itself is shared and must hold
 *       no per-run state. Anything worth computing once per run goes through {@link
 *       FormatContext#shared}.
 *   <li><b>Failures.</b> A task throws {@link java.io.IOException} for I/O trouble and an unchecked
 *       exception for a broken invariant; either fails the whole run and leaves the previous output
 *       as it was. A format does not print or log.
 * </ul>
 */
public interface OutputFormat {

  /** The name users select the format by in {@code formats}: lower-case kebab, e.g. {@code css}. */
  String id();

  /** Every file this format writes in this run, in any order. */
  List<OutputFile> files(FormatContext context);

  /**
   * Directories (relative, ending in {@code '/'}) whose whole content this format writes, for file
   * names that depend on the catalog; none by default.
   */
  default List<String> directories(FormatContext context) {
    return List.of();
  }

  /**
   * The options this format reads, by key without the format's prefix, each with a one-line
   * description: {@code <formatOptions><csv.separator>;</csv.separator>} reaches the {@code csv}
   * format as {@code separator}. An option for this format that is not listed here is refused.
   */
  default Map<String, String> options() {
    return Map.of();
  }

  /**
   * For a format that offers the other formats' files for download (the catalog site): the
   * directory, inside one of its own {@link #directories}, that receives a copy of each of their
   * files, e.g. {@code site/downloads/}. Empty for most formats.
   */
  default Optional<String> downloadsDirectory() {
    return Optional.empty();
  }

  /**
   * Formats this one needs in every run it is part of, selected or not: their files then go only
   * into its {@link #downloadsDirectory}. None by default.
   */
  default Set<String> requires() {
    return Set.of();
  }

  /**
   * The independent pieces of work that write this format's files into {@code sink}; each writes
   * one or more whole files. The generator may run them in any order, concurrently.
   */
  List<FormatTask> tasks(FormatContext context, FileSink sink);
}

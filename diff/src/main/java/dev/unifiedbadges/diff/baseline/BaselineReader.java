package dev.unifiedbadges.diff.baseline;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.tokens.SnapshotFormat;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns what a user names as a baseline into the snapshot it stands for: a snapshot file as is, a
 * jar that carries one (a released artifact built with {@code attach} or the {@code npm} format's
 * files), or badge definitions, which are loaded and snapshotted as a generation would.
 */
public final class BaselineReader {

  /** Entries of an archive that are catalog snapshots end with this. */
  static final String SNAPSHOT_ENTRY = "/" + SnapshotFormat.SNAPSHOT;

  /** The same cap as a snapshot file's: far above any real catalog. */
  private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

  private BaselineReader() {}

  /**
   * Reads the baseline at {@code path}.
   *
   * <ul>
   *   <li>a {@code .jar} or {@code .zip}: the one {@code …/snapshot/badges.snapshot.json} inside;
   *   <li>a JSON file with a {@code snapshotVersion} member: a snapshot;
   *   <li>any other file, or a directory: badge definitions. They are loaded without the contrast
   *       check, since a released catalog is compared, not judged, and snapshotted with {@code
   *       tokenOptions} (whose CSS prefix names the classes).
   * </ul>
   *
   * @throws NoSuchFileException if nothing is at {@code path}
   * @throws SnapshotException if a snapshot (or an archive's) cannot be read as one
   * @throws DefinitionException if definitions have errors
   */
  public static Baseline read(Path path, LoadOptions loadOptions, TokenOptions tokenOptions)
      throws IOException, SnapshotException, DefinitionException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (Files.isRegularFile(path) && (lower.endsWith(".jar") || lower.endsWith(".zip"))) {
      return fromArchive(path, path.toString());
    }
    if (Files.isRegularFile(path) && lower.endsWith(".json") && looksLikeSnapshot(path, lower)) {
      CatalogSnapshot.read(path);
      return new Baseline(path.toString(), Files.readAllBytes(path));
    }
    DefinitionLoader loader =
        new DefinitionLoader(
            (loadOptions == null ? LoadOptions.defaults() : loadOptions)
                .withContrastLevel(ContrastLevel.OFF));
    var catalog = loader.load(loader.read(Definitions.at(path))).catalog();
    return new Baseline(
        path.toString(),
        SnapshotFormat.bytes(
            catalog, tokenOptions == null ? TokenOptions.defaults() : tokenOptions));
  }

  /**
   * The snapshot inside a jar or zip, such as a released artifact resolved from a repository.
   *
   * @param name the baseline as the user named it (coordinates, or the archive's path)
   * @throws SnapshotException if the archive is not a zip, carries no snapshot or several, or its
   *     snapshot cannot be read
   */
  public static Baseline fromArchive(Path archive, String name)
      throws IOException, SnapshotException {
    List<String> found = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()
            && ("/" + entry.getName()).endsWith(SNAPSHOT_ENTRY)
            && !entry.getName().contains("/site/")) {
          found.add(entry.getName());
        }
      }
      found.sort(null);
      if (found.isEmpty()) {
        throw new SnapshotException(
            name + " (" + archive + ")",
            "",
            "carries no catalog snapshot (no entry ends with " + SnapshotFormat.SNAPSHOT + ")",
            "release it with badges:generate's 'attach' set and the 'snapshot' format selected"
                + " (a default), or compare with a snapshot file or the released definitions");
      }
      if (found.size() > 1) {
        throw new SnapshotException(
            name + " (" + archive + ")",
            "",
            "carries " + found.size() + " catalog snapshots: " + String.join(", ", found),
            "compare with one of them: unpack it and point the baseline at the file");
      }
      ZipEntry entry = zip.getEntry(found.get(0));
      String source = archive + "!/" + found.get(0);
      byte[] bytes;
      try (InputStream in = zip.getInputStream(entry)) {
        bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
      }
      if (bytes.length > MAX_ENTRY_BYTES) {
        throw new SnapshotException(
            source,
            "",
            "is larger than " + (MAX_ENTRY_BYTES >> 20) + " MiB, far more than any snapshot",
            "compare with a snapshot file or the released definitions");
      }
      CatalogSnapshot.parse(bytes, source);
      return new Baseline(name, bytes);
    } catch (ZipException e) {
      throw new SnapshotException(
          archive.toString(),
          "",
          "is not a readable jar or zip (" + e.getMessage() + ")",
          "point the baseline at a released jar, a snapshot file or badge definitions");
    }
  }

  /**
   * A snapshot's first member names its schema, so even a truncated one is recognised (and then
   * refused with its position, rather than read as broken definitions); definitions never name it.
   */
  private static boolean looksLikeSnapshot(Path json, String lowerName) throws IOException {
    if (lowerName.endsWith(".snapshot.json")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(json)) {
      String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      return head.contains("\"snapshotVersion\"")
          || head.contains(SnapshotFormat.SCHEMA.substring(SnapshotFormat.SCHEMA.indexOf('/') + 1));
    }
  }
}

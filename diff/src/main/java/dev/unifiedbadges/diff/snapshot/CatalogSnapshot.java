package dev.unifiedbadges.diff.snapshot;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.tokens.SnapshotFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A catalog as its snapshot ({@code snapshot/badges.snapshot.json}) records it: what a released
 * catalog looked like, to compare the current one with.
 *
 * @param snapshotVersion the shape's major version; never greater than {@link
 *     SnapshotFormat#SNAPSHOT_VERSION}
 * @param generatorVersion the version of the tool that wrote it, {@code unknown} if not recorded
 * @param baseClass the CSS base class, e.g. {@code badge}
 * @param tones by name
 * @param domains by name
 * @param surfaces the surfaces in each theme; null in a snapshot written before variants
 * @param unknown the catalog's fallback
 */
public record CatalogSnapshot(
    int snapshotVersion,
    String generatorVersion,
    String baseClass,
    SortedMap<String, SnapshotTone> tones,
    SortedMap<String, SnapshotDomain> domains,
    SnapshotBadge unknown,
    SnapshotSurfaces surfaces) {

  public CatalogSnapshot {
    Objects.requireNonNull(generatorVersion, "generatorVersion");
    Objects.requireNonNull(baseClass, "baseClass");
    tones = Collections.unmodifiableSortedMap(new TreeMap<>(tones));
    domains = Collections.unmodifiableSortedMap(new TreeMap<>(domains));
    Objects.requireNonNull(unknown, "unknown");
  }

  /** A snapshot written before variants, without surfaces. */
  public CatalogSnapshot(
      int snapshotVersion,
      String generatorVersion,
      String baseClass,
      SortedMap<String, SnapshotTone> tones,
      SortedMap<String, SnapshotDomain> domains,
      SnapshotBadge unknown) {
    this(snapshotVersion, generatorVersion, baseClass, tones, domains, unknown, null);
  }

  /** The domain of that name. */
  public Optional<SnapshotDomain> domain(String name) {
    return Optional.ofNullable(domains.get(name));
  }

  /** The number of values over all domains. */
  public int pairingCount() {
    return domains.values().stream().mapToInt(d -> d.values().size()).sum();
  }

  /**
   * Reads a snapshot file.
   *
   * @throws SnapshotException if it is not JSON, is cut short, is not a snapshot, or is of a newer
   *     shape than this version reads; the message names the file and the position
   * @throws IOException if it cannot be read at all
   */
  public static CatalogSnapshot read(Path file) throws IOException, SnapshotException {
    return SnapshotReader.read(file);
  }

  /**
   * Parses a snapshot's bytes.
   *
   * @param source the file or artifact entry they came from, for messages
   * @throws SnapshotException as {@link #read}
   */
  public static CatalogSnapshot parse(byte[] json, String source) throws SnapshotException {
    return SnapshotReader.parse(json, source);
  }

  /** The snapshot a generation of {@code catalog} with {@code options} writes. */
  public static CatalogSnapshot of(BadgeCatalog catalog, TokenOptions options) {
    try {
      return parse(SnapshotFormat.bytes(catalog, options), "the current catalog");
    } catch (SnapshotException e) {
      throw new IllegalStateException("the snapshot writer and reader disagree: " + e, e);
    }
  }
}

package dev.unifiedbadges.diff.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain of a snapshot.
 *
 * @param description empty when the definitions give none
 * @param deprecated null unless the whole domain is deprecated
 * @param unknown the badge an unknown value of this domain renders as
 * @param ownUnknown true when the domain defines its own fallback instead of the catalog's
 * @param values in definition order
 */
public record SnapshotDomain(
    String name,
    String title,
    String description,
    SnapshotDeprecation deprecated,
    SnapshotBadge unknown,
    boolean ownUnknown,
    List<SnapshotBadge> values) {

  public SnapshotDomain {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    Objects.requireNonNull(unknown, "unknown");
    values = List.copyOf(values);
  }

  /** The value named exactly {@code value} (not an alias). */
  public Optional<SnapshotBadge> value(String value) {
    for (SnapshotBadge b : values) {
      if (b.value().equals(value)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * The value that {@code name} resolves to: the value of that name, or the one with that alias.
   */
  public Optional<SnapshotBadge> resolve(String name) {
    Optional<SnapshotBadge> exact = value(name);
    if (exact.isPresent()) {
      return exact;
    }
    for (SnapshotBadge b : values) {
      if (b.aliases().contains(name)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}

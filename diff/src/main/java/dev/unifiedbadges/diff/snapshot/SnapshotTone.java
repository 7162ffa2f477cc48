package dev.unifiedbadges.diff.snapshot;

import java.util.Objects;

/** A tone of a snapshot with its colours in each theme. */
public record SnapshotTone(String name, SnapshotColors light, SnapshotColors dark) {

  public SnapshotTone {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
  }
}

package dev.unifiedbadges.tokens.format;

import java.util.Arrays;
import java.util.Objects;

/**
 * The catalog a run is compared with: a released catalog's snapshot ({@code
 * snapshot/badges.snapshot.json}), already resolved from whatever the user named.
 *
 * @param name the baseline as the user named it (a file, definitions or Maven coordinates)
 * @param snapshot the snapshot's bytes, UTF-8 JSON
 */
public record Baseline(String name, byte[] snapshot) {

  public Baseline {
    Objects.requireNonNull(name, "name");
    snapshot = Objects.requireNonNull(snapshot, "snapshot").clone();
  }

  @Override
  public byte[] snapshot() {
    return snapshot.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Baseline b && name.equals(b.name) && Arrays.equals(snapshot, b.snapshot);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(snapshot);
  }

  @Override
  public String toString() {
    return "Baseline[" + name + ", " + snapshot.length + " bytes]";
  }
}

package dev.unifiedbadges.diff.snapshot;

import java.util.Objects;

/**
 * A tone's colours in one theme, as {@code #rrggbb} hex.
 *
 * @param border null when the tone draws no border in this theme
 */
public record SnapshotColors(String background, String foreground, String border, String icon) {

  public SnapshotColors {
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(foreground, "foreground");
    Objects.requireNonNull(icon, "icon");
  }
}

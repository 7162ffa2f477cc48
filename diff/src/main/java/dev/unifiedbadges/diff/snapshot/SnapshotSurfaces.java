package dev.unifiedbadges.diff.snapshot;

import java.util.Objects;

/**
 * The surfaces a snapshot records, the page colours badges sit on in each theme.
 *
 * @param light the light theme's surface
 * @param dark the dark theme's surface
 */
public record SnapshotSurfaces(Surface light, Surface dark) {

  /** One theme's surface, as {@code #rrggbb} hex: the page background and its text colour. */
  public record Surface(String background, String foreground) {
    public Surface {
      Objects.requireNonNull(background, "background");
      Objects.requireNonNull(foreground, "foreground");
    }
  }

  public SnapshotSurfaces {
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
  }
}

package dev.unifiedbadges.diff.snapshot;

import java.util.Objects;

/**
 * A tone's colours in one theme, as {@code #rrggbb} hex: the subtle (default) variant's background,
 * foreground, border and icon, then the other variants' colours.
 *
 * @param border null when the tone draws no border in this theme
 * @param solid the solid variant's fill and text; null in a snapshot written before variants
 * @param outline the outline variant's text and border; null in a snapshot written before variants
 * @param dot the dot variant's dot; null in a snapshot written before variants
 */
public record SnapshotColors(
    String background,
    String foreground,
    String border,
    String icon,
    Solid solid,
    Outline outline,
    String dot) {

  /** The solid variant: a fill (also its border) and the text and icon colour on it. */
  public record Solid(String background, String foreground) {
    public Solid {
      Objects.requireNonNull(background, "background");
      Objects.requireNonNull(foreground, "foreground");
    }
  }

  /** The outline variant: the text and icon colour and the border, with no fill. */
  public record Outline(String foreground, String border) {
    public Outline {
      Objects.requireNonNull(foreground, "foreground");
      Objects.requireNonNull(border, "border");
    }
  }

  public SnapshotColors {
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(foreground, "foreground");
    Objects.requireNonNull(icon, "icon");
  }

  /** The colours of a snapshot written before variants: the subtle variant's only. */
  public SnapshotColors(String background, String foreground, String border, String icon) {
    this(background, foreground, border, icon, null, null, null);
  }
}

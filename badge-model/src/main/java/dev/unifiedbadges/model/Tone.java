package dev.unifiedbadges.model;

import dev.unifiedbadges.runtime.Variant;
import java.util.Objects;

/** A named colour role (success, warning, …) with its light and dark colours. */
public record Tone(String name, ToneColors light, ToneColors dark) {

  public Tone {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
  }

  /** What a badge of this tone paints in {@code variant}, {@code theme}, on {@code surface}. */
  public VariantColors variant(Theme theme, Variant variant, Surface surface) {
    return colors(theme).variant(variant, surface);
  }

  /** The colours for one theme. */
  public ToneColors colors(Theme theme) {
    return theme == Theme.LIGHT ? light : dark;
  }
}

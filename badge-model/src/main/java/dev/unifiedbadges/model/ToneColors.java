package dev.unifiedbadges.model;

import dev.unifiedbadges.model.color.Rgb;
import java.util.Objects;
import java.util.Optional;

/**
 * A tone's colours in one theme. The border is drawn only when set; the icon uses the foreground
 * unless the tone gives it its own colour.
 */
public record ToneColors(Rgb background, Rgb foreground, Rgb border, Rgb icon) {

  public ToneColors {
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(foreground, "foreground");
  }

  public ToneColors(Rgb background, Rgb foreground, Rgb border) {
    this(background, foreground, border, null);
  }

  /** The border colour, empty when the tone draws no border. */
  public Optional<Rgb> borderColor() {
    return Optional.ofNullable(border);
  }

  /** The colour the icon is painted in. */
  public Rgb iconColor() {
    return icon != null ? icon : foreground;
  }

  /** Text contrast: foreground against background. */
  public double textContrast() {
    return Rgb.contrast(foreground, background);
  }
}

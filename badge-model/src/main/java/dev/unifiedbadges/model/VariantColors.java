package dev.unifiedbadges.model;

import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.runtime.Variant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a badge of one tone, variant and theme paints, with what each colour sits on: the pairs the
 * validator checks and the values the token formats write.
 *
 * @param background the fill; null for none (outline, dot: the surface shows through)
 * @param foreground the label's colour
 * @param border the border; null when none is drawn
 * @param icon the icon's colour; null when the variant shows no icon (dot)
 * @param dot the dot's colour; null unless the variant is {@link Variant#DOT}
 * @param surface the page the badge sits on in this theme
 */
public record VariantColors(
    Variant variant,
    Rgb background,
    Rgb foreground,
    Rgb border,
    Rgb icon,
    Rgb dot,
    Surface surface) {

  public VariantColors {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(foreground, "foreground");
    Objects.requireNonNull(surface, "surface");
  }

  /** What the label, icon, border and dot sit on: the fill, or the surface when there is none. */
  public Rgb behind() {
    return background != null ? background : surface.background();
  }

  public Optional<Rgb> borderColor() {
    return Optional.ofNullable(border);
  }

  /** Text contrast: the label against what it sits on. */
  public double textContrast() {
    return Rgb.contrast(foreground, behind());
  }
}

package dev.unifiedbadges.model;

import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.color.SolidColors;
import dev.unifiedbadges.runtime.Variant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tone's colours in one theme. The border is drawn only when set; the icon uses the foreground
 * unless the tone gives it its own. The other variants' colours are optional: outline and dot fall
 * back to the subtle border and text colours, and a missing solid pair is derived ({@link
 * SolidColors}); every one is then checked like a colour the tone gives.
 *
 * @param solid the solid variant's fill and text; null to derive them
 * @param outline the outline variant's text and border; null for the foreground and border
 * @param dot the dot variant's dot; null for the border (or the icon colour without one)
 */
public record ToneColors(
    Rgb background, Rgb foreground, Rgb border, Rgb icon, Solid solid, Outline outline, Rgb dot) {

  /** Text on a derived solid fill: white, or this dark slate, whichever contrasts more. */
  public static final Rgb SOLID_LIGHT_TEXT = Rgb.of("#ffffff");

  public static final Rgb SOLID_DARK_TEXT = Rgb.of("#0f172a");

  /** The contrast a derived solid pair aims for (WCAG AA for text). */
  public static final double SOLID_TARGET = 4.5;

  /** The solid variant's colours. */
  public record Solid(Rgb background, Rgb foreground) {
    public Solid {
      Objects.requireNonNull(background, "background");
      Objects.requireNonNull(foreground, "foreground");
    }
  }

  /** The outline variant's colours (on the page surface). */
  public record Outline(Rgb foreground, Rgb border) {
    public Outline {
      Objects.requireNonNull(foreground, "foreground");
      Objects.requireNonNull(border, "border");
    }
  }

  public ToneColors {
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(foreground, "foreground");
  }

  public ToneColors(Rgb background, Rgb foreground, Rgb border, Rgb icon) {
    this(background, foreground, border, icon, null, null, null);
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

  /** True when the definitions give the solid colours; false when they are derived. */
  public boolean hasOwnSolid() {
    return solid != null;
  }

  /**
   * The solid colours: the tone's own, or derived from its border (its foreground without one) by
   * {@link SolidColors#derive}.
   */
  public Solid solidColors() {
    if (solid != null) {
      return solid;
    }
    SolidColors.Result r =
        SolidColors.derive(
            border != null ? border : foreground, SOLID_LIGHT_TEXT, SOLID_DARK_TEXT, SOLID_TARGET);
    return new Solid(r.background(), r.foreground());
  }

  /** The outline colours: the tone's own, or its foreground and border (foreground without one). */
  public Outline outlineColors() {
    return outline != null
        ? outline
        : new Outline(foreground, border != null ? border : foreground);
  }

  /** The dot colour: the tone's own, or its border (its icon colour without one). */
  public Rgb dotColor() {
    return dot != null ? dot : border != null ? border : iconColor();
  }

  /** What a badge of this tone paints in {@code variant} on {@code surface}. */
  public VariantColors variant(Variant variant, Surface surface) {
    return switch (variant) {
      case SUBTLE ->
          new VariantColors(variant, background, foreground, border, iconColor(), null, surface);
      case SOLID -> {
        Solid s = solidColors();
        yield new VariantColors(
            variant, s.background(), s.foreground(), null, s.foreground(), null, surface);
      }
      case OUTLINE -> {
        Outline o = outlineColors();
        yield new VariantColors(
            variant, null, o.foreground(), o.border(), o.foreground(), null, surface);
      }
      case DOT ->
          new VariantColors(variant, null, surface.foreground(), null, null, dotColor(), surface);
    };
  }
}

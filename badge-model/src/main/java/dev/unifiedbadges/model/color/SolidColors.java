package dev.unifiedbadges.model.color;

import java.util.Objects;

/**
 * Derives the solid (filled) colours of a tone that defines none.
 *
 * <p>The rule, deterministic and documented so that generated CSS, tokens and the site agree:
 *
 * <ol>
 *   <li>Start from {@code base}: the tone's border colour, or its foreground when it has no border
 *       (the caller decides which).
 *   <li>The text is whichever of {@code lightText} and {@code darkText} has the higher WCAG
 *       contrast against {@code base}; on a tie, {@code lightText}.
 *   <li>If that contrast already reaches {@code minContrast}, {@code base} is returned unchanged.
 *   <li>Otherwise the background's OKLCH lightness moves away from the text's &mdash; darker when
 *       the text is lighter than the background, lighter when it is darker &mdash; in steps of
 *       {@value #STEP}, up to lightness 0 or 1. Every step keeps the base's hue and chroma, the
 *       chroma reduced at constant lightness and hue only as far as needed to stay inside sRGB (see
 *       {@link Oklch#toRgb()}). The first background, rounded to 8-bit channels, whose contrast
 *       with the text reaches {@code minContrast} is returned.
 *   <li>If none does, the last one (lightness 0 or 1) is returned, and the caller's contrast check
 *       reports it.
 * </ol>
 *
 * <p>Why OKLCH: its lightness is perceptually uniform, so a step darkens (or lightens) every hue by
 * the same visible amount, and moving along lightness keeps the hue that people see. In HSL,
 * "lightness" is not perceived lightness (yellow and blue at the same HSL lightness look very
 * different) and darkening shifts the perceived hue (yellows turn olive, blues turn purple), so the
 * derived colour would drift from the tone it belongs to.
 *
 * <p>Contrast is WCAG 2.x, {@link Rgb#contrast(Rgb, Rgb)}, measured on the rounded 8-bit colours
 * that will actually be emitted.
 */
public final class SolidColors {

  /** The OKLCH lightness step. */
  public static final double STEP = 0.005;

  /** A solid background and the text colour to use on it. */
  public record Result(Rgb background, Rgb foreground) {
    public Result {
      Objects.requireNonNull(background, "background");
      Objects.requireNonNull(foreground, "foreground");
    }
  }

  private SolidColors() {}

  /**
   * Applies the rule in the class description.
   *
   * @param base the tone's border colour, or its foreground when it has no border
   * @param lightText the light text candidate, e.g. {@code #ffffff}
   * @param darkText the dark text candidate, e.g. {@code #0f172a}
   * @param minContrast the WCAG contrast ratio to reach, from 1 to 21 (e.g. 4.5)
   * @throws IllegalArgumentException if {@code minContrast} is not within [1, 21]
   */
  public static Result derive(Rgb base, Rgb lightText, Rgb darkText, double minContrast) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(lightText, "lightText");
    Objects.requireNonNull(darkText, "darkText");
    if (!(minContrast >= 1.0 && minContrast <= 21.0)) {
      throw new IllegalArgumentException("minContrast must be within [1, 21]: " + minContrast);
    }

    Rgb text = Rgb.contrast(base, lightText) >= Rgb.contrast(base, darkText) ? lightText : darkText;
    if (Rgb.contrast(base, text) >= minContrast) {
      return new Result(base, text);
    }

    Oklch start = Oklch.of(base);
    boolean darken = text.relativeLuminance() > base.relativeLuminance();
    Rgb background = base;
    for (int step = 1; ; step++) {
      // Computed from the step count, not accumulated, so no rounding error builds up.
      double lightness = darken ? start.l() - step * STEP : start.l() + step * STEP;
      boolean last = darken ? lightness <= 0.0 : lightness >= 1.0;
      if (last) {
        lightness = darken ? 0.0 : 1.0;
      }
      background = start.withLightness(lightness).toRgb();
      if (Rgb.contrast(background, text) >= minContrast || last) {
        return new Result(background, text);
      }
    }
  }
}

package dev.unifiedbadges.model.color;

import java.util.Objects;

/**
 * A colour in OKLCH: OKLab lightness {@code l} (0 black .. 1 white), chroma {@code c} (0 grey,
 * unbounded above; sRGB colours stay below about 0.33) and hue {@code h} in degrees, {@code [0,
 * 360)}.
 *
 * <p>The conversions sRGB &harr; linear sRGB &harr; OKLab follow Björn Ottosson, "A perceptual
 * color space for image processing" (2020), <a
 * href="https://bottosson.github.io/posts/oklab/">https://bottosson.github.io/posts/oklab/</a>,
 * with the matrices published there; OKLab &harr; OKLCH is the usual polar form ({@code c =
 * hypot(a, b)}, {@code h = atan2(b, a)}). The sRGB transfer function is the exact piecewise one of
 * IEC 61966-2-1.
 *
 * <p>Results are reproducible on every platform: apart from arithmetic, only {@link StrictMath}
 * functions are used, the gamut search runs a fixed number of steps and channels are rounded with
 * {@link Math#round(double)}, which is exactly specified. Nothing depends on the locale.
 *
 * <p>For a grey the hue is numerically arbitrary (the matrices are rounded, so white's {@code a}
 * and {@code b} are about 1e-8 rather than 0); it has no visible effect while the chroma is that
 * small.
 */
public record Oklch(double l, double c, double h) {

  /**
   * A colour in OKLab: lightness {@code l} and the opponent axes {@code a} (green-red), {@code b}
   * (blue-yellow).
   */
  public record Lab(double l, double a, double b) {

    /** The polar form of this colour, the hue normalised to {@code [0, 360)}. */
    public Oklch toOklch() {
      double chroma = StrictMath.sqrt(a * a + b * b);
      double hue = StrictMath.atan2(b, a) * DEGREES_PER_RADIAN;
      if (hue < 0) {
        hue += 360.0;
      }
      if (hue >= 360.0) {
        hue -= 360.0;
      }
      return new Oklch(l, chroma, hue);
    }
  }

  private static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;

  /** Fixed number of bisection steps for gamut mapping; 2^-40 of the chroma is far below 1/255. */
  private static final int GAMUT_STEPS = 40;

  /**
   * Tolerance for "inside sRGB", in gamma-encoded channel units. Ottosson's matrices are rounded to
   * 10 digits, so sRGB's own colours come back up to about 2e-6 outside [0, 1] (yellow's blue
   * channel); this is still far below half an 8-bit step (0.002).
   */
  private static final double GAMUT_EPSILON = 1e-5;

  public Oklch {
    if (!Double.isFinite(l) || !Double.isFinite(c) || !Double.isFinite(h)) {
      throw new IllegalArgumentException("not finite: " + l + ", " + c + ", " + h);
    }
    if (c < 0) {
      throw new IllegalArgumentException("negative chroma: " + c);
    }
  }

  /** The OKLCH form of an sRGB colour. */
  public static Oklch of(Rgb rgb) {
    return oklab(rgb).toOklch();
  }

  /** The OKLab form of an sRGB colour. */
  public static Lab oklab(Rgb rgb) {
    Objects.requireNonNull(rgb, "rgb");
    double r = toLinear(rgb.red() / 255.0);
    double g = toLinear(rgb.green() / 255.0);
    double b = toLinear(rgb.blue() / 255.0);

    double lms1 = 0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b;
    double lms2 = 0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b;
    double lms3 = 0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b;

    double l1 = StrictMath.cbrt(lms1);
    double l2 = StrictMath.cbrt(lms2);
    double l3 = StrictMath.cbrt(lms3);

    return new Lab(
        0.2104542553 * l1 + 0.7936177850 * l2 - 0.0040720468 * l3,
        1.9779984951 * l1 - 2.4285922050 * l2 + 0.4505937099 * l3,
        0.0259040371 * l1 + 0.7827717662 * l2 - 0.8086757660 * l3);
  }

  /** The cartesian (OKLab) form of this colour. */
  public Lab toLab() {
    double radians = h / DEGREES_PER_RADIAN;
    return new Lab(l, c * StrictMath.cos(radians), c * StrictMath.sin(radians));
  }

  /** This colour with another lightness, chroma and hue kept. */
  public Oklch withLightness(double lightness) {
    return new Oklch(lightness, c, h);
  }

  /**
   * Gamma-encoded sRGB channels in nominal 0..1, neither clamped nor gamut mapped: a colour outside
   * sRGB has a channel below 0 or above 1.
   */
  public double[] toSrgbUnclamped() {
    double[] linear = toLinearSrgb(toLab());
    return new double[] {fromLinear(linear[0]), fromLinear(linear[1]), fromLinear(linear[2])};
  }

  /** Whether this colour is inside the sRGB gamut (within a rounding tolerance of 1e-5). */
  public boolean inSrgbGamut() {
    return inGamut(l, c, h);
  }

  /**
   * The nearest sRGB colour in the sense of CSS-style chroma reduction: lightness is clamped to [0,
   * 1], then, if the colour is outside sRGB, its chroma is bisected at constant lightness and hue
   * down to the largest value inside sRGB, and the channels are rounded to 8 bits.
   */
  public Rgb toRgb() {
    double lightness = clamp(l);
    double chroma = c;
    if (!inGamut(lightness, chroma, h)) {
      double inside = 0.0;
      double outside = chroma;
      for (int i = 0; i < GAMUT_STEPS; i++) {
        double mid = (inside + outside) / 2.0;
        if (inGamut(lightness, mid, h)) {
          inside = mid;
        } else {
          outside = mid;
        }
      }
      chroma = inside;
    }
    double[] srgb = new Oklch(lightness, chroma, h).toSrgbUnclamped();
    return new Rgb(channel(srgb[0]), channel(srgb[1]), channel(srgb[2]));
  }

  private static boolean inGamut(double lightness, double chroma, double hue) {
    double[] srgb = new Oklch(lightness, chroma, hue).toSrgbUnclamped();
    for (double v : srgb) {
      if (!(v >= -GAMUT_EPSILON && v <= 1.0 + GAMUT_EPSILON)) {
        return false;
      }
    }
    return true;
  }

  private static double[] toLinearSrgb(Lab lab) {
    double l1 = lab.l() + 0.3963377774 * lab.a() + 0.2158037573 * lab.b();
    double l2 = lab.l() - 0.1055613458 * lab.a() - 0.0638541728 * lab.b();
    double l3 = lab.l() - 0.0894841775 * lab.a() - 1.2914855480 * lab.b();

    double lms1 = l1 * l1 * l1;
    double lms2 = l2 * l2 * l2;
    double lms3 = l3 * l3 * l3;

    return new double[] {
      +4.0767416621 * lms1 - 3.3077115913 * lms2 + 0.2309699292 * lms3,
      -1.2684380046 * lms1 + 2.6097574011 * lms2 - 0.3413193965 * lms3,
      -0.0041960863 * lms1 - 0.7034186147 * lms2 + 1.7076147010 * lms3
    };
  }

  /** sRGB decoding (IEC 61966-2-1), extended as an odd function below 0. */
  private static double toLinear(double v) {
    double abs = Math.abs(v);
    double out = abs <= 0.04045 ? abs / 12.92 : StrictMath.pow((abs + 0.055) / 1.055, 2.4);
    return v < 0 ? -out : out;
  }

  /** sRGB encoding (IEC 61966-2-1), extended as an odd function below 0. */
  private static double fromLinear(double v) {
    double abs = Math.abs(v);
    double out = abs <= 0.0031308 ? abs * 12.92 : 1.055 * StrictMath.pow(abs, 1.0 / 2.4) - 0.055;
    return v < 0 ? -out : out;
  }

  private static int channel(double v) {
    return (int) Math.round(clamp(v) * 255.0);
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

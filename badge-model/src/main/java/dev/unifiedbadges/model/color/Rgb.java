package dev.unifiedbadges.model.color;

import java.util.Optional;
import java.util.regex.Pattern;

/** An opaque sRGB colour with 8-bit channels. */
public record Rgb(int red, int green, int blue) {

  private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

  public Rgb {
    if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
      throw new IllegalArgumentException(
          "channel out of range 0..255: " + red + "," + green + "," + blue);
    }
  }

  /** Parses {@code #rgb} or {@code #rrggbb}; empty for anything else. */
  public static Optional<Rgb> parse(String text) {
    if (text == null || !HEX.matcher(text).matches()) {
      return Optional.empty();
    }
    String h = text.substring(1);
    if (h.length() == 3) {
      h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    }
    int v = Integer.parseInt(h, 16);
    return Optional.of(new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff));
  }

  /** Parses a colour the caller knows to be well formed. */
  public static Rgb of(String hex) {
    return parse(hex)
        .orElseThrow(() -> new IllegalArgumentException("not a #rrggbb colour: " + hex));
  }

  /** Lower-case {@code #rrggbb}. */
  public String hex() {
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  /** Channel values scaled to 0..1, as DTCG colour components. */
  public double[] components() {
    return new double[] {red / 255.0, green / 255.0, blue / 255.0};
  }

  /** WCAG 2.x relative luminance, with the exact sRGB linearisation. */
  public double relativeLuminance() {
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** WCAG 2.x contrast ratio between two colours, from 1 to 21. */
  public static double contrast(Rgb a, Rgb b) {
    double la = a.relativeLuminance();
    double lb = b.relativeLuminance();
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Override
  public String toString() {
    return hex();
  }
}

package dev.unifiedbadges.model.validate;

import java.util.Locale;
import java.util.Optional;

/** The WCAG 2.x text contrast a catalog must reach in both themes. */
public enum ContrastLevel {
  /** WCAG AA: 4.5:1 for text. */
  AA(4.5),
  /** WCAG AAA: 7:1 for text. */
  AAA(7.0),
  /** No contrast checks at all. */
  OFF(0.0);

  /** WCAG 2.x 1.4.11: borders and icons need 3:1 against the badge background. */
  public static final double NON_TEXT_MINIMUM = 3.0;

  private final double textMinimum;

  ContrastLevel(double textMinimum) {
    this.textMinimum = textMinimum;
  }

  /** The minimum text contrast ratio, 0 when checks are off. */
  public double textMinimum() {
    return textMinimum;
  }

  /** True if a text contrast ratio meets this level. */
  public boolean textPasses(double ratio) {
    return ratio >= textMinimum;
  }

  /** Case-insensitive parse of {@code AA}, {@code AAA} or {@code off}. */
  public static Optional<ContrastLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

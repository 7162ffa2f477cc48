package dev.unifiedbadges.tokens.format;

/** When the CSS switches badges to their dark tones. */
public enum DarkMode {
  /**
   * When the operating system prefers a dark scheme ({@code prefers-color-scheme: dark}), unless
   * the page forces a theme with the theme attribute.
   */
  MEDIA,
  /**
   * Only where the page forces it with the theme attribute: for pages without a dark theme, which a
   * dark system setting must not give dark badges on a white page.
   */
  ATTRIBUTE
}

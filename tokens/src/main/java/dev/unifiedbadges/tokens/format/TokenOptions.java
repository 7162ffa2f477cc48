package dev.unifiedbadges.tokens.format;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Options shared by every exporter.
 *
 * @param cssPrefix the class and custom-property prefix, {@code badge} by default
 * @param colorFormat how DTCG colour values are written
 * @param minifiedCss also write {@code css/badges.min.css}
 * @param darkMode when the CSS switches badges to their dark tones
 */
public record TokenOptions(
    String cssPrefix, ColorFormat colorFormat, boolean minifiedCss, DarkMode darkMode) {

  /** A CSS identifier that cannot start with a digit or "--", in kebab case. */
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public static final String DEFAULT_PREFIX = "badge";

  public TokenOptions {
    Objects.requireNonNull(cssPrefix, "cssPrefix");
    Objects.requireNonNull(colorFormat, "colorFormat");
    Objects.requireNonNull(darkMode, "darkMode");
    if (!isValidPrefix(cssPrefix)) {
      throw new IllegalArgumentException(
          "CSS prefix '"
              + cssPrefix
              + "' is not a lower-case kebab identifier such as 'badge' or 'ub-badge'");
    }
  }

  /** Dark badges where the system prefers a dark scheme ({@link DarkMode#MEDIA}). */
  public TokenOptions(String cssPrefix, ColorFormat colorFormat, boolean minifiedCss) {
    this(cssPrefix, colorFormat, minifiedCss, DarkMode.MEDIA);
  }

  /** Prefix {@code badge}, colour objects, minified CSS too, dark with the system. */
  public static TokenOptions defaults() {
    return new TokenOptions(DEFAULT_PREFIX, ColorFormat.OBJECT, true);
  }

  /** These options with another dark mode. */
  public TokenOptions withDarkMode(DarkMode mode) {
    return new TokenOptions(cssPrefix, colorFormat, minifiedCss, mode);
  }

  /**
   * True if the prefix starts with a letter and uses only lower-case letters, digits and single
   * hyphens.
   */
  public static boolean isValidPrefix(String prefix) {
    return prefix != null && PREFIX.matcher(prefix).matches();
  }
}

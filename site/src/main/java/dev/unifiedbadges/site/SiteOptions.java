package dev.unifiedbadges.site;

import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.tokens.format.DarkMode;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.Objects;

/**
 * How the catalog site is rendered.
 *
 * @param title the site's name, shown in the header and every page title
 * @param contrastLevel the level contrast figures are marked against (pass or fail)
 * @param cssPrefix the CSS class prefix the token files were generated with ({@code badge} by
 *     default); the site's badges use the same classes
 * @param darkMode when the generated CSS turns badges dark, which the downloads page explains
 */
public record SiteOptions(
    String title, ContrastLevel contrastLevel, String cssPrefix, DarkMode darkMode) {

  /** The title used when none is given. */
  public static final String DEFAULT_TITLE = "Badge catalog";

  public SiteOptions {
    title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
    Objects.requireNonNull(contrastLevel, "contrastLevel");
    Objects.requireNonNull(darkMode, "darkMode");
    cssPrefix = cssPrefix == null ? TokenOptions.DEFAULT_PREFIX : cssPrefix;
    if (!TokenOptions.isValidPrefix(cssPrefix)) {
      throw new IllegalArgumentException(
          "CSS prefix '"
              + cssPrefix
              + "' is not a lower-case kebab identifier such as 'badge' or 'ub-badge'");
    }
  }

  /** Badges dark where the system prefers dark ({@link DarkMode#MEDIA}). */
  public SiteOptions(String title, ContrastLevel contrastLevel, String cssPrefix) {
    this(title, contrastLevel, cssPrefix, DarkMode.MEDIA);
  }

  /** Title {@value #DEFAULT_TITLE}, WCAG AA, prefix {@code badge}. */
  public static SiteOptions defaults() {
    return new SiteOptions(DEFAULT_TITLE, ContrastLevel.AA, TokenOptions.DEFAULT_PREFIX);
  }

  public SiteOptions withTitle(String newTitle) {
    return new SiteOptions(newTitle, contrastLevel, cssPrefix, darkMode);
  }

  public SiteOptions withContrastLevel(ContrastLevel level) {
    return new SiteOptions(title, level, cssPrefix, darkMode);
  }

  public SiteOptions withCssPrefix(String prefix) {
    return new SiteOptions(title, contrastLevel, prefix, darkMode);
  }

  public SiteOptions withDarkMode(DarkMode mode) {
    return new SiteOptions(title, contrastLevel, cssPrefix, mode);
  }
}

package dev.unifiedbadges.model;

import dev.unifiedbadges.model.color.Rgb;
import java.util.Objects;

/**
 * The page a badge without a fill sits on in one theme (outline and dot variants): its background,
 * and the text colour the dot variant's label takes.
 */
public record Surface(Rgb background, Rgb foreground) {

  /** White with slate-800 text. */
  public static final Surface DEFAULT_LIGHT = new Surface(Rgb.of("#ffffff"), Rgb.of("#1e293b"));

  /** Slate-900 with slate-200 text. */
  public static final Surface DEFAULT_DARK = new Surface(Rgb.of("#0f172a"), Rgb.of("#e2e8f0"));

  public Surface {
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(foreground, "foreground");
  }

  /** The default surface of a theme. */
  public static Surface defaultFor(Theme theme) {
    return theme == Theme.LIGHT ? DEFAULT_LIGHT : DEFAULT_DARK;
  }
}

package dev.unifiedbadges.site;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;

/**
 * The stylesheet that paints the light and dark previews in the catalog's surface colours ({@link
 * BadgeCatalog#surface}), the page the outline and dot variants were contrast-checked against, so a
 * badge without a fill sits on exactly that colour. Generated, since the surfaces come from the
 * definitions and the CSP forbids inline styles; loaded after {@code site.css} on every page.
 */
final class Surfaces {

  static final String PATH = "assets/surfaces.css";

  private Surfaces() {}

  static String css(BadgeCatalog catalog) {
    StringBuilder sb = new StringBuilder(512);
    sb.append("/* The catalog's surfaces behind the previews, generated from the catalog. */\n");
    for (Theme theme : Theme.values()) {
      Surface s = catalog.surface(theme);
      sb.append(".preview--")
          .append(theme.id())
          .append(" {\n  background-color: ")
          .append(s.background().hex())
          .append(";\n  color: ")
          .append(s.foreground().hex())
          .append(";\n}\n");
    }
    return sb.toString();
  }
}

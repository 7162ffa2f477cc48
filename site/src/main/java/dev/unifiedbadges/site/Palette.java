package dev.unifiedbadges.site;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;

/**
 * The tones page's swatch colours. The badges themselves are styled only by the generated badge
 * CSS; this sheet paints the palette specimens, which show both themes side by side and so cannot
 * use the theme-dependent custom properties. (The CSP forbids inline styles.)
 */
final class Palette {

  private Palette() {}

  /** The specimen class of a tone in a theme; chips append {@code --background} etc. */
  static String className(String tone, Theme theme) {
    return "palette--" + tone + "--" + theme.id();
  }

  static String css(BadgeCatalog catalog) {
    StringBuilder sb = new StringBuilder(256 + catalog.tones().size() * 600);
    sb.append("/* Tone swatches for the tones page, generated from the catalog. */\n");
    for (Tone t : catalog.tones().values()) {
      for (Theme theme : Theme.values()) {
        ToneColors c = t.colors(theme);
        String cls = "." + className(t.name(), theme);
        String border = c.borderColor().map(b -> b.hex()).orElse("transparent");
        sb.append(cls)
            .append(" {\n  background-color: ")
            .append(c.background().hex())
            .append(";\n  color: ")
            .append(c.foreground().hex())
            .append(";\n  border-color: ")
            .append(border)
            .append(";\n}\n");
        sb.append(cls)
            .append(" .specimen__icon { background-color: ")
            .append(c.iconColor().hex())
            .append("; }\n");
        chip(sb, cls, "background", c.background().hex());
        chip(sb, cls, "foreground", c.foreground().hex());
        chip(sb, cls, "icon", c.iconColor().hex());
        c.borderColor().ifPresent(b -> chip(sb, cls, "border", b.hex()));
      }
    }
    return sb.toString();
  }

  private static void chip(StringBuilder sb, String cls, String role, String hex) {
    sb.append(cls)
        .append("--")
        .append(role)
        .append(" { background-color: ")
        .append(hex)
        .append("; }\n");
  }
}

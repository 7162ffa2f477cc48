package dev.unifiedbadges.site;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotColors;
import dev.unifiedbadges.diff.snapshot.SnapshotTone;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.tokens.CssNames;
import dev.unifiedbadges.tokens.CssSyntax;
import dev.unifiedbadges.tokens.SvgDataUri;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The changes page's stylesheet: badges as the baseline painted them. Each distinct look (a tone of
 * the baseline and an icon) gets a class per theme that sets the badge's custom properties, the
 * ones the generated badge CSS sets per pairing, to the baseline's colours and icon. The badge base
 * class then draws it like any other. (The CSP forbids inline styles.)
 *
 * <p>A baseline is a file from elsewhere: its colours are written only when they are hex colours,
 * and icons only when the icon set has them, so nothing in it can reach the stylesheet as CSS.
 */
final class ChangeStyles {

  private static final Pattern HEX =
      Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

  private final CatalogSnapshot baseline;
  private final CssNames css;

  /** Class index per "tone\0icon", in the order first asked for. */
  private final Map<String, Integer> looks = new LinkedHashMap<>();

  ChangeStyles(CatalogSnapshot baseline, CssNames css) {
    this.baseline = baseline;
    this.css = css;
  }

  /**
   * The class that paints a badge of the baseline's {@code tone} with {@code icon} in {@code
   * theme}, e.g. {@code badge-was-3--dark}.
   */
  String className(String tone, String icon, Theme theme) {
    int n = looks.computeIfAbsent(tone + '\0' + icon, k -> looks.size() + 1);
    return wasClass(n, theme);
  }

  /**
   * {@code <prefix>-was-<n>--<theme>}: under the badge prefix, yet never one of the generated
   * classes, which follow the prefix with {@code --} or {@code __}.
   */
  private String wasClass(int n, Theme theme) {
    return css.base() + "-was-" + n + "--" + theme.id();
  }

  /** The stylesheet of every class handed out so far. */
  String css() {
    StringBuilder sb = new StringBuilder(256 + looks.size() * 1200);
    sb.append("/* Badges as the baseline painted them, for the changes page. Generated. */\n");
    String bg = CssSyntax.ident(css.property("bg"));
    String fg = CssSyntax.ident(css.property("fg"));
    String border = CssSyntax.ident(css.property("border"));
    String iconColor = CssSyntax.ident(css.property("icon-color"));
    String iconProperty = CssSyntax.ident(css.property("icon"));
    String animation = CssSyntax.ident(css.property("icon-animation"));
    IconSet icons = IconSet.lucide();
    for (Map.Entry<String, Integer> e : looks.entrySet()) {
      String key = e.getKey();
      int split = key.indexOf('\0');
      String tone = key.substring(0, split);
      String icon = key.substring(split + 1);
      SnapshotTone t = baseline.tones().get(tone);
      String mask =
          icons.svg(icon).map(svg -> "url(\"" + SvgDataUri.of(svg) + "\")").orElse("none");
      for (Theme theme : Theme.values()) {
        sb.append(CssSyntax.classSelector(css.base()))
            .append(CssSyntax.classSelector(wasClass(e.getValue(), theme)))
            .append(" {\n");
        if (t != null) {
          SnapshotColors c = theme == Theme.LIGHT ? t.light() : t.dark();
          decl(sb, bg, color(c.background()));
          decl(sb, fg, color(c.foreground()));
          decl(sb, border, c.border() == null ? "transparent" : color(c.border()));
          decl(sb, iconColor, color(c.icon()));
        }
        decl(sb, iconProperty, mask);
        if (CssNames.SPINNING_ICONS.contains(icon)) {
          decl(sb, animation, CssSyntax.ident(css.spinKeyframes()) + " 1s linear infinite");
        }
        sb.append("}\n");
      }
    }
    return sb.toString();
  }

  private static void decl(StringBuilder sb, String property, String value) {
    sb.append("  ").append(property).append(": ").append(value).append(";\n");
  }

  /** A hex colour as written, anything else (a corrupt or hostile baseline) as {@code unset}. */
  private static String color(String hex) {
    return hex != null && HEX.matcher(hex).matches()
        ? hex.toLowerCase(java.util.Locale.ROOT)
        : "unset";
  }
}

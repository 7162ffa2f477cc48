package dev.unifiedbadges.site.browser;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.tokens.CssNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture page per theme showing one representative badge of every tone in every variant and size
 * (and icon-only at md), on the theme's surface, styled by the site's own copy of the generated
 * badge CSS. It is written into a {@link RenderedSite}'s directory, so the bundled Roboto and
 * {@code downloads/css/badges.css} load by relative URL, and one page load serves every shot.
 *
 * <p>Each badge in the matrix carries {@code data-shot="<tone>--<variant>--<size>"}; each icon-only
 * badge {@code data-icon-only="<tone>--<variant>"}.
 */
final class VariantMatrix {

  /** The icon that spins (reduced motion stops it, but a still icon makes steadier shots). */
  private static final String SPINNING_ICON = "loader-circle";

  /** One badge chosen to stand for its tone. */
  record Sample(String tone, Domain domain, Badge badge) {}

  private VariantMatrix() {}

  /**
   * One badge per tone, tones in name order: the first value (domain by domain) of that tone whose
   * icon does not spin, else the first of that tone.
   */
  static List<Sample> samples(BadgeCatalog catalog) {
    Map<String, Sample> out = new LinkedHashMap<>();
    for (String tone : catalog.tones().keySet()) {
      Sample still = null;
      Sample any = null;
      for (Domain d : catalog.domainList()) {
        for (Badge b : d.values()) {
          if (!b.tone().equals(tone)) {
            continue;
          }
          if (any == null) {
            any = new Sample(tone, d, b);
          }
          if (still == null && !SPINNING_ICON.equals(b.icon())) {
            still = new Sample(tone, d, b);
          }
        }
      }
      Sample chosen = still != null ? still : any;
      if (chosen == null) {
        throw new AssertionError("no value of the built-in catalog uses tone " + tone);
      }
      out.put(tone, chosen);
    }
    return List.copyOf(out.values());
  }

  /** {@code <tone>--<variant>--<size>}: a shot's name. */
  static String name(String tone, Variant variant, Size size) {
    return tone + "--" + variant.id() + "--" + size.id();
  }

  /** The page's file name under the site root. */
  static String fileName(Theme theme, List<Size> sizes) {
    return "variant-matrix-"
        + theme.id()
        + (sizes.size() == 1 ? "-" + sizes.get(0).id() : "")
        + ".html";
  }

  /** Writes the theme's page into the site and returns its {@code file://} URL. */
  static String write(RenderedSite site, Theme theme, List<Size> sizes) {
    // A file of its own per call: the site may be shared with classes running at the same time.
    String name = fileName(theme, sizes);
    try {
      Path file =
          Files.createTempFile(
              site.root(), name.substring(0, name.length() - ".html".length()) + "-", ".html");
      Files.writeString(file, html(site, theme, sizes));
      return site.url(file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String html(RenderedSite site, Theme theme, List<Size> sizes) {
    BadgeCatalog catalog = site.catalog();
    CssNames css = site.css();
    Surface surface = catalog.surface(theme);
    StringBuilder sb = new StringBuilder(16_000);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\" ")
        .append(css.themeAttribute())
        .append("=\"")
        .append(theme.id())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>Badge variants: ")
        .append(theme.id())
        .append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(SiteRenderer.DOWNLOADS)
        .append(SiteRenderer.BADGE_CSS)
        .append("\">\n<style>\n")
        .append(fontFace(400, "Regular"))
        .append(fontFace(500, "Medium"))
        .append("html{color-scheme:")
        .append(theme.id())
        .append("}\nbody{margin:0;padding:16px 20px;background:")
        .append(hex(surface.background()))
        .append(";color:")
        .append(hex(surface.foreground()))
        .append(";font:400 16px/1.4 Roboto,sans-serif}\n")
        .append("main{display:inline-block;padding:16px 20px}\n")
        .append("h1{font:500 16px/1.4 Roboto,sans-serif;margin:0 0 8px}\n")
        .append("table{border-collapse:separate;border-spacing:12px 8px;margin:0 -12px}\n")
        .append("th{font:500 12px/1.3 Roboto,sans-serif;text-align:left;vertical-align:middle}\n")
        .append("th small{display:block;font-weight:400;opacity:.75}\n")
        .append("td{vertical-align:middle;white-space:nowrap}\n")
        .append("</style>\n</head>\n<body>\n<main>\n<h1>Badge variants, ")
        .append(theme.id())
        .append(" theme, on the surface ")
        .append(hex(surface.background()))
        .append("</h1>\n<table>\n<thead>\n<tr><th scope=\"col\">Tone</th>");
    for (Variant v : Variant.values()) {
      sb.append("<th scope=\"colgroup\" colspan=\"")
          .append(sizes.size())
          .append("\">")
          .append(v.id())
          .append("</th>");
    }
    sb.append("<th scope=\"col\">icon-only</th></tr>\n<tr><th></th>");
    for (int i = 0; i < Variant.values().length; i++) {
      for (Size s : sizes) {
        sb.append("<th scope=\"col\">").append(s.id()).append("</th>");
      }
    }
    sb.append("<th scope=\"col\">md, each variant</th></tr>\n</thead>\n<tbody>\n");
    for (Sample sample : samples(catalog)) {
      sb.append("<tr><th scope=\"row\">")
          .append(sample.tone())
          .append("<small>")
          .append(VisualBaselines.html(sample.domain().name() + " " + sample.badge().value()))
          .append("</small></th>");
      String pairing = css.pairing(sample.domain().name(), sample.badge().value());
      for (Variant v : Variant.values()) {
        for (Size s : sizes) {
          sb.append("<td>")
              .append(badge(css, pairing, sample, v, s, false, name(sample.tone(), v, s)))
              .append("</td>");
        }
      }
      sb.append("<td>");
      for (Variant v : Variant.values()) {
        sb.append(badge(css, pairing, sample, v, Size.MD, true, sample.tone() + "--" + v.id()))
            .append(' ');
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String badge(
      CssNames css,
      String pairing,
      Sample sample,
      Variant v,
      Size s,
      boolean iconOnly,
      String key) {
    StringBuilder classes = new StringBuilder(css.base()).append(' ').append(pairing);
    if (css.variant(v) != null) {
      classes.append(' ').append(css.variant(v));
    }
    if (css.size(s) != null) {
      classes.append(' ').append(css.size(s));
    }
    if (iconOnly) {
      classes.append(' ').append(css.iconOnly());
    }
    return "<span "
        + (iconOnly ? "data-icon-only" : "data-shot")
        + "=\""
        + key
        + "\" class=\""
        + classes
        + "\"><span class=\""
        + css.iconElement()
        + "\" aria-hidden=\"true\"></span><span class=\""
        + css.labelElement()
        + "\">"
        + VisualBaselines.html(sample.badge().label())
        + "</span></span>";
  }

  private static String fontFace(int weight, String file) {
    return "@font-face{font-family:\"Roboto\";font-style:normal;font-weight:"
        + weight
        + ";src:url(\"assets/fonts/Roboto-"
        + file
        + ".woff2\") format(\"woff2\")}\n";
  }

  static String hex(Rgb c) {
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.red(), c.green(), c.blue());
  }

  /** The repository's {@code docs/screenshots}, found from the site module's build directory. */
  static Path docsScreenshots() {
    Path site = VisualBaselines.buildDir().toAbsolutePath().normalize().getParent();
    return site.getParent().resolve("docs").resolve("screenshots");
  }
}

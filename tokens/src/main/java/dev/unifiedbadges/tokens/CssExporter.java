package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.tokens.ExportModel.BadgeInfo;
import dev.unifiedbadges.tokens.ExportModel.DomainInfo;
import dev.unifiedbadges.tokens.ExportModel.ToneInfo;
import dev.unifiedbadges.tokens.format.DarkMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes {@code badges.css} (and its minified twin): tone custom properties per theme, icons as
 * mask images on {@code :root}, the {@code .badge} base, one class per tone, pairing and fallback,
 * the progress spinner, and the reduced-motion and forced-colors adjustments.
 */
final class CssExporter {

  /** Icons that show progress and therefore spin (unless the user prefers reduced motion). */

  /**
   * The custom properties (after the prefix) teams may set on a badge or any ancestor to restyle
   * every badge, and their defaults.
   */
  static final Map<String, String> LAYOUT_DEFAULTS =
      Map.of(
          "font-size", "0.75rem",
          "font-weight", "600",
          "line-height", "1.25",
          "padding-y", "0.125em",
          "padding-x", "0.5em",
          "radius", "999px",
          "gap", "0.3em",
          "icon-size", "1.1em",
          "border-width", "1px");

  private final ExportModel p;
  private final CssNames n;
  private final boolean pretty;
  private Utf8Builder sb;
  private int depth;

  /** Declarations of a badge-styling rule, per "tone\0icon", rendered once. */
  private final Map<String, byte[]> bodies = new HashMap<>();

  private final String bg;
  private final String fg;
  private final String border;
  private final String iconColor;
  private final String icon;
  private final String iconAnimation;

  private CssExporter(ExportModel p, boolean pretty, int capacity) {
    this.p = p;
    this.n = p.css;
    this.pretty = pretty;
    this.sb = new Utf8Builder(capacity);
    this.bg = prop("bg");
    this.fg = prop("fg");
    this.border = prop("border");
    this.iconColor = prop("icon-color");
    this.icon = prop("icon");
    this.iconAnimation = prop("icon-animation");
  }

  /** The stylesheet in its builder, to be written without another copy. */
  static Utf8Builder cssBuilder(ExportModel p, boolean pretty) {
    int capacity =
        16_384
            + (p.pairingCount() + p.domains.size()) * (pretty ? 320 : 290)
            + p.domains.size() * 40;
    return new CssExporter(p, pretty, capacity).render();
  }

  private String prop(String name) {
    return CssSyntax.ident(n.property(name));
  }

  private String var(String property) {
    return "var(" + property + ")";
  }

  private String toneVar(ToneInfo tone, String part) {
    return var(CssSyntax.ident(n.toneProperty(tone.name(), part)));
  }

  private Utf8Builder render() {
    IconSet icons = IconSet.lucide();
    if (pretty) {
      sb.append(
              "/*\n * Unified Badges: badge styles generated from the badge catalog. Do not edit; change the\n")
          .append(" * definitions and regenerate. Icons: ")
          .append(icons.description())
          .append(" (https://lucide.dev), ISC licence.\n */\n");
    } else {
      sb.append("/*! Unified Badges, with icons from ")
          .append(icons.description())
          .append(" (https://lucide.dev), ISC licence */");
    }

    String theme = n.themeAttribute();
    comment("Tone colours (light) and icon mask images");
    open(":root");
    toneColors(Theme.LIGHT);
    for (Map.Entry<String, String> e : p.icons.entrySet()) {
      decl(CssSyntax.ident(n.iconProperty(e.getKey())), "url(\"" + e.getValue() + "\")");
    }
    close();

    if (p.options.darkMode() == DarkMode.MEDIA) {
      comment("Dark tones: follow the system unless a theme is forced with " + theme);
      open("@media " + feature("prefers-color-scheme", "dark"));
      open(":root:not([" + theme + "=light])");
      toneColors(Theme.DARK);
      close();
      close();
    } else {
      comment(
          "Dark tones: only where forced with "
              + theme
              + "=dark (darkMode attribute: the system's dark setting is ignored)");
    }
    open("[" + theme + "=dark]");
    toneColors(Theme.DARK);
    close();
    open("[" + theme + "=light]");
    toneColors(Theme.LIGHT);
    close();

    comment(
        "Base badge. Restyle by setting --"
            + n.prefix()
            + "-font-size, -font-weight, -line-height, -padding-y,"
            + " -padding-x, -radius, -gap, -icon-size or -border-width on a badge or any ancestor");
    open(CssSyntax.classSelector(n.base()));
    sb.append(body(p.unknown));
    if (!pretty) {
      sb.append(';');
    }
    decl("box-sizing", "border-box");
    decl("display", "inline-flex");
    decl("align-items", "center");
    decl("gap", layout("gap"));
    decl("max-width", "100%");
    decl("padding", layout("padding-y") + " " + layout("padding-x"));
    decl("border", layout("border-width") + " solid " + var(border));
    decl("border-radius", layout("radius"));
    decl("background-color", var(bg));
    decl("color", var(fg));
    decl("font-size", layout("font-size"));
    decl("font-weight", layout("font-weight"));
    decl("line-height", layout("line-height"));
    decl("white-space", "nowrap");
    decl("vertical-align", "middle");
    close();

    open(CssSyntax.classSelector(n.iconElement()));
    decl("flex", "none");
    decl("display", "inline-block");
    decl("width", layout("icon-size"));
    decl("height", layout("icon-size"));
    decl("background-color", var(iconColor));
    decl("-webkit-mask", var(icon) + " center / contain no-repeat");
    decl("mask", var(icon) + " center / contain no-repeat");
    decl("animation", "var(" + iconAnimation + ", none)");
    close();

    open(CssSyntax.classSelector(n.labelElement()));
    decl("min-width", "0");
    decl("overflow", "hidden");
    decl("text-overflow", "ellipsis");
    close();

    open("@keyframes " + CssSyntax.ident(n.spinKeyframes()));
    open("to");
    decl("transform", "rotate(360deg)");
    close();
    close();

    open("@media " + feature("prefers-reduced-motion", "reduce"));
    open(CssSyntax.classSelector(n.iconElement()));
    decl("animation", "none");
    close();
    close();

    comment("Tones");
    for (ToneInfo tone : p.tones) {
      open(CssSyntax.classSelector(n.tone(tone.name())));
      decl(bg, toneVar(tone, "bg"));
      decl(fg, toneVar(tone, "fg"));
      decl(border, toneVar(tone, "border"));
      decl(iconColor, toneVar(tone, "icon"));
      close();
    }

    variantsAndSizes();

    for (DomainInfo d : p.domains) {
      comment("Domain " + d.domain().name());
      for (BadgeInfo b : d.values()) {
        badgeRule(b);
      }
      badgeRule(d.unknown());
    }
    comment("Catalog fallback");
    badgeRule(p.unknown);

    comment(
        "Forced colours (e.g. Windows High Contrast): system colours, a visible border and icon");
    open("@media " + feature("forced-colors", "active"));
    open(CssSyntax.classSelector(n.base()));
    decl("border", "1px solid CanvasText");
    close();
    String icon = CssSyntax.classSelector(n.iconElement());
    open(icon);
    decl("forced-color-adjust", "none");
    decl("background-color", "CanvasText");
    close();
    String base = CssSyntax.classSelector(n.base());
    open(":is(button, [role=button]) " + base, base + ":is(button, [role=button])");
    decl("border-color", "ButtonText");
    close();
    open(":is(button, [role=button]) " + icon);
    decl("background-color", "ButtonText");
    close();
    close();
    return sb;
  }

  /**
   * The variants, sizes and icon-only modifiers, each as a class on the badge and (variants and
   * sizes) as an attribute on any ancestor. Nothing here is per pairing: a pairing's rule points
   * {@code --badge-bg} and friends at its tone's subtle properties, and a variant redefines those
   * tone properties on the badge itself (one indirection, once per tone), so the stylesheet grows
   * by a constant whatever the number of pairings. A badge's own class wins over an ancestor's
   * attribute (the attribute rule skips badges that carry another variant's or size's class).
   */
  private void variantsAndSizes() {
    String base = CssSyntax.classSelector(n.base());
    comment(
        "Variants: the class "
            + base
            + "--solid, --outline or --dot on a badge, or ["
            + n.variantAttribute()
            + "=solid|outline|dot] on any ancestor (subtle is the default)");
    for (Variant v : new Variant[] {Variant.SOLID, Variant.OUTLINE, Variant.DOT}) {
      open(variantSelectors(v, ""));
      switch (v) {
        case SOLID -> {
          decl(border, var(bg));
          decl(iconColor, var(fg));
        }
        case OUTLINE -> {
          decl(bg, "transparent");
          decl(iconColor, var(fg));
        }
        case DOT -> {
          decl(bg, "transparent");
          decl(border, "transparent");
          decl(fg, var(CssSyntax.ident(n.surfaceProperty("fg"))));
        }
        default -> throw new IllegalStateException(v.name());
      }
      for (ToneInfo tone : p.tones) {
        switch (v) {
          case SOLID -> {
            decl(toneProp(tone, "bg"), toneVar(tone, "solid-bg"));
            decl(toneProp(tone, "fg"), toneVar(tone, "solid-fg"));
          }
          case OUTLINE -> {
            decl(toneProp(tone, "fg"), toneVar(tone, "outline-fg"));
            decl(toneProp(tone, "border"), toneVar(tone, "outline-border"));
          }
          case DOT -> decl(toneProp(tone, "icon"), toneVar(tone, "dot"));
          default -> throw new IllegalStateException(v.name());
        }
      }
      close();
    }
    open(variantSelectors(Variant.DOT, " " + CssSyntax.classSelector(n.iconElement())));
    decl("width", "0.5em");
    decl("height", "0.5em");
    decl("border-radius", "50%");
    decl("-webkit-mask", "none");
    decl("mask", "none");
    decl("animation", "none");
    close();

    comment(
        "Sizes: the class "
            + base
            + "--sm or --lg on a badge, or ["
            + n.sizeAttribute()
            + "=sm|lg] on any ancestor (md is the default); the icon follows the text");
    for (Size size : new Size[] {Size.SM, Size.LG}) {
      String mine = CssSyntax.classSelector(n.size(size));
      String other = CssSyntax.classSelector(n.size(size == Size.SM ? Size.LG : Size.SM));
      open(
          "[" + n.sizeAttribute() + "=" + size.id() + "] " + base + ":not(" + other + ")",
          base + mine);
      if (size == Size.SM) {
        decl(prop("font-size"), "0.6875rem");
        decl(prop("padding-x"), "0.45em");
        decl(prop("gap"), "0.25em");
        decl(prop("icon-size"), "1em");
      } else {
        decl(prop("font-size"), "0.875rem");
        decl(prop("padding-y"), "0.1875em");
        decl(prop("padding-x"), "0.6em");
        decl(prop("gap"), "0.35em");
        decl(prop("icon-size"), "1.15em");
      }
      close();
    }

    comment(
        "Icon only: the label stays as visually hidden text for screen readers; with "
            + base
            + "--dot, a dot alone");
    String iconOnly = base + CssSyntax.classSelector(n.iconOnly());
    open(iconOnly);
    decl("position", "relative");
    decl("padding", layout("padding-y"));
    close();
    open(iconOnly + " " + CssSyntax.classSelector(n.labelElement()));
    decl("position", "absolute");
    decl("width", "1px");
    decl("height", "1px");
    decl("margin", "-1px");
    decl("padding", "0");
    decl("overflow", "hidden");
    decl("clip", "rect(0 0 0 0)");
    decl("clip-path", "inset(50%)");
    decl("white-space", "nowrap");
    decl("border", "0");
    close();
  }

  /**
   * The selectors of a variant (then {@code suffix}): the badge's class, and the ancestor attribute
   * for a badge without another variant's class.
   */
  private String[] variantSelectors(Variant v, String suffix) {
    String base = CssSyntax.classSelector(n.base());
    StringBuilder others = new StringBuilder();
    for (Variant o : Variant.values()) {
      if (o != v && o != Variant.SUBTLE) {
        others.append(":not(").append(CssSyntax.classSelector(n.variant(o))).append(')');
      }
    }
    return new String[] {
      "[" + n.variantAttribute() + "=" + v.id() + "] " + base + others + suffix,
      base + CssSyntax.classSelector(n.variant(v)) + suffix
    };
  }

  private String toneProp(ToneInfo tone, String part) {
    return CssSyntax.ident(n.toneProperty(tone.name(), part));
  }

  /** {@code var(--badge-<name>, <default>)}. */
  private String layout(String name) {
    String fallback = LAYOUT_DEFAULTS.get(name);
    if (fallback == null) {
      throw new IllegalArgumentException(name);
    }
    return "var(" + prop(name) + ", " + fallback + ")";
  }

  private void toneColors(Theme theme) {
    for (ToneInfo tone : p.tones) {
      ToneColors c = tone.tone().colors(theme);
      decl(CssSyntax.ident(n.toneProperty(tone.name(), "bg")), c.background().hex());
      decl(CssSyntax.ident(n.toneProperty(tone.name(), "fg")), c.foreground().hex());
      Rgb b = c.border();
      decl(
          CssSyntax.ident(n.toneProperty(tone.name(), "border")),
          b == null ? "transparent" : b.hex());
      decl(CssSyntax.ident(n.toneProperty(tone.name(), "icon")), c.iconColor().hex());
      ToneColors.Solid solid = c.solidColors();
      decl(toneProp(tone, "solid-bg"), solid.background().hex());
      decl(toneProp(tone, "solid-fg"), solid.foreground().hex());
      ToneColors.Outline outline = c.outlineColors();
      decl(toneProp(tone, "outline-fg"), outline.foreground().hex());
      decl(toneProp(tone, "outline-border"), outline.border().hex());
      decl(toneProp(tone, "dot"), c.dotColor().hex());
    }
    Surface surface = p.catalog.surface(theme);
    decl(CssSyntax.ident(n.surfaceProperty("bg")), surface.background().hex());
    decl(CssSyntax.ident(n.surfaceProperty("fg")), surface.foreground().hex());
  }

  /** {@code .class { …tone and icon variables… }}: the hot loop, one per pairing. */
  private void badgeRule(BadgeInfo b) {
    sb.append('.').append(CssSyntax.ident(b.className())).append(pretty ? " {\n" : "{");
    sb.append(body(b));
    sb.append(pretty ? "}\n" : "}");
  }

  /** The custom-property declarations for a badge's tone and icon, cached per tone and icon. */
  private byte[] body(BadgeInfo b) {
    String key = b.tone().name() + '\0' + b.badge().icon();
    byte[] cached = bodies.get(key);
    if (cached == null) {
      Utf8Builder main = sb;
      int savedDepth = depth;
      sb = new Utf8Builder(512);
      depth = pretty ? 1 : 0;
      ToneInfo tone = b.tone();
      decl(bg, toneVar(tone, "bg"));
      decl(fg, toneVar(tone, "fg"));
      decl(border, toneVar(tone, "border"));
      decl(iconColor, toneVar(tone, "icon"));
      decl(icon, var(CssSyntax.ident(n.iconProperty(b.badge().icon()))));
      if (CssNames.SPINNING_ICONS.contains(b.badge().icon())) {
        decl(iconAnimation, CssSyntax.ident(n.spinKeyframes()) + " 1s linear infinite");
      }
      if (!pretty && sb.lastByte() == ';') {
        sb.setLength(sb.length() - 1);
      }
      cached = sb.toByteArray();
      sb = main;
      depth = savedDepth;
      bodies.put(key, cached);
    }
    return cached;
  }

  private String feature(String name, String value) {
    return "(" + name + (pretty ? ": " : ":") + value + ")";
  }

  private void comment(String text) {
    if (pretty) {
      sb.append('\n');
      indent();
      sb.append("/* ").append(text.replace("*/", "* /")).append(" */\n");
    }
  }

  private void open(String... selectors) {
    for (int i = 0; i < selectors.length; i++) {
      if (i > 0) {
        sb.append(pretty ? ",\n" : ",");
      }
      indent();
      sb.append(selectors[i]);
    }
    sb.append(pretty ? " {\n" : "{");
    depth++;
  }

  private void close() {
    depth--;
    if (!pretty && sb.lastByte() == ';') {
      sb.setLength(sb.length() - 1);
    }
    indent();
    sb.append(pretty ? "}\n" : "}");
  }

  private void decl(String property, String value) {
    indent();
    sb.append(property).append(pretty ? ": " : ":").append(value).append(pretty ? ";\n" : ";");
  }

  private void indent() {
    if (pretty) {
      for (int i = 0; i < depth; i++) {
        sb.append("  ");
      }
    }
  }
}

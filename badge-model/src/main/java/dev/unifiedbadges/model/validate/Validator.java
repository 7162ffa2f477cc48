package dev.unifiedbadges.model.validate;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.VariantColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.runtime.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The catalog-wide rules: tones and icons exist, names stay distinct once sanitised, aliases do not
 * collide, and every tone is legible in both themes.
 */
public final class Validator {

  /** Kebab names that token paths use for tones and the catalog fallback. */
  private static final Set<String> RESERVED_DOMAINS =
      Set.of(Names.TONE_GROUP, Names.SURFACE_GROUP, Badge.UNKNOWN);

  /**
   * Longest kebab name, in characters: a policy that keeps CSS classes and token paths usable. File
   * names are not the reason; the site caps its page names in bytes on its own.
   */
  public static final int MAX_NAME_LENGTH = 120;

  private final ValidationOptions options;
  private final IconSet icons;

  public Validator(ValidationOptions options, IconSet icons) {
    this.options = options;
    this.icons = icons;
  }

  public Validator(ValidationOptions options) {
    this(options, IconSet.lucide());
  }

  /** Every error in the catalog, in file order. */
  public List<Diagnostic> validate(BadgeCatalog catalog, SourceMap sources) {
    return validate(catalog, sources, catalog.tones().keySet());
  }

  /**
   * Every error in the catalog. {@code declaredTones} may name tones that were declared but could
   * not be built (their colours were malformed, already reported), so badges using them are not
   * reported again as using an unknown tone.
   */
  public List<Diagnostic> validate(
      BadgeCatalog catalog, SourceMap sources, Set<String> declaredTones) {
    List<Diagnostic> out = new ArrayList<>();
    checkSurfaces(catalog, sources, out);
    for (Tone tone : catalog.tones().values()) {
      checkContrast(tone, sources, out);
      checkVariants(tone, catalog, sources, out);
    }
    checkBadge(catalog, catalog.unknown(), () -> "/unknown", sources, declaredTones, out);
    Map<String, String> domainByKebab = new HashMap<>();
    for (Domain domain : catalog.domains().values()) {
      String dp = SourceMap.pointer("domains", domain.name());
      String kebab = Names.kebab(domain.name());
      if (kebab.isEmpty()) {
        out.add(
            Diagnostic.error(
                sources.locate(dp),
                dp,
                "domain name '"
                    + domain.name()
                    + "' has no letters or digits, so it has no CSS or token name",
                "rename the domain using letters, digits, '.', '_' or '-'"));
      } else if (kebab.length() > MAX_NAME_LENGTH) {
        out.add(
            Diagnostic.error(
                sources.locate(dp),
                dp,
                "domain name is "
                    + kebab.length()
                    + " characters long once sanitised; at most "
                    + MAX_NAME_LENGTH
                    + ", so that CSS classes and token paths stay usable",
                "shorten the domain name"));
      } else if (RESERVED_DOMAINS.contains(kebab)) {
        out.add(
            Diagnostic.error(
                sources.locate(dp),
                dp,
                "domain name '"
                    + domain.name()
                    + "' becomes '"
                    + kebab
                    + "', which is reserved for the tone, surface and fallback tokens (badge."
                    + kebab
                    + ")",
                "rename the domain, e.g. '" + domain.name() + "_status'"));
      } else {
        String other = domainByKebab.putIfAbsent(kebab, domain.name());
        if (other != null) {
          out.add(
              Diagnostic.error(
                  sources.locate(dp),
                  dp,
                  "domain '"
                      + domain.name()
                      + "' and domain '"
                      + other
                      + "' both become '"
                      + kebab
                      + "' in CSS class and token names",
                  "rename one of them so the names differ in more than case and punctuation"));
        }
      }
      checkValues(catalog, domain, dp, sources, declaredTones, out);
      checkReplacements(catalog, domain, dp, sources, out);
      if (domain.unknown() != null) {
        checkBadge(catalog, domain.unknown(), () -> dp + "/unknown", sources, declaredTones, out);
      }
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }

  /**
   * A deprecation's {@code replacedBy} names a current value of the same domain (on a domain: a
   * current domain). Refusing a deprecated target rules out chains and cycles alike.
   */
  private static void checkReplacements(
      BadgeCatalog catalog, Domain domain, String dp, SourceMap sources, List<Diagnostic> out) {
    if (domain.deprecated() && domain.deprecation().replacedBy() != null) {
      String target = domain.deprecation().replacedBy();
      String rp = dp + "/deprecated/replacedBy";
      Domain replacement = catalog.domains().get(target);
      String problem =
          target.equals(domain.name())
              ? "names the domain itself"
              : replacement == null
                  ? "names no domain of the catalog"
                  : replacement.deprecated() ? "names a domain that is deprecated too" : null;
      if (problem != null) {
        out.add(
            Diagnostic.error(
                sources.locate(rp),
                rp,
                "'replacedBy: " + target + "' of domain '" + domain.name() + "' " + problem,
                "name a current domain that replaces this one, e.g. one of: "
                    + currentNames(
                        catalog.domains().values().stream()
                            .filter(d -> !d.deprecated() && d != domain)
                            .map(Domain::name)
                            .toList())));
      }
    }
    for (Badge badge : domain.values()) {
      if (!badge.deprecated() || badge.deprecation().replacedBy() == null) {
        continue;
      }
      String target = badge.deprecation().replacedBy();
      String rp = valuePointer(dp, badge) + "/deprecated/replacedBy";
      Badge replacement = null;
      for (Badge candidate : domain.values()) {
        if (candidate.value().equals(target)) {
          replacement = candidate;
        }
      }
      String problem;
      if (target.equals(badge.value())) {
        problem = "names the value itself";
      } else if (replacement == null) {
        problem =
            "names no value of domain '" + domain.name() + "'" + elsewhere(catalog, domain, target);
      } else if (replacement.deprecated()) {
        problem =
            "names value '"
                + target
                + "', which is deprecated too (a replacement must be current: no chains or cycles)";
      } else {
        continue;
      }
      out.add(
          Diagnostic.error(
              sources.locate(rp),
              rp,
              "'replacedBy: " + target + "' of value '" + badge.value() + "' " + problem,
              "name a current value of domain '"
                  + domain.name()
                  + "' that users should switch to: "
                  + currentNames(
                      domain.values().stream()
                          .filter(b -> !b.deprecated())
                          .map(Badge::value)
                          .toList())));
    }
  }

  /** Where a replacement that is not in its domain is found instead: an alias or another domain. */
  private static String elsewhere(BadgeCatalog catalog, Domain domain, String target) {
    for (Badge b : domain.values()) {
      if (b.aliases().contains(target)) {
        return " ('" + target + "' is an alias of value '" + b.value() + "': name the value)";
      }
    }
    for (Domain other : catalog.domains().values()) {
      if (other != domain && other.values().stream().anyMatch(b -> b.value().equals(target))) {
        return " (it is a value of domain '"
            + other.name()
            + "'; a replacement must be in the same domain)";
      }
    }
    return "";
  }

  private static String currentNames(List<String> names) {
    if (names.isEmpty()) {
      return "(there is none: drop 'replacedBy')";
    }
    List<String> shown = names.size() > 8 ? names.subList(0, 8) : names;
    return String.join(", ", shown) + (names.size() > 8 ? ", …" : "");
  }

  /** What a lookup key belongs to: a value ({@code alias} null) or one of its aliases. */
  private record Owner(Badge badge, String alias) {
    @Override
    public String toString() {
      return alias == null
          ? "value '" + badge.value() + "'"
          : "alias '" + alias + "' of value '" + badge.value() + "'";
    }
  }

  private void checkValues(
      BadgeCatalog catalog,
      Domain domain,
      String dp,
      SourceMap sources,
      Set<String> declaredTones,
      List<Diagnostic> out) {
    Map<String, String> valueByKebab = new HashMap<>();
    // Every name a value answers to, by the key resolve() matches on.
    Map<String, Owner> ownerByKey = new HashMap<>();
    for (Badge badge : domain.values()) {
      // Pointers are built only for a diagnostic: this loop runs once per pairing.
      checkBadge(catalog, badge, () -> valuePointer(dp, badge), sources, declaredTones, out);
      String kebab = Names.kebab(badge.value());
      boolean kebabClash = false;
      if (kebab.isEmpty()) {
        String vp = valuePointer(dp, badge);
        out.add(
            Diagnostic.error(
                sources.locate(vp),
                vp,
                "value name '"
                    + badge.value()
                    + "' has no letters or digits, so it has no CSS or token name",
                "rename the value using letters, digits, '_' or '-' (keep the raw value as an alias)"));
      } else if (kebab.length() > MAX_NAME_LENGTH) {
        String vp = valuePointer(dp, badge);
        out.add(
            Diagnostic.error(
                sources.locate(vp),
                vp,
                "value name is "
                    + kebab.length()
                    + " characters long once sanitised; at most "
                    + MAX_NAME_LENGTH
                    + ", so that CSS classes and token paths stay usable",
                "shorten the value name and keep the long form as an alias"));
      } else if (kebab.equals(Badge.UNKNOWN)) {
        String vp = valuePointer(dp, badge);
        out.add(
            Diagnostic.error(
                sources.locate(vp),
                vp,
                "value '"
                    + badge.value()
                    + "' is reserved: 'unknown' names the domain's fallback badge",
                "define it under the domain's 'unknown:' key instead of under 'values:'"));
      } else {
        String other = valueByKebab.putIfAbsent(kebab, badge.value());
        kebabClash = other != null;
        if (other != null) {
          String vp = valuePointer(dp, badge);
          out.add(
              Diagnostic.error(
                  sources.locate(vp),
                  vp,
                  "value '"
                      + badge.value()
                      + "' and value '"
                      + other
                      + "' of domain '"
                      + domain.name()
                      + "' both become '"
                      + kebab
                      + "' in CSS class and token names",
                  "rename one of them, or make one an alias of the other"));
        }
      }
      Owner self = new Owner(badge, null);
      Owner owner = ownerByKey.putIfAbsent(BadgeCatalog.lookupKey(badge.value()), self);
      // A clash in CSS names is reported above; the same pair would only be reported twice.
      if (owner != null && !kebabClash && !owner.equals(self)) {
        String vp = valuePointer(dp, badge);
        out.add(
            Diagnostic.error(
                sources.locate(vp),
                vp,
                "value '"
                    + badge.value()
                    + "' collides with "
                    + owner
                    + " (values match ignoring case)",
                "remove one of them or rename it"));
      }
    }
    for (Badge badge : domain.values()) {
      for (int i = 0; i < badge.aliases().size(); i++) {
        String alias = badge.aliases().get(i);
        String key = BadgeCatalog.lookupKey(alias);
        if (key.isEmpty()) {
          String ap = valuePointer(dp, badge) + "/aliases/" + i;
          out.add(
              Diagnostic.error(sources.locate(ap), ap, "alias is empty", "remove the empty alias"));
          continue;
        }
        Owner owner = ownerByKey.putIfAbsent(key, new Owner(badge, alias));
        if (owner == null) {
          continue;
        }
        String ap = valuePointer(dp, badge) + "/aliases/" + i;
        if (owner.badge() == badge && owner.alias() == null) {
          out.add(
              Diagnostic.error(
                  sources.locate(ap),
                  ap,
                  "alias '"
                      + alias
                      + "' of value '"
                      + badge.value()
                      + "' is the value itself (matching ignores"
                      + " case and surrounding spaces)",
                  "remove the alias; the value already answers to it"));
        } else if (owner.badge() == badge) {
          out.add(
              Diagnostic.error(
                  sources.locate(ap),
                  ap,
                  "alias '" + alias + "' is listed twice for value '" + badge.value() + "'",
                  "remove the repeated alias"));
        } else {
          out.add(
              Diagnostic.error(
                  sources.locate(ap),
                  ap,
                  "alias '"
                      + alias
                      + "' of value '"
                      + badge.value()
                      + "' collides with "
                      + owner
                      + " in domain '"
                      + domain.name()
                      + "'",
                  "remove the alias; a word can name only one value in a domain"));
        }
      }
    }
  }

  private static String valuePointer(String dp, Badge badge) {
    return dp + SourceMap.pointer("values", badge.value());
  }

  private void checkBadge(
      BadgeCatalog catalog,
      Badge badge,
      Supplier<String> bp,
      SourceMap sources,
      Set<String> declaredTones,
      List<Diagnostic> out) {
    if (!catalog.tones().containsKey(badge.tone()) && !declaredTones.contains(badge.tone())) {
      String tp = bp.get() + "/tone";
      out.add(
          Diagnostic.error(
              sources.locate(tp),
              tp,
              "unknown tone '" + badge.tone() + "'",
              closest(badge.tone(), catalog.tones().keySet())
                  + "use one of "
                  + String.join(", ", catalog.tones().keySet())
                  + ", or define the tone under 'tones:'"));
    }
    if (!icons.contains(badge.icon())) {
      String ip = bp.get() + "/icon";
      List<String> near = icons.suggestions(badge.icon());
      out.add(
          Diagnostic.error(
              sources.locate(ip),
              ip,
              "unknown icon '" + badge.icon() + "' (not in " + icons.description() + ")",
              (near.isEmpty()
                      ? ""
                      : "did you mean "
                          + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList())
                          + "? ")
                  + "use a Lucide icon name, e.g. circle-check; the list is at https://lucide.dev/icons"));
    }
  }

  private void checkContrast(Tone tone, SourceMap sources, List<Diagnostic> out) {
    if (options.contrastLevel() == ContrastLevel.OFF) {
      return;
    }
    for (Theme theme : Theme.values()) {
      ToneColors c = tone.colors(theme);
      String base = SourceMap.pointer("tones", tone.name(), theme.id());
      double text = c.textContrast();
      if (!options.contrastLevel().textPasses(text)) {
        out.add(
            Diagnostic.error(
                sources.locate(base + "/foreground"),
                base + "/foreground",
                "text contrast of tone '"
                    + tone.name()
                    + "' in the "
                    + theme.id()
                    + " theme is "
                    + ratio(text)
                    + " (foreground "
                    + c.foreground()
                    + " on background "
                    + c.background()
                    + "); WCAG "
                    + options.contrastLevel()
                    + " needs at least "
                    + ratio(options.contrastLevel().textMinimum()),
                adjust("foreground", c.foreground(), c.background())));
      }
      if (c.border() != null) {
        double ratio = Rgb.contrast(c.border(), c.background());
        if (ratio < ContrastLevel.NON_TEXT_MINIMUM) {
          out.add(
              Diagnostic.error(
                  sources.locate(base + "/border"),
                  base + "/border",
                  "border contrast of tone '"
                      + tone.name()
                      + "' in the "
                      + theme.id()
                      + " theme is "
                      + ratio(ratio)
                      + " (border "
                      + c.border()
                      + " on background "
                      + c.background()
                      + "); a drawn border needs at least 3:1 (WCAG 1.4.11)",
                  adjust("border", c.border(), c.background()) + ", or remove the border"));
        }
      }
      if (c.icon() != null) {
        double ratio = Rgb.contrast(c.icon(), c.background());
        if (ratio < ContrastLevel.NON_TEXT_MINIMUM) {
          out.add(
              Diagnostic.error(
                  sources.locate(base + "/icon"),
                  base + "/icon",
                  "icon contrast of tone '"
                      + tone.name()
                      + "' in the "
                      + theme.id()
                      + " theme is "
                      + ratio(ratio)
                      + " (icon "
                      + c.icon()
                      + " on background "
                      + c.background()
                      + "); icons need at least 3:1 (WCAG 1.4.11)",
                  adjust("icon", c.icon(), c.background())
                      + ", or remove 'icon' to use the foreground"));
        }
      }
    }
  }

  /** The dot variant's label is the surface's own text colour: checked once per theme. */
  private void checkSurfaces(BadgeCatalog catalog, SourceMap sources, List<Diagnostic> out) {
    if (options.contrastLevel() == ContrastLevel.OFF) {
      return;
    }
    for (Theme theme : Theme.values()) {
      Surface s = catalog.surface(theme);
      double text = Rgb.contrast(s.foreground(), s.background());
      if (!options.contrastLevel().textPasses(text)) {
        String pointer = SourceMap.pointer("surfaces", theme.id(), "foreground");
        out.add(
            Diagnostic.error(
                sources.locate(pointer),
                pointer,
                "text contrast of the "
                    + theme.id()
                    + " surface (the dot variant's label) is "
                    + ratio(text)
                    + " (foreground "
                    + s.foreground()
                    + " on surface "
                    + s.background()
                    + "); WCAG "
                    + options.contrastLevel()
                    + " needs at least "
                    + ratio(options.contrastLevel().textMinimum()),
                adjust("foreground", s.foreground(), "surface", s.background())));
      }
    }
  }

  /**
   * The solid, outline and dot variants of a tone in both themes: text against its fill (the
   * surface without one) at the configured level, border and dot 3:1 against what they sit on. Each
   * error points at the colour to change: the variant's own, or the one it falls back to or is
   * derived from.
   */
  private void checkVariants(
      Tone tone, BadgeCatalog catalog, SourceMap sources, List<Diagnostic> out) {
    if (options.contrastLevel() == ContrastLevel.OFF) {
      return;
    }
    for (Theme theme : Theme.values()) {
      ToneColors c = tone.colors(theme);
      Surface surface = catalog.surface(theme);
      // A variant colour the tone does not give falls back to a subtle one; when that meets the
      // same
      // colour behind it (a white surface behind a white badge), the subtle check has said it all.
      Set<String> subtlePairs = new HashSet<>();
      subtlePairs.add(pair(c.foreground(), c.background()));
      c.borderColor().ifPresent(b -> subtlePairs.add(pair(b, c.background())));
      subtlePairs.add(pair(c.iconColor(), c.background()));
      String base = SourceMap.pointer("tones", tone.name(), theme.id());
      String where = "tone '" + tone.name() + "' in the " + theme.id() + " theme";
      VariantColors solid = c.variant(Variant.SOLID, surface);
      String solidText =
          c.hasOwnSolid()
              ? base + "/solid/foreground"
              : base + (c.border() != null ? "/border" : "/foreground");
      String derived =
          c.hasOwnSolid()
              ? ""
              : " (derived from the " + (c.border() != null ? "border" : "foreground") + ")";
      String solidFix =
          c.hasOwnSolid()
              ? adjust("solid foreground", solid.foreground(), solid.background())
              : "give the tone its own colours: solid: { background: \"#rrggbb\", foreground:"
                  + " \"#rrggbb\" } under its "
                  + theme.id()
                  + " colours";
      if (c.hasOwnSolid() || out.stream().noneMatch(d -> solidText.equals(d.path()))) {
        text(
            out,
            sources,
            solidText,
            "solid",
            where + derived,
            solid.foreground(),
            "background",
            solid.background(),
            solidFix);
      }

      VariantColors outline = c.variant(Variant.OUTLINE, surface);
      VariantColors dot = c.variant(Variant.DOT, surface);
      boolean ownOutline = c.outline() != null;
      String outlineFix =
          "give the tone its own outline: { foreground: \"#rrggbb\", border: \"#rrggbb\" } under its "
              + theme.id()
              + " colours";
      if (ownOutline
          || !repeats(
              out, outline.foreground(), surface.background(), base + "/foreground", subtlePairs)) {
        text(
            out,
            sources,
            ownOutline ? base + "/outline/foreground" : base + "/foreground",
            "outline",
            where,
            outline.foreground(),
            "surface",
            surface.background(),
            ownOutline
                ? adjust(
                    "outline foreground", outline.foreground(), "surface", surface.background())
                : outlineFix + ", or change the " + theme.id() + " surface");
      }
      if (ownOutline
          || !repeats(
              out,
              outline.border(),
              surface.background(),
              base + (c.border() != null ? "/border" : "/foreground"),
              subtlePairs)) {
        nonText(
            out,
            sources,
            ownOutline
                ? base + "/outline/border"
                : base + (c.border() != null ? "/border" : "/foreground"),
            "outline border",
            where,
            outline.border(),
            surface.background(),
            ownOutline
                ? adjust("outline border", outline.border(), "surface", surface.background())
                : outlineFix);
      }
      if (c.dot() != null
          || !repeats(
              out,
              dot.dot(),
              surface.background(),
              base + (c.border() != null ? "/border" : c.icon() != null ? "/icon" : "/foreground"),
              subtlePairs)) {
        nonText(
            out,
            sources,
            c.dot() != null
                ? base + "/dot"
                : base
                    + (c.border() != null ? "/border" : c.icon() != null ? "/icon" : "/foreground"),
            "dot",
            where,
            dot.dot(),
            surface.background(),
            c.dot() != null
                ? adjust("dot", dot.dot(), "surface", surface.background())
                : "set the tone's own dot: \"#rrggbb\" under its " + theme.id() + " colours");
      }
    }
  }

  /**
   * True when a variant colour that falls back to (or is derived from) the colour at {@code
   * pointer} would only repeat what is already said: the same pair was checked for the subtle
   * badge, or that colour already has an error. One error per colour to change; once it is changed,
   * the next run reports whatever still fails.
   */
  private static boolean repeats(
      List<Diagnostic> out, Rgb color, Rgb on, String pointer, Set<String> subtlePairs) {
    return subtlePairs.contains(pair(color, on))
        || out.stream().anyMatch(d -> pointer.equals(d.path()));
  }

  /** A colour on another, as a key. */
  private static String pair(Rgb color, Rgb on) {
    return color.hex() + " on " + on.hex();
  }

  private void text(
      List<Diagnostic> out,
      SourceMap sources,
      String pointer,
      String variant,
      String where,
      Rgb color,
      String onWhat,
      Rgb on,
      String fix) {
    double r = Rgb.contrast(color, on);
    if (options.contrastLevel().textPasses(r)) {
      return;
    }
    out.add(
        Diagnostic.error(
            sources.locate(pointer),
            pointer,
            variant
                + " text contrast of "
                + where
                + " is "
                + ratio(r)
                + " (text "
                + color
                + " on "
                + onWhat
                + " "
                + on
                + "); WCAG "
                + options.contrastLevel()
                + " needs at least "
                + ratio(options.contrastLevel().textMinimum()),
            fix));
  }

  private static void nonText(
      List<Diagnostic> out,
      SourceMap sources,
      String pointer,
      String what,
      String where,
      Rgb color,
      Rgb surface,
      String fix) {
    double r = Rgb.contrast(color, surface);
    if (r >= ContrastLevel.NON_TEXT_MINIMUM) {
      return;
    }
    out.add(
        Diagnostic.error(
            sources.locate(pointer),
            pointer,
            what
                + " contrast of "
                + where
                + " is "
                + ratio(r)
                + " ("
                + what
                + " "
                + color
                + " on surface "
                + surface
                + "); it needs at least 3:1 against the page (WCAG 1.4.11)",
            fix));
  }

  private static String adjust(String what, Rgb color, Rgb background) {
    return adjust(what, color, "background", background);
  }

  /**
   * Which way to move each colour, leaving out a move that is impossible: white cannot get lighter
   * nor black darker, so "make the background lighter" is never said of #ffffff.
   */
  private static String adjust(String what, Rgb color, String behindName, Rgb behind) {
    boolean lighter = color.relativeLuminance() > behind.relativeLuminance();
    String own = "make the " + what + (lighter ? " lighter" : " darker");
    boolean ownAtEnd = lighter ? color.equals(WHITE) : color.equals(BLACK);
    boolean behindAtEnd = lighter ? behind.equals(BLACK) : behind.equals(WHITE);
    String other = "the " + behindName + (lighter ? " darker" : " lighter");
    if (ownAtEnd && !behindAtEnd) {
      return "make " + other;
    }
    return behindAtEnd ? own : own + " or " + other;
  }

  private static final Rgb WHITE = Rgb.of("#ffffff");
  private static final Rgb BLACK = Rgb.of("#000000");

  /** A contrast ratio as users read it: two decimals, rounded down so 4.499 never shows as 4.50. */
  public static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
  }

  private static String closest(String name, Set<String> candidates) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String c : candidates) {
      int score = editDistance(name, c);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best != null && bestScore <= Math.max(2, name.length() / 3)
        ? "did you mean '" + best + "'? "
        : "";
  }

  private static int editDistance(String a, String b) {
    return IconSet.editDistance(a, b);
  }
}

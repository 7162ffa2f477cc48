package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The catalog with every name the exporters need computed once: kebab token names, CSS class names,
 * tones and the distinct icons. Checks the invariants the outputs rely on (validation normally
 * guarantees them) so a hand-built catalog fails loudly instead of producing broken files.
 */
final class ExportModel {

  final BadgeCatalog catalog;
  final TokenOptions options;
  final CssNames css;
  final List<ToneInfo> tones;

  /** Distinct icons, sorted, each with its minified SVG as a data URI (both stylesheets use it). */
  final Map<String, String> icons;

  final List<DomainInfo> domains;
  final BadgeInfo unknown;

  /** One tone. {@code hasBorder}: either theme draws a border, so the border token exists. */
  record ToneInfo(String name, Tone tone, boolean hasBorder) {}

  /** One badge: a pairing, a domain's fallback or the catalog fallback. */
  record BadgeInfo(Badge badge, String tokenName, String className, ToneInfo tone) {}

  /** One domain with its values in definition order and its (own or inherited) fallback. */
  record DomainInfo(Domain domain, String tokenName, List<BadgeInfo> values, BadgeInfo unknown) {}

  private ExportModel(
      BadgeCatalog catalog,
      TokenOptions options,
      CssNames css,
      List<ToneInfo> tones,
      Map<String, String> icons,
      List<DomainInfo> domains,
      BadgeInfo unknown) {
    this.catalog = catalog;
    this.options = options;
    this.css = css;
    this.tones = tones;
    this.icons = icons;
    this.domains = domains;
    this.unknown = unknown;
  }

  /** The model of this run, computed once and shared by every token format that asks. */
  static ExportModel of(FormatContext context) {
    return context.shared(ExportModel.class, () -> of(context.catalog(), context.tokenOptions()));
  }

  static ExportModel of(BadgeCatalog catalog, TokenOptions options) {
    CssNames css = new CssNames(options.cssPrefix());
    Map<String, ToneInfo> toneByName = new HashMap<>();
    List<ToneInfo> tones = new ArrayList<>();
    for (Tone tone : catalog.tones().values()) {
      DtcgNames.require(tone.name(), "tone");
      ToneInfo info =
          new ToneInfo(
              tone.name(), tone, tone.light().border() != null || tone.dark().border() != null);
      tones.add(info);
      toneByName.put(tone.name(), info);
    }
    Set<String> iconNames = new HashSet<>();
    BadgeInfo unknown =
        badge(catalog.unknown(), Badge.UNKNOWN, css.catalogUnknown(), toneByName, iconNames);
    List<DomainInfo> domains = new ArrayList<>(catalog.domains().size());
    Set<String> domainNames = new HashSet<>();
    for (Domain domain : catalog.domains().values()) {
      String kebab = Names.kebab(domain.name());
      DtcgNames.require(kebab, "domain '" + domain.name() + "' becomes");
      if (kebab.equals(Names.TONE_GROUP)
          || kebab.equals(DtcgExporter.SURFACE_GROUP)
          || kebab.equals(Badge.UNKNOWN)) {
        throw new IllegalArgumentException(
            "domain '" + domain.name() + "' becomes '" + kebab + "', which is reserved");
      }
      if (!domainNames.add(kebab)) {
        throw new IllegalArgumentException(
            "two domains become '"
                + kebab
                + "' in CSS class and token names, one of them '"
                + domain.name()
                + "'");
      }
      List<BadgeInfo> values = new ArrayList<>(domain.values().size());
      Set<String> valueNames = new HashSet<>();
      for (Badge b : domain.values()) {
        String valueKebab = Names.kebab(b.value());
        DtcgNames.require(
            valueKebab, "value '" + b.value() + "' of domain '" + domain.name() + "' becomes");
        if (valueKebab.equals(Badge.UNKNOWN) || !valueNames.add(valueKebab)) {
          throw new IllegalArgumentException(
              "value '"
                  + b.value()
                  + "' of domain '"
                  + domain.name()
                  + "' becomes '"
                  + valueKebab
                  + "', which is reserved or already used by another value");
        }
        values.add(
            badge(b, valueKebab, css.pairingOfKebab(kebab, valueKebab), toneByName, iconNames));
      }
      BadgeInfo fallback =
          badge(
              catalog.unknownFor(domain),
              Badge.UNKNOWN,
              css.pairingOfKebab(kebab, Badge.UNKNOWN),
              toneByName,
              iconNames);
      domains.add(new DomainInfo(domain, kebab, List.copyOf(values), fallback));
    }
    Map<String, String> icons = new TreeMap<>();
    IconSet set = IconSet.lucide();
    for (String icon : iconNames) {
      String svg =
          set.svg(icon)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown icon '" + icon + "' (not in " + set.description() + ")"));
      icons.put(icon, SvgDataUri.of(svg));
    }
    return new ExportModel(
        catalog, options, css, List.copyOf(tones), icons, List.copyOf(domains), unknown);
  }

  private static BadgeInfo badge(
      Badge badge,
      String tokenName,
      String className,
      Map<String, ToneInfo> tones,
      Set<String> icons) {
    ToneInfo tone = tones.get(badge.tone());
    if (tone == null) {
      throw new IllegalArgumentException(
          "badge '" + badge.value() + "' uses undefined tone '" + badge.tone() + "'");
    }
    icons.add(badge.icon());
    return new BadgeInfo(badge, tokenName, className, tone);
  }

  int pairingCount() {
    int n = 0;
    for (DomainInfo d : domains) {
      n += d.values().size();
    }
    return n;
  }
}

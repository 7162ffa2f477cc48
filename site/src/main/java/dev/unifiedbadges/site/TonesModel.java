package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.VariantColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.site.page.BadgeView;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.StyleOption;
import dev.unifiedbadges.site.page.ThemeColorsView;
import dev.unifiedbadges.site.page.ToneView;
import dev.unifiedbadges.site.page.TonesPage;
import dev.unifiedbadges.site.page.VariantCellView;
import dev.unifiedbadges.site.page.VariantRowView;
import dev.unifiedbadges.tokens.CssNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the tones page's view model: each tone's colours in both themes, contrast and usage, and
 * its badge in every variant on the catalog's surfaces with the contrast of each pair.
 */
final class TonesModel {

  private final BadgeCatalog catalog;
  private final CatalogNames names;
  private final LayoutModel layout;
  private final ContrastViews contrasts;
  private final StyleOptions styles;

  TonesModel(
      BadgeCatalog catalog,
      CatalogNames names,
      LayoutModel layout,
      ContrastViews contrasts,
      StyleOptions styles) {
    this.catalog = catalog;
    this.names = names;
    this.layout = layout;
    this.contrasts = contrasts;
    this.styles = styles;
  }

  TonesPage page() {
    Map<String, Integer> usage = new HashMap<>();
    Map<String, Integer> fallbackUsage = new HashMap<>();
    // Each tone's matrix shows a real badge: its first value in the catalog's order, else the
    // first fallback painted in it, else the tone's own class under its name.
    Map<String, BadgeView> samples = new HashMap<>();
    List<Domain> domains = names.domains();
    for (int i = 0; i < domains.size(); i++) {
      Domain d = domains.get(i);
      List<Badge> values = d.values();
      for (int v = 0; v < values.size(); v++) {
        Badge b = values.get(v);
        usage.merge(b.tone(), 1, Integer::sum);
        if (!samples.containsKey(b.tone())) {
          samples.put(
              b.tone(),
              BadgeViews.of(names.css(), names.pairingClass(i, names.valueKebab(i, v)), b));
        }
      }
    }
    for (int i = 0; i < domains.size(); i++) {
      Badge fallback = catalog.unknownFor(domains.get(i));
      fallbackUsage.merge(fallback.tone(), 1, Integer::sum);
      if (!samples.containsKey(fallback.tone())) {
        samples.put(
            fallback.tone(),
            BadgeViews.of(names.css(), names.pairingClass(i, Badge.UNKNOWN), fallback));
      }
    }
    List<ToneView> tones = new ArrayList<>();
    for (Tone t : catalog.tones().values()) {
      tones.add(
          new ToneView(
              t.name(),
              usage.getOrDefault(t.name(), 0),
              fallbackUsage.getOrDefault(t.name(), 0),
              themeColors(t, Theme.LIGHT),
              themeColors(t, Theme.DARK),
              variants(t, samples.get(t.name()))));
    }
    return new TonesPage(
        layout.page(
            "Tones",
            "",
            Section.TONES,
            "The palette every badge is painted with, in light and dark, with contrast figures."),
        tones,
        contrasts.levelName(),
        contrasts.textMinimum(),
        styles.variants(),
        catalog.surface(Theme.LIGHT).background().hex(),
        catalog.surface(Theme.DARK).background().hex());
  }

  /** The tone's badge in every variant and both themes, with the contrast of each pair. */
  private List<VariantRowView> variants(Tone t, BadgeView sample) {
    CssNames css = names.css();
    BadgeView badge =
        sample != null
            ? sample
            : new BadgeView(
                css.base() + " " + css.tone(t.name()),
                css.iconElement(),
                css.labelElement(),
                t.name());
    List<VariantRowView> rows = new ArrayList<>(Variant.values().length);
    for (Variant v : Variant.values()) {
      StyleOption option = styles.variant(v);
      BadgeView shown =
          option.isDefault()
              ? badge
              : new BadgeView(
                  badge.classes() + " " + option.modifierClass(),
                  badge.iconClass(),
                  badge.labelClass(),
                  badge.label());
      rows.add(
          new VariantRowView(
              option, cell(t, v, Theme.LIGHT, shown), cell(t, v, Theme.DARK, shown)));
    }
    return rows;
  }

  private VariantCellView cell(Tone t, Variant v, Theme theme, BadgeView badge) {
    VariantColors c = t.variant(theme, v, catalog.surface(theme));
    Rgb behind = c.behind();
    return new VariantCellView(
        theme == Theme.LIGHT ? "Light" : "Dark",
        theme.id(),
        v.id(),
        badge,
        behind.hex(),
        c.background() == null,
        contrasts.text(c.textContrast()),
        c.border() == null ? null : contrasts.nonText(Rgb.contrast(c.border(), behind)),
        c.icon() == null ? null : contrasts.nonText(Rgb.contrast(c.icon(), behind)),
        c.dot() == null ? null : contrasts.nonText(Rgb.contrast(c.dot(), behind)));
  }

  private ThemeColorsView themeColors(Tone t, Theme theme) {
    ToneColors c = t.colors(theme);
    Rgb border = c.borderColor().orElse(null);
    return new ThemeColorsView(
        theme == Theme.LIGHT ? "Light" : "Dark",
        Palette.className(t.name(), theme),
        c.background().hex(),
        c.foreground().hex(),
        border == null ? null : border.hex(),
        c.iconColor().hex(),
        contrasts.text(c),
        border == null ? null : contrasts.nonText(Rgb.contrast(border, c.background())),
        contrasts.nonText(Rgb.contrast(c.iconColor(), c.background())));
  }
}

package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.ThemeColorsView;
import dev.unifiedbadges.site.page.ToneView;
import dev.unifiedbadges.site.page.TonesPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the tones page's view model: each tone's colours in both themes, contrast and usage. */
final class TonesModel {

  private final BadgeCatalog catalog;
  private final LayoutModel layout;
  private final ContrastViews contrasts;

  TonesModel(BadgeCatalog catalog, LayoutModel layout, ContrastViews contrasts) {
    this.catalog = catalog;
    this.layout = layout;
    this.contrasts = contrasts;
  }

  TonesPage page() {
    Map<String, Integer> usage = new HashMap<>();
    Map<String, Integer> fallbackUsage = new HashMap<>();
    for (Domain d : catalog.domainList()) {
      for (Badge b : d.values()) {
        usage.merge(b.tone(), 1, Integer::sum);
      }
      fallbackUsage.merge(catalog.unknownFor(d).tone(), 1, Integer::sum);
    }
    List<ToneView> tones = new ArrayList<>();
    for (Tone t : catalog.tones().values()) {
      tones.add(
          new ToneView(
              t.name(),
              usage.getOrDefault(t.name(), 0),
              fallbackUsage.getOrDefault(t.name(), 0),
              themeColors(t, Theme.LIGHT),
              themeColors(t, Theme.DARK)));
    }
    return new TonesPage(
        layout.page(
            "Tones",
            "",
            Section.TONES,
            "The palette every badge is painted with, in light and dark, with contrast figures."),
        tones,
        contrasts.levelName(),
        contrasts.textMinimum());
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

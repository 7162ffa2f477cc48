package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.site.page.BadgeView;
import dev.unifiedbadges.site.page.DomainPage;
import dev.unifiedbadges.site.page.LinkView;
import dev.unifiedbadges.site.page.PairingView;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.UserText;
import dev.unifiedbadges.tokens.DtcgNames;
import java.util.ArrayList;
import java.util.List;

/** Builds each domain page's view model: every pairing with its facts, snippet and contrast. */
final class DomainModels {

  private final BadgeCatalog catalog;
  private final CatalogNames names;
  private final LayoutModel layout;
  private final ContrastViews contrasts;
  private final StyleOptions styles;

  DomainModels(
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

  /** The page of the domain at {@code index} in the catalog's order. */
  DomainPage page(int index) {
    List<Domain> domains = names.domains();
    Domain d = domains.get(index);
    String kebab = names.domainKebab(index);
    List<Badge> values = d.values();
    List<PairingView> rows = new ArrayList<>(values.size());
    for (int v = 0; v < values.size(); v++) {
      Badge b = values.get(v);
      String valueName = names.valueKebab(index, v);
      rows.add(pairing(b, b.value(), names.pairingClass(index, valueName), valueName, kebab));
    }
    Badge fallback = catalog.unknownFor(d);
    PairingView unknown =
        pairing(
            fallback,
            SiteRenderer.SAMPLE_UNKNOWN_VALUE,
            names.pairingClass(index, Badge.UNKNOWN),
            Badge.UNKNOWN,
            kebab);
    LinkView previous = index == 0 ? null : domainLink(index - 1);
    LinkView next = index == domains.size() - 1 ? null : domainLink(index + 1);
    String description =
        d.description().isEmpty()
            ? "The badges of " + new UserText(d.name()).isolated() + "."
            : new UserText(d.description()).isolated();
    return new DomainPage(
        layout.page(d.title(), "../", Section.CATALOG, description),
        new UserText(d.name()),
        new UserText(d.description()),
        rows,
        unknown,
        d.unknown() != null,
        previous,
        next,
        DeprecationViews.ofDomain(d.deprecation(), names, "../"),
        styles.styleSwitch());
  }

  private LinkView domainLink(int index) {
    return new LinkView(
        "../" + names.page(index), new UserText(names.domains().get(index).title()));
  }

  private PairingView pairing(
      Badge b, String shownValue, String pairingClass, String id, String domainKebab) {
    Tone tone = catalog.tone(b);
    BadgeView view = BadgeViews.of(names.css(), pairingClass, b);
    return new PairingView(
        id,
        new UserText(shownValue),
        new UserText(b.label()),
        b.tone(),
        "../tones.html#" + b.tone(),
        b.icon(),
        b.aliases().stream().map(UserText::new).toList(),
        new UserText(b.description()),
        view,
        BadgeViews.snippet(view),
        pairingClass,
        DtcgNames.pairingPath(domainKebab, id),
        contrasts.text(tone.light()),
        contrasts.text(tone.dark()),
        id.equals(Badge.UNKNOWN)
            ? ""
            : SearchIndex.valueText(b, id), // the fallback row is outside the filtered list
        DeprecationViews.ofValue(b.deprecation()));
  }
}

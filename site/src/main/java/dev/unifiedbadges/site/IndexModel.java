package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.site.page.BadgeView;
import dev.unifiedbadges.site.page.DomainCard;
import dev.unifiedbadges.site.page.IndexPage;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.UserText;
import dev.unifiedbadges.tokens.CssNames;
import java.util.ArrayList;
import java.util.List;

/** Builds the index page's view model: one card per domain, with all or some of its badges. */
final class IndexModel {

  private final BadgeCatalog catalog;
  private final CatalogNames names;
  private final LayoutModel layout;
  private final IndexPage.ChangesLink changes;

  /**
   * @param changes the changes against a baseline, for a link to the changes page; null for none
   */
  IndexModel(BadgeCatalog catalog, CatalogNames names, LayoutModel layout, SiteChanges changes) {
    this.catalog = catalog;
    this.names = names;
    this.layout = layout;
    this.changes =
        changes == null
            ? null
            : new IndexPage.ChangesLink(
                changes.changes().changes().size(), new UserText(changes.changes().baseline()));
  }

  /**
   * The index page.
   *
   * @param complete whether the cards hold every badge, filtered in place, rather than samples
   *     backed by the search index
   * @param samples the most badges a card shows
   */
  IndexPage page(boolean complete, int samples) {
    List<Domain> domains = names.domains();
    CssNames css = names.css();
    List<DomainCard> cards = new ArrayList<>(domains.size());
    boolean deprecations = false;
    for (int i = 0; i < domains.size(); i++) {
      Domain d = domains.get(i);
      String href = names.page(i);
      List<DomainCard.CardBadge> shown = new ArrayList<>();
      List<Badge> values = d.values();
      for (int v = 0; v < values.size() && shown.size() < samples; v++) {
        Badge b = values.get(v);
        String kebab = names.valueKebab(i, v);
        BadgeView view = BadgeViews.of(css, names.pairingClass(i, kebab), b);
        shown.add(
            new DomainCard.CardBadge(
                view, href + "#" + kebab, SearchIndex.valueText(b, kebab), b.deprecated()));
      }
      String searchText = SearchIndex.domainText(d, names.domainKebab(i));
      cards.add(
          new DomainCard(
              new UserText(d.name()),
              new UserText(d.title()),
              new UserText(d.description()),
              href,
              values.size(),
              shown,
              searchText,
              DeprecationViews.ofDomain(d.deprecation(), names, "")));
      deprecations |= d.deprecated() || values.stream().anyMatch(Badge::deprecated);
    }
    int pairings = layout.pairings();
    String description =
        IndexPage.plural(pairings, "badge")
            + " in "
            + IndexPage.plural(domains.size(), "domain")
            + ": every value with its label, tone, icon and contrast, in light and dark.";
    return new IndexPage(
        layout.page(layout.siteTitle(), "", Section.CATALOG, description),
        complete,
        catalog.tones().size(),
        cards,
        BadgeViews.of(css, css.catalogUnknown(), catalog.unknown()),
        css.catalogUnknown(),
        SearchIndex.PATH,
        deprecations,
        changes);
  }
}

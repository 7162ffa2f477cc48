package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * A domain on the index page, with all its badges or, for large catalogs, a few samples.
 *
 * @param name the domain's name
 * @param title the domain's title
 * @param description what the domain is, may be empty
 * @param href link to the domain's page
 * @param count number of values
 * @param badges the badges shown (all, or the first few)
 * @param searchText lower-case text the client-side filter matches the domain against
 * @param deprecation why the whole domain is deprecated; null for a current domain
 */
public record DomainCard(
    UserText name,
    UserText title,
    UserText description,
    String href,
    int count,
    List<CardBadge> badges,
    String searchText,
    DeprecationView deprecation) {

  public DomainCard {
    badges = List.copyOf(badges);
  }

  /** "1 value" or "n values". */
  public String countText() {
    return count == 1 ? "1 value" : Page.count(count) + " values";
  }

  /** A badge on a card, linking to its row on the domain page; {@code deprecated} marks it. */
  public record CardBadge(BadgeView badge, String href, String searchText, boolean deprecated) {}
}

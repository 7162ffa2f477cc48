package dev.unifiedbadges.site.page;

import java.util.List;

/**
 * The catalog's front page.
 *
 * @param page the shared page data
 * @param complete true if every pairing is shown (and filtered in place); false for large catalogs,
 *     where cards show samples and value search loads the search index on demand
 * @param tones number of tones
 * @param domains the domains, sorted by name
 * @param catalogUnknown the catalog-wide fallback badge
 * @param catalogUnknownClass its CSS class
 * @param searchIndexHref link to the search index script
 * @param deprecations true if any domain or value is deprecated: the page then offers to hide them
 * @param changes the number of changes against the baseline and its name, for a link to the changes
 *     page; null when the site has none
 */
public record IndexPage(
    Page page,
    boolean complete,
    int tones,
    List<DomainCard> domains,
    BadgeView catalogUnknown,
    String catalogUnknownClass,
    String searchIndexHref,
    boolean deprecations,
    ChangesLink changes) {

  /**
   * "9 changes since v1.4.0", linking to the changes page.
   *
   * @param count the number of changes
   * @param baseline the baseline's name
   */
  public record ChangesLink(int count, UserText baseline) {

    /** "1 change", "9 changes". */
    public String countText() {
      return count == 1 ? "change" : "changes";
    }
  }

  public IndexPage {
    domains = List.copyOf(domains);
  }

  /** "{n} pairings in {m} domains", the search status before anything is typed. */
  public String summary() {
    return plural(page.pairings(), "pairing") + " in " + plural(page.domains(), "domain");
  }

  public static String plural(int n, String word) {
    return Page.count(n) + " " + (n == 1 ? word : word + "s");
  }
}

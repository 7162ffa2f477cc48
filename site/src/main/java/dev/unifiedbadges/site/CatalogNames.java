package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.tokens.CssNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names one rendering gives a catalog's domains and values, computed once for every page. */
final class CatalogNames {

  private final CssNames css;
  private final List<Domain> domains;

  /** Per domain (by index): kebab name, page path, and its values' kebab names. */
  private final String[] domainKebab;

  private final String[] pagePath;
  private final String[][] valueKebab;

  /**
   * Names every domain and value of the catalog.
   *
   * @throws IllegalArgumentException if a domain has no name to build a page name from, or two
   *     domains would share a page
   */
  CatalogNames(BadgeCatalog catalog, CssNames css) {
    this.css = css;
    this.domains = catalog.domainList();
    int n = domains.size();
    domainKebab = new String[n];
    pagePath = new String[n];
    valueKebab = new String[n][];
    Map<String, String> domainByPage = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Domain d = domains.get(i);
      String kebab = Names.kebab(d.name());
      if (kebab.isEmpty()) {
        throw new IllegalArgumentException(
            "domain '" + d.name() + "' has no letter or digit to name its page by");
      }
      String page = PageNames.domainPageOfKebab(kebab);
      String other = domainByPage.putIfAbsent(page, d.name());
      if (other != null) {
        throw new IllegalArgumentException(
            "domains '" + other + "' and '" + d.name() + "' would share the page " + page);
      }
      domainKebab[i] = kebab;
      pagePath[i] = page;
      List<Badge> values = d.values();
      String[] kebabs = new String[values.size()];
      for (int v = 0; v < kebabs.length; v++) {
        kebabs[v] = Names.kebab(values.get(v).value());
      }
      valueKebab[i] = kebabs;
    }
  }

  CssNames css() {
    return css;
  }

  /** The catalog's domains, in order; every index below is into this list. */
  List<Domain> domains() {
    return domains;
  }

  String domainKebab(int domain) {
    return domainKebab[domain];
  }

  /** The domain's page, relative to the site root. */
  String page(int domain) {
    return pagePath[domain];
  }

  String valueKebab(int domain, int value) {
    return valueKebab[domain][value];
  }

  /** {@code <prefix>--<domain>--<value>}, from the names computed once. */
  String pairingClass(int domain, String valueKebab) {
    return css.pairingOfKebab(domainKebab[domain], valueKebab);
  }
}

package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Deprecation;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.site.page.DeprecationView;
import dev.unifiedbadges.site.page.LinkView;
import dev.unifiedbadges.site.page.UserText;
import java.util.List;

/** The site's view of a deprecation, with its replacement linked. */
final class DeprecationViews {

  private DeprecationViews() {}

  /**
   * A deprecated value, its replacement linked to that value's row on the same domain page; null
   * for a current value. Validation guarantees the replacement is a value of the domain.
   */
  static DeprecationView ofValue(Deprecation d) {
    if (d == null) {
      return null;
    }
    LinkView replacement =
        d.replacedBy() == null
            ? null
            : new LinkView("#" + Names.kebab(d.replacedBy()), new UserText(d.replacedBy()));
    return new DeprecationView(new UserText(d.reason()), replacement, d.since(), d.removeIn());
  }

  /**
   * A deprecated domain, its replacement linked to that domain's page ({@code base} leads from the
   * page at hand to the site root); null for a current domain.
   */
  static DeprecationView ofDomain(Deprecation d, CatalogNames names, String base) {
    if (d == null) {
      return null;
    }
    LinkView replacement = null;
    List<Domain> domains = names.domains();
    for (int i = 0; i < domains.size() && d.replacedBy() != null; i++) {
      if (domains.get(i).name().equals(d.replacedBy())) {
        replacement = new LinkView(base + names.page(i), new UserText(domains.get(i).title()));
      }
    }
    return new DeprecationView(new UserText(d.reason()), replacement, d.since(), d.removeIn());
  }
}

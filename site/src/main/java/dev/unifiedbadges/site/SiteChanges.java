package dev.unifiedbadges.site;

import dev.unifiedbadges.diff.CatalogChanges;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import java.util.Objects;

/**
 * What the site's changes page shows: the changes between a baseline and the catalog being
 * rendered, and the baseline itself, so that each changed badge can be shown as it looked before.
 * Pass null instead (no baseline configured) and the site has no changes page.
 *
 * @param changes every change, in report order, with the baseline's name
 * @param baseline the baseline catalog the changes were computed against
 */
public record SiteChanges(CatalogChanges changes, CatalogSnapshot baseline) {

  public SiteChanges {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(baseline, "baseline");
  }
}

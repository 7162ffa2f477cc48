package dev.unifiedbadges.site.page;

/**
 * A badge before and after a change, each in both themes. The "after" badge wears the current
 * catalog's classes; the "before" one a class per theme of the changes page's own stylesheet, which
 * paints it as the baseline did.
 *
 * @param caption which badge this is when the change concerns several (a tone's colours, a domain),
 *     e.g. {@code finding.severity: high}; null when the change's subject says it
 * @param beforeLight the badge as the baseline showed it in the light theme; null when it did not
 *     exist
 * @param beforeDark the same in the dark theme; null exactly when {@code beforeLight} is
 * @param after the badge as the current catalog shows it (in either theme); null when it is gone
 */
public record ComparisonView(
    UserText caption, BadgeView beforeLight, BadgeView beforeDark, BadgeView after) {

  public ComparisonView {
    if ((beforeLight == null) != (beforeDark == null)) {
      throw new IllegalArgumentException("a before badge needs both themes");
    }
    if (beforeLight == null && after == null) {
      throw new IllegalArgumentException("nothing to compare");
    }
  }
}

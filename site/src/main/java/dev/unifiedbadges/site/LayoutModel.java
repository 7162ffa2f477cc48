package dev.unifiedbadges.site;

import dev.unifiedbadges.site.page.Page;
import dev.unifiedbadges.site.page.Section;
import dev.unifiedbadges.site.page.UserText;

/**
 * What every page's layout shows of the site as a whole: its title, its size, the attribute that
 * forces a theme, and whether there is a changes page to link to.
 */
record LayoutModel(
    String siteTitle, int domains, int pairings, String themeAttribute, boolean changes) {

  static final String GENERATOR = "Unified Badges";

  /** The layout of one page; {@code root} leads from the page back to the site root. */
  Page page(String title, String root, Section section, String description) {
    return new Page(
        new UserText(siteTitle),
        new UserText(title),
        root,
        section,
        description,
        domains,
        pairings,
        GENERATOR,
        themeAttribute,
        changes);
  }
}

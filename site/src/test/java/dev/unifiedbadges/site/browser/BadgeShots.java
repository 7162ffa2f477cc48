package dev.unifiedbadges.site.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.site.browser.RenderedSite.Pairing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Element screenshots of every badge a site shows on its domain pages: each value and each domain's
 * unknown fallback, in both themes. One browser context per theme, one page load per domain page
 * and theme ({@code ?theme=light|dark}, in the matching colour scheme); the badge shot is the one
 * in that theme's preview pane.
 */
final class BadgeShots {

  private BadgeShots() {}

  /**
   * {@code <theme>/<domain-kebab>--<value-kebab>}, also the baseline's path without {@code .png}.
   */
  static String key(Theme theme, Pairing p) {
    return theme.id() + "/" + p.name();
  }

  /** Every badge's PNG by {@link #key}, sorted. */
  static SortedMap<String, byte[]> capture(Browsers browsers, RenderedSite site) {
    Map<Domain, List<Pairing>> byDomain = new LinkedHashMap<>();
    for (Pairing p : site.pairings()) {
      byDomain.computeIfAbsent(p.domain(), d -> new ArrayList<>()).add(p);
    }
    SortedMap<String, byte[]> shots = new TreeMap<>();
    for (Theme theme : Theme.values()) {
      try (BrowserContext context = browsers.newContext(theme)) {
        Page page = context.newPage();
        for (Map.Entry<Domain, List<Pairing>> e : byDomain.entrySet()) {
          page.navigate(site.url(RenderedSite.pagePath(e.getKey()), "theme=" + theme.id()));
          Browsers.settle(page);
          Object applied =
              page.evaluate("() => document.documentElement.getAttribute('data-badge-theme')");
          if (!theme.id().equals(applied)) {
            throw new AssertionError(
                "?theme=" + theme.id() + " was not applied on " + page.url() + ": " + applied);
          }
          for (Pairing p : e.getValue()) {
            Locator badge = badge(page, p, theme);
            if (badge.count() != 1) {
              throw new AssertionError(
                  "expected one "
                      + theme.id()
                      + " preview badge in "
                      + p.rowSelector()
                      + " of "
                      + p.page()
                      + ", found "
                      + badge.count());
            }
            shots.put(key(theme, p), badge.screenshot(Browsers.screenshot()));
          }
        }
      }
    }
    return shots;
  }

  /** The badge in the row's preview pane of a theme. */
  static Locator badge(Page page, Pairing p, Theme theme) {
    return page.locator(p.rowSelector() + " .preview--" + theme.id() + " > .badge");
  }
}

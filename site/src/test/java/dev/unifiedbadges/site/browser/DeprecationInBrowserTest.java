package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.testing.TestCatalogs;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In Chromium: the index's "hide deprecated" checkbox hides deprecated cards and badges, by
 * keyboard, with no script involved; the pages with deprecations have no axe violations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeprecationInBrowserTest {

  private Browsers browsers;
  private RenderedSite site;
  private SiteServer server;

  @BeforeAll
  void start() throws Exception {
    browsers = Browsers.shared();
    site = RenderedSite.of(TestCatalogs.withDeprecations());
    server = SiteServer.start(site.root());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (site != null) {
      site.close();
    }
    if (browsers != null) {
      browsers.close();
    }
  }

  private static int visible(Page page, String selector) {
    return ((Number)
            page.evaluate(
                "s => [...document.querySelectorAll(s)].filter(e => e.offsetParent !== null)"
                    + ".length",
                selector))
        .intValue();
  }

  @Test
  void theCheckboxHidesDeprecatedDomainsAndValuesAndShowsThemAgain() {
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(server.url("index.html"));
      Browsers.settle(page);
      assertEquals(2, visible(page, ".domain-card"));
      assertEquals(2, visible(page, ".badge-list__item[data-deprecated]"));
      assertEquals(4, visible(page, ".badge-list__item"));

      page.focus("#site--hide-deprecated");
      page.keyboard().press("Space");
      assertEquals(true, page.isChecked("#site--hide-deprecated"));
      assertEquals(1, visible(page, ".domain-card"), "the deprecated domain's card is hidden");
      assertEquals(0, visible(page, "[data-deprecated]"));
      assertEquals(1, visible(page, ".badge-list__item"), "only 'succeeded' is left");

      page.keyboard().press("Space");
      assertEquals(2, visible(page, ".domain-card"));
      assertEquals(4, visible(page, ".badge-list__item"));
    }
  }

  @Test
  void theCheckboxWorksWithScriptsDisabled() {
    try (BrowserContext context = browsers.newContextWithoutScripts(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(server.url("index.html"));
      page.check("#site--hide-deprecated");
      assertEquals(1, visible(page, ".domain-card"));
    }
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void pagesWithDeprecationsHaveNoAxeViolations(Theme theme) {
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = context.newPage();
      for (String path :
          List.of("index.html", "domains/job-status.html", "domains/run-status.html")) {
        page.navigate(server.url(path + "?theme=" + theme.id()));
        Browsers.settle(page);
        AxeResults results = Axe.violations(page, AccessibilityTest.WCAG_TAGS);
        List<Rule> violations = results.getViolations();
        assertTrue(
            violations.isEmpty(),
            () -> path + " (" + theme.id() + "): " + AccessibilityTest.describe(violations));
      }
    }
  }
}

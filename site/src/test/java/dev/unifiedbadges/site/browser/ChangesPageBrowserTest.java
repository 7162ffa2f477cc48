package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.site.ChangeFixtures;
import dev.unifiedbadges.site.SiteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The changes page in Chromium: no axe violations in either theme, the "before" badges painted with
 * the baseline's colours and icons, and no horizontal overflow on a 390 px wide screen. With {@code
 * -Dbadges.screenshots=<directory>} it also saves {@code changes-light.png}, {@code
 * changes-dark.png} and {@code changes-narrow.png} there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesPageBrowserTest {

  static final int NARROW_WIDTH = 390;

  private Browsers browsers;
  private RenderedSite site;
  private SiteServer server;

  @BeforeAll
  void start() {
    browsers = Browsers.shared();
    site =
        RenderedSite.of(
            ChangeFixtures.current(), SiteOptions.defaults(), ChangeFixtures.siteChanges());
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

  private Page open(BrowserContext context, Theme theme) {
    Page page = context.newPage();
    page.navigate(server.url("changes.html?theme=" + theme.id()));
    Browsers.settle(page);
    return page;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void axeReportsNoViolations(Theme theme) {
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = open(context, theme);
      AxeResults results = Axe.violations(page, AccessibilityTest.WCAG_TAGS);
      assertTrue(
          results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
          "axe failed: " + results.getErrorMessage());
      List<Rule> violations = results.getViolations();
      assertTrue(violations.isEmpty(), () -> AccessibilityTest.describe(violations));
      screenshot(page, "changes-" + theme.id() + ".png");
    }
  }

  @Test
  void beforeBadgesShowTheBaselinesColoursAndIcons() {
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = open(context, Theme.LIGHT);
      @SuppressWarnings("unchecked")
      Map<String, Object> r =
          (Map<String, Object>)
              page.evaluate(
                  """
                  () => {
                    const change = [...document.querySelectorAll("li.change")]
                      .find((c) => c.querySelector(".change__subject").textContent === "finding.severity: high");
                    const paint = (sel) => {
                      const b = change.querySelector(sel);
                      const i = b.querySelector(".badge__icon");
                      return {
                        bg: getComputedStyle(b).backgroundColor,
                        fg: getComputedStyle(b).color,
                        icon: getComputedStyle(i).backgroundColor,
                        mask: getComputedStyle(i).maskImage || getComputedStyle(i).webkitMaskImage,
                      };
                    };
                    return {
                      beforeLight: paint(".comparison__side--before .preview--light .badge"),
                      beforeDark: paint(".comparison__side--before .preview--dark .badge"),
                      afterLight: paint(".comparison__side--after .preview--light .badge"),
                    };
                  }
                  """);
      Map<?, ?> beforeLight = (Map<?, ?>) r.get("beforeLight");
      Map<?, ?> beforeDark = (Map<?, ?>) r.get("beforeDark");
      Map<?, ?> afterLight = (Map<?, ?>) r.get("afterLight");
      assertEquals("rgb(253, 230, 138)", beforeLight.get("bg"), "the old warning background");
      assertEquals("rgb(113, 63, 18)", beforeLight.get("fg"), "the old warning text");
      assertEquals("rgb(113, 63, 18)", beforeLight.get("icon"));
      assertEquals("rgb(69, 26, 3)", beforeDark.get("bg"), "the dark warning background");
      assertEquals("rgb(254, 226, 226)", afterLight.get("bg"), "danger now");
      assertTrue(
          String.valueOf(beforeLight.get("mask")).startsWith("url(\"data:image/svg+xml,"),
          "the icon is masked: " + beforeLight.get("mask"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void aNarrowScreenDoesNotScrollSideways(Theme theme) {
    try (BrowserContext context = browsers.newContext(theme, NARROW_WIDTH, 844)) {
      Page page = open(context, theme);
      @SuppressWarnings("unchecked")
      Map<String, Object> r =
          (Map<String, Object>)
              page.evaluate(
                  """
                  () => {
                    const wide = [...document.querySelectorAll("main *")]
                      .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
                      .slice(0, 5)
                      .map((e) => e.tagName + "." + e.className);
                    return { scroll: document.documentElement.scrollWidth, width: innerWidth, wide };
                  }
                  """);
      assertEquals(NARROW_WIDTH, ((Number) r.get("width")).intValue());
      assertTrue(
          ((Number) r.get("scroll")).intValue() <= NARROW_WIDTH,
          "the page is " + r.get("scroll") + " px wide; too wide: " + r.get("wide"));
      assertEquals(List.of(), r.get("wide"));
      if (theme == Theme.LIGHT) {
        screenshot(page, "changes-narrow.png");
      }
    }
  }

  /** A full-page screenshot into {@code -Dbadges.screenshots}, when set. */
  private static void screenshot(Page page, String name) {
    String dir = System.getProperty("badges.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      Path target = Path.of(dir).resolve(name);
      Files.createDirectories(target.getParent());
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(target));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

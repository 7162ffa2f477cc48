package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ForcedColors;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.2 A/AA by axe-core on every page in both themes, keyboard operation with a visible focus
 * indicator, and badges that stay legible under forced colours.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

  private Browsers browsers;
  private RenderedSite site;
  private SiteServer server;
  private final Map<Theme, BrowserContext> contexts = new EnumMap<>(Theme.class);
  private final Map<Theme, Page> pages = new EnumMap<>(Theme.class);

  @BeforeAll
  void start() {
    browsers = Browsers.shared();
    site = RenderedSite.sharedBuiltin();
    // axe-core reads the style sheets with XMLHttpRequest (its "preload"), which a file:// page may
    // not do; served from a static host, as the site also must work, axe sees everything.
    server = SiteServer.start(site.root());
    for (Theme theme : Theme.values()) {
      BrowserContext context = browsers.newContext(theme);
      contexts.put(theme, context);
      pages.put(theme, context.newPage());
    }
  }

  @AfterAll
  void stop() {
    contexts.values().forEach(BrowserContext::close);
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

  /** Every page of the built-in catalog's site, in both themes. */
  static Stream<Arguments> pagesAndThemes() {
    List<String> paths = new ArrayList<>(List.of("index.html", "tones.html", "downloads.html"));
    for (Domain d : TestCatalogs.builtin().domainList()) {
      paths.add(RenderedSite.pagePath(d));
    }
    return paths.stream().flatMap(p -> Stream.of(Theme.values()).map(t -> Arguments.of(p, t)));
  }

  @Test
  void theAxeRunsCoverEveryPage() {
    List<String> covered =
        pagesAndThemes().map(a -> (String) a.get()[0]).distinct().sorted().toList();
    assertEquals(site.pages().stream().sorted().toList(), covered);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("pagesAndThemes")
  void axeReportsNoViolations(String path, Theme theme) {
    Page page = pages.get(theme);
    page.navigate(server.url(path + "?theme=" + theme.id()));
    Browsers.settle(page);
    assertEquals(
        theme.id(),
        page.evaluate("() => document.documentElement.getAttribute('data-badge-theme')"));
    // axe runs in the page itself (AxeBuilder's legacy mode): the site has no frames, and the
    // default mode's extra blank page for axe.finishRun costs seconds per run.
    AxeResults results = Axe.violations(page, WCAG_TAGS);
    assertTrue(
        results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
        "axe failed: " + results.getErrorMessage());
    List<Rule> violations = results.getViolations();
    assertTrue(violations.isEmpty(), () -> path + " (" + theme.id() + "): " + describe(violations));
  }

  /**
   * A canary: the same run does report a badge whose text has lost its contrast, and an image
   * without alt text.
   */
  @Test
  void axeReportsABrokenBadge() {
    Page page = pages.get(Theme.LIGHT);
    Domain domain = TestCatalogs.builtin().domainList().get(0);
    page.navigate(server.url(RenderedSite.pagePath(domain) + "?theme=light"));
    Browsers.settle(page);
    page.evaluate(
        """
        () => {
          const badge = document.querySelector(".preview--light > .badge");
          badge.style.color = "#a0a0a0"; // about 2.5:1 on a pale tone (equal colours would be "incomplete")
          badge.parentElement.append(document.createElement("img"));
        }
        """);
    List<Rule> violations = Axe.violations(page, WCAG_TAGS).getViolations();
    List<String> ids = violations.stream().map(Rule::getId).sorted().toList();
    assertEquals(List.of("color-contrast", "image-alt"), ids, describe(violations));
    String target =
        String.valueOf(
            violations.stream()
                .filter(r -> r.getId().equals("color-contrast"))
                .findFirst()
                .orElseThrow()
                .getNodes()
                .get(0)
                .getTarget());
    assertTrue(
        target.contains("badge__label"),
        "the contrast failure points at the badge label: " + target);
    // The run scoped to what a variant choice changes (VariantSwitchBrowserTest) finds them too.
    List<Rule> scoped =
        Axe.violations(page, WCAG_TAGS, VariantSwitchBrowserTest.CHANGED_BY_A_CHOICE)
            .getViolations();
    assertEquals(ids, scoped.stream().map(Rule::getId).sorted().toList(), describe(scoped));
  }

  static String describe(List<Rule> violations) {
    StringBuilder sb = new StringBuilder();
    sb.append(violations.size()).append(" axe violation(s):");
    for (Rule r : violations) {
      sb.append("\n- ")
          .append(r.getId())
          .append(" [")
          .append(r.getImpact())
          .append("] ")
          .append(r.getHelp())
          .append(" (")
          .append(r.getHelpUrl())
          .append(')');
      for (CheckedNode n : r.getNodes()) {
        sb.append("\n    target ").append(n.getTarget()).append(": ").append(n.getHtml());
        if (n.getFailureSummary() != null) {
          sb.append("\n      ").append(n.getFailureSummary().replace("\n", "\n      "));
        }
      }
    }
    return sb.toString();
  }

  // ---- keyboard ----

  private static final String FOCUSED =
      """
      () => {
        const el = document.activeElement;
        if (!el || el === document.body) return { kind: "body" };
        // A theme radio is invisible itself (opacity 0 over its label); its label text shows focus.
        const shown = el.matches("input[type=radio]") ? el.nextElementSibling : el;
        const s = getComputedStyle(shown);
        const r = shown.getBoundingClientRect();
        let kind = el.tagName.toLowerCase();
        if (el.matches("a.skip-link")) kind = "skip-link";
        else if (el.matches("input[data-filter-input]")) kind = "search";
        else if (el.matches("input[name=site--theme]")) kind = "theme-radio";
        else if (el.matches("input[name=site--variant], input[name=site--size]")) kind = "style-radio";
        else if (el.matches("button[data-copy]")) kind = "copy-button";
        return {
          kind,
          describe: el.outerHTML.slice(0, 120),
          focusVisible: el.matches(":focus-visible"),
          outlineStyle: s.outlineStyle,
          outlineWidth: parseFloat(s.outlineWidth) || 0,
          boxShadow: s.boxShadow,
          inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
        };
      }
      """;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void tabReachesTheControlsWithAVisibleFocusIndicator(Theme theme) {
    Page page = pages.get(theme);
    Domain domain = TestCatalogs.builtin().domainList().get(0);
    page.navigate(site.url(RenderedSite.pagePath(domain), "theme=" + theme.id()));
    Browsers.settle(page);
    List<String> wanted =
        new ArrayList<>(
            List.of(
                "skip-link", "search", "theme-radio", "style-radio", "style-radio", "copy-button"));
    List<String> order = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < 40 && !wanted.isEmpty(); i++) {
      page.keyboard().press("Tab");
      @SuppressWarnings("unchecked")
      Map<String, Object> f = (Map<String, Object>) page.evaluate(FOCUSED);
      String kind = String.valueOf(f.get("kind"));
      order.add(kind);
      if (i == 0) {
        assertEquals("skip-link", kind, "the first Tab reaches the skip link");
      }
      if (!wanted.remove(kind)) {
        continue;
      }
      boolean outline =
          !"none".equals(f.get("outlineStyle"))
              && ((Number) f.get("outlineWidth")).doubleValue() >= 2;
      boolean shadow = !"none".equals(f.get("boxShadow"));
      if (!Boolean.TRUE.equals(f.get("focusVisible"))) {
        problems.add(kind + " does not match :focus-visible after Tab: " + f.get("describe"));
      }
      if (!outline && !shadow) {
        problems.add(
            kind
                + " shows no focus indicator (outline "
                + f.get("outlineStyle")
                + " "
                + f.get("outlineWidth")
                + "px, box-shadow "
                + f.get("boxShadow")
                + "): "
                + f.get("describe"));
      }
      if (!Boolean.TRUE.equals(f.get("inViewport"))) {
        problems.add(kind + " is focused but not on screen: " + f.get("describe"));
      }
    }
    assertTrue(wanted.isEmpty(), "Tab never reached " + wanted + "; focus went " + order);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theSkipLinkMovesFocusToTheMainContent() {
    Page page = pages.get(Theme.LIGHT);
    page.navigate(site.url("index.html", "theme=light"));
    page.keyboard().press("Tab");
    assertEquals(
        "site--main", page.evaluate("() => document.activeElement.getAttribute('href').slice(1)"));
    page.keyboard().press("Enter");
    assertEquals(
        "site--main",
        page.evaluate("() => document.activeElement.id"),
        "Enter on the skip link focuses <main>");
  }

  @Test
  void theThemeSwitchWorksWithArrowKeys() {
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(site.url("tones.html"));
      page.locator("input[name=site--theme]:checked").focus();
      assertEquals("system", page.evaluate("() => document.activeElement.value"));
      page.keyboard().press("ArrowRight");
      assertEquals(
          "light",
          page.evaluate("() => document.documentElement.getAttribute('data-badge-theme')"));
      page.keyboard().press("ArrowRight");
      assertEquals(
          "dark", page.evaluate("() => document.documentElement.getAttribute('data-badge-theme')"));
      assertEquals("dark", page.evaluate("() => document.activeElement.value"));
    }
  }

  // ---- forced colours ----

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void badgesStayVisibleUnderForcedColours(Theme theme) {
    List<String> problems = new ArrayList<>();
    int badges = 0;
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = context.newPage();
      page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
      List<String> paths = new ArrayList<>(List.of("index.html"));
      TestCatalogs.builtin().domainList().forEach(d -> paths.add(RenderedSite.pagePath(d)));
      for (String path : paths) {
        page.navigate(site.url(path, "theme=" + theme.id()));
        assertEquals(true, page.evaluate("() => matchMedia('(forced-colors: active)').matches"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found =
            (List<Map<String, Object>>)
                page.evaluate(
                    """
                    () => [...document.querySelectorAll(".badge")].map((b) => {
                      const s = getComputedStyle(b);
                      const i = getComputedStyle(b.querySelector(".badge__icon"));
                      return {
                        cls: b.className,
                        style: s.borderTopStyle, width: parseFloat(s.borderTopWidth) || 0,
                        border: s.borderTopColor, fg: s.color, bg: s.backgroundColor, icon: i.backgroundColor,
                      };
                    })
                    """);
        for (Map<String, Object> b : found) {
          badges++;
          String where = path + " ." + b.get("cls").toString().replace(' ', '.');
          if ("none".equals(b.get("style")) || ((Number) b.get("width")).doubleValue() <= 0) {
            problems.add(where + ": no border (" + b.get("style") + " " + b.get("width") + ")");
          }
          if (b.get("fg").equals(b.get("bg"))) {
            problems.add(where + ": text colour equals the background " + b.get("bg"));
          }
          Rgb fg = BadgeSemanticsTest.parse(String.valueOf(b.get("fg")));
          Rgb bg = BadgeSemanticsTest.parse(String.valueOf(b.get("bg")));
          if (fg != null && bg != null && !ContrastLevel.AA.textPasses(Rgb.contrast(fg, bg))) {
            problems.add(
                where
                    + ": forced text contrast "
                    + Rgb.contrast(fg, bg)
                    + ":1 ("
                    + b.get("fg")
                    + " on "
                    + b.get("bg")
                    + ")");
          }
          if (b.get("border").equals(b.get("bg"))) {
            problems.add(where + ": border colour equals the background " + b.get("bg"));
          }
          if (b.get("icon").equals(b.get("bg"))) {
            problems.add(where + ": icon colour equals the background " + b.get("bg"));
          }
        }
      }
    }
    assertTrue(badges > TestCatalogs.builtin().pairingCount() * 2, "badges checked: " + badges);
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }
}

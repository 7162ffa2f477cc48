package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.VariantColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.testing.TestCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The domain pages' variant and size switch in Chromium: axe finds no violation on any domain page
 * in either theme with each variant (and, on one page, each size) selected; the choice persists
 * across reloads and pages and is announced; the previews paint the catalog's surfaces; nothing
 * scrolls sideways at 390 px; each variant paints the colours the model checked. With {@code
 * -Dbadges.screenshots=<directory>} it saves {@code variants-<variant>.png}, {@code
 * variants-narrow.png}, {@code tones-matrix.png} and {@code tones-matrix-narrow.png} there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantSwitchBrowserTest {

  static final int NARROW_WIDTH = 390;

  /** A short domain page, for screenshots and single-page checks. */
  static final String SAMPLE_DOMAIN = "finding.severity";

  private Browsers browsers;
  private RenderedSite site;
  private SiteServer server;

  @BeforeAll
  void start() {
    browsers = Browsers.shared();
    site = RenderedSite.sharedBuiltin();
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

  private static String samplePage() {
    return RenderedSite.pagePath(TestCatalogs.builtin().domain(SAMPLE_DOMAIN).orElseThrow());
  }

  private Page open(BrowserContext context, String path, Theme theme) {
    Page page = context.newPage();
    page.navigate(server.url(path + "?theme=" + theme.id()));
    Browsers.settle(page);
    return page;
  }

  /** Checks an option of the switch (its radio lies invisibly over its label, as a user clicks). */
  private static void choose(Page page, String group, String id) {
    page.locator("input[name=site--" + group + "][value=" + id + "]").check();
  }

  private static Object badgesAttribute(Page page, String attribute) {
    return page.evaluate(
        "(a) => document.getElementById('site--badges').getAttribute(a)", attribute);
  }

  static Stream<Arguments> domainPagesAndThemes() {
    return TestCatalogs.builtin().domainList().stream()
        .flatMap(
            d -> Stream.of(Theme.values()).map(t -> Arguments.of(RenderedSite.pagePath(d), t)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("domainPagesAndThemes")
  void axeReportsNoViolationsWithEachVariantSelected(String path, Theme theme) {
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = open(context, path, theme);
      assertTrue(page.locator("[data-style-switch]").isVisible(), "site.js shows the switch");
      List<String> problems = new ArrayList<>();
      // The whole page once, as it opens (subtle, md); then each choice, which changes only the
      // badges' attribute, the switch's own state and notes, and the announcer: axe re-checks
      // those.
      axe(page, path + " (" + theme.id() + ", as opened)", problems, null);
      for (Variant v : Variant.values()) {
        choose(page, "variant", v.id());
        assertEquals(
            v == Variant.SUBTLE ? null : v.id(), badgesAttribute(page, "data-badge-variant"));
        axe(page, path + " (" + theme.id() + ", " + v.id() + ")", problems, CHANGED_BY_A_CHOICE);
      }
      if (path.equals(samplePage())) {
        for (Size s : Size.values()) {
          choose(page, "size", s.id());
          assertEquals(s == Size.MD ? null : s.id(), badgesAttribute(page, "data-badge-size"));
          axe(
              page,
              path + " (" + theme.id() + ", dot, " + s.id() + ")",
              problems,
              CHANGED_BY_A_CHOICE);
        }
      }
      assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
  }

  /** What choosing a variant or size changes: the badges, the switch, the live region. */
  static final List<String> CHANGED_BY_A_CHOICE =
      List.of("#site--badges", "[data-style-switch]", "#site--announcer");

  private static void axe(Page page, String where, List<String> problems, List<String> include) {
    AxeResults results = Axe.violations(page, AccessibilityTest.WCAG_TAGS, include);
    assertTrue(
        results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
        "axe failed: " + results.getErrorMessage());
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      problems.add(where + ": " + AccessibilityTest.describe(violations));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"file", "http"})
  void theChoicePersistsAcrossReloadsAndPagesAndIsAnnounced(String origin) {
    List<Domain> domains = TestCatalogs.builtin().domainList();
    String first = RenderedSite.pagePath(domains.get(0));
    String second = RenderedSite.pagePath(domains.get(1));
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(origin.equals("file") ? site.url(first) : server.url(first));
      assertTrue(page.locator("[data-style-switch]").isVisible(), "site.js shows the switch");
      assertEquals(null, badgesAttribute(page, "data-badge-variant"), "subtle by default");
      assertEquals(null, badgesAttribute(page, "data-badge-size"), "md by default");
      assertTrue(page.locator("#site--variant-subtle").isVisible());

      choose(page, "variant", "outline");
      assertEquals("outline", badgesAttribute(page, "data-badge-variant"));
      assertEquals(
          "outline", page.evaluate("() => localStorage.getItem('unified-badges-variant')"));
      assertTrue(page.locator("#site--variant-outline").isVisible(), "its guidance shows");
      assertFalse(page.locator("#site--variant-subtle").isVisible(), "only its guidance shows");
      String said = "Variant: Outline. " + Variant.OUTLINE.guidance();
      page.waitForFunction(
          "(s) => document.getElementById('site--announcer').textContent === s", said);

      choose(page, "size", "lg");
      assertEquals("lg", badgesAttribute(page, "data-badge-size"));
      page.waitForFunction(
          "(s) => document.getElementById('site--announcer').textContent === s",
          "Size: Large. " + Size.LG.guidance());

      page.reload();
      assertEquals("outline", badgesAttribute(page, "data-badge-variant"), "kept on reload");
      assertEquals("lg", badgesAttribute(page, "data-badge-size"), "kept on reload");
      assertTrue(page.locator("input[name=site--variant][value=outline]").isChecked());
      assertTrue(page.locator("input[name=site--size][value=lg]").isChecked());
      assertTrue(page.locator("#site--variant-outline").isVisible());

      page.navigate(origin.equals("file") ? site.url(second) : server.url(second));
      assertEquals("outline", badgesAttribute(page, "data-badge-variant"), "on other domains");
      assertEquals("lg", badgesAttribute(page, "data-badge-size"), "on other domains");

      choose(page, "variant", "subtle");
      choose(page, "size", "md");
      page.reload();
      assertEquals(null, badgesAttribute(page, "data-badge-variant"), "back to the default");
      assertEquals(null, badgesAttribute(page, "data-badge-size"), "back to the default");
      assertEquals("subtle", page.evaluate("() => localStorage.getItem('unified-badges-variant')"));

      page.evaluate("() => localStorage.setItem('unified-badges-variant', 'sparkly')");
      page.reload();
      assertEquals(
          null, badgesAttribute(page, "data-badge-variant"), "an unknown value is ignored");
      assertTrue(page.locator("input[name=site--variant][value=subtle]").isChecked());
    }
  }

  @Test
  void withoutScriptsTheSwitchStaysHidden() {
    try (BrowserContext context = browsers.newContextWithoutScripts(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(site.url(samplePage()));
      assertFalse(page.locator("[data-style-switch]").isVisible());
      assertTrue(page.locator("#site--badges .preview--light .badge").first().isVisible());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void thePreviewsPaintTheCatalogsSurfaces(Theme theme) {
    BadgeCatalog catalog = site.catalog();
    try (BrowserContext context = browsers.newContext(theme)) {
      for (String path : List.of(samplePage(), "tones.html")) {
        Page page = open(context, path, theme);
        for (Theme shown : Theme.values()) {
          @SuppressWarnings("unchecked")
          List<String> backgrounds =
              (List<String>)
                  page.evaluate(
                      "(t) => [...document.querySelectorAll('.preview--' + t)].map((p) => getComputedStyle(p).backgroundColor)",
                      shown.id());
          assertFalse(backgrounds.isEmpty(), path);
          String expected = css(catalog.surface(shown).background());
          for (String bg : backgrounds) {
            assertEquals(expected, bg, path + " " + shown.id() + " preview in the " + theme.id());
          }
        }
      }
    }
  }

  /**
   * Every badge of a domain page, chosen through the switch, and every badge of the tones page's
   * matrix, through its class, paints the model's colours.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void eachVariantPaintsTheColoursTheModelChecked(Theme theme) {
    BadgeCatalog catalog = site.catalog();
    Domain domain = catalog.domain(SAMPLE_DOMAIN).orElseThrow();
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = open(context, samplePage(), theme);
      for (Variant v : Variant.values()) {
        choose(page, "variant", v.id());
        for (Badge b : domain.values()) {
          Tone tone = catalog.tone(b);
          for (Theme shown : Theme.values()) {
            Locator badge =
                page.locator(
                    "#"
                        + dev.unifiedbadges.model.Names.kebab(b.value())
                        + " .preview--"
                        + shown.id()
                        + " .badge");
            check(
                problems,
                b.value() + " " + v.id() + " " + shown.id(),
                badge,
                tone.variant(shown, v, catalog.surface(shown)));
          }
        }
      }
      for (Size s : Size.values()) {
        choose(page, "size", s.id());
        String size =
            (String)
                page.locator("#site--badges .badge")
                    .first()
                    .evaluate("(b) => getComputedStyle(b).fontSize");
        if (!size.equals(s.fontPixels() + "px")) {
          problems.add("size " + s.id() + ": font size " + size);
        }
      }
      Page tones = open(context, "tones.html", theme);
      for (Tone t : catalog.tones().values()) {
        for (Variant v : Variant.values()) {
          for (Theme shown : Theme.values()) {
            check(
                problems,
                "tones " + t.name() + " " + v.id() + " " + shown.id(),
                tones.locator(
                    "[id=\""
                        + t.name()
                        + "\"] .variant-cell[data-variant="
                        + v.id()
                        + "][data-theme="
                        + shown.id()
                        + "] .badge"),
                t.variant(shown, v, catalog.surface(shown)));
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  private static void check(List<String> problems, String where, Locator badge, VariantColors c) {
    @SuppressWarnings("unchecked")
    Map<String, Object> s =
        (Map<String, Object>)
            badge.evaluate(
                """
                (b) => {
                  const s = getComputedStyle(b);
                  return { bg: s.backgroundColor, fg: s.color, border: s.borderTopColor,
                           borderWidth: parseFloat(s.borderTopWidth) || 0 };
                }
                """);
    String bg = c.background() == null ? "rgba(0, 0, 0, 0)" : css(c.background());
    if (!bg.equals(s.get("bg"))) {
      problems.add(where + ": background " + s.get("bg") + ", expected " + bg);
    }
    if (!css(c.foreground()).equals(s.get("fg"))) {
      problems.add(where + ": text " + s.get("fg") + ", expected " + css(c.foreground()));
    }
    if (c.border() != null
        && ((Number) s.get("borderWidth")).doubleValue() > 0
        && !css(c.border()).equals(s.get("border"))) {
      problems.add(where + ": border " + s.get("border") + ", expected " + css(c.border()));
    }
  }

  /** A colour as getComputedStyle writes it. */
  static String css(Rgb c) {
    String hex = c.hex();
    return "rgb("
        + Integer.parseInt(hex.substring(1, 3), 16)
        + ", "
        + Integer.parseInt(hex.substring(3, 5), 16)
        + ", "
        + Integer.parseInt(hex.substring(5, 7), 16)
        + ")";
  }

  // ---- narrow screens and screenshots ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"domain", "tones.html"})
  void aNarrowScreenDoesNotScrollSideways(String which) {
    String path = which.equals("domain") ? samplePage() : which;
    try (BrowserContext context = browsers.newContext(Theme.LIGHT, NARROW_WIDTH, 844)) {
      Page page = open(context, path, Theme.LIGHT);
      if (which.equals("domain")) {
        choose(page, "variant", "outline");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> r =
          (Map<String, Object>)
              page.evaluate(
                  """
                  () => {
                    const wide = [...document.querySelectorAll("main *")]
                      // Screen-reader text is clipped to a pixel wherever its box reaches.
                      .filter((e) => !e.closest(".visually-hidden"))
                      .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
                      .slice(0, 5)
                      .map((e) => e.tagName + "." + e.className + " in " + e.parentElement.className);
                    return { scroll: document.documentElement.scrollWidth, wide };
                  }
                  """);
      assertTrue(
          ((Number) r.get("scroll")).intValue() <= NARROW_WIDTH,
          "the page is " + r.get("scroll") + " px wide; too wide: " + r.get("wide"));
      assertEquals(List.of(), r.get("wide"));
      if (which.equals("domain")) {
        screenshot(page.locator(".style-switch"), "variants-narrow.png");
      } else {
        screenshot(page.locator("[id=\"success\"]"), "tones-matrix-narrow.png");
      }
    }
  }

  /** Screenshots into {@code -Dbadges.screenshots}: a domain page in each variant, the matrix. */
  @Test
  void screenshots() {
    Assumptions.assumeTrue(
        System.getProperty("badges.screenshots", "").isBlank() == false,
        "-Dbadges.screenshots=<directory> not set");
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = open(context, samplePage(), Theme.LIGHT);
      for (Variant v : Variant.values()) {
        choose(page, "variant", v.id());
        page.locator("#site--main").evaluate("(m) => m.scrollIntoView()");
        screenshot(page, "variants-" + v.id() + ".png");
      }
      choose(page, "variant", "subtle");
      Page tones = open(context, "tones.html", Theme.LIGHT);
      screenshot(tones.locator("[id=\"success\"]"), "tones-matrix.png");
    }
  }

  private static void screenshot(Page page, String name) {
    Path target = target(name);
    if (target != null) {
      page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(target));
    }
  }

  private static void screenshot(Locator element, String name) {
    Path target = target(name);
    if (target != null) {
      element.screenshot(Browsers.screenshot().setPath(target));
    }
  }

  private static Path target(String name) {
    String dir = System.getProperty("badges.screenshots");
    if (dir == null || dir.isBlank()) {
      return null;
    }
    try {
      Path target = Path.of(dir).resolve(name);
      Files.createDirectories(target.getParent());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

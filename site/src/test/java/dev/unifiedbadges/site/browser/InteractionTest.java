package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.site.browser.RenderedSite.Pairing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The site's features, driven as a user would: search and filter, the persistent theme switch
 * (without a flash of the wrong theme), copy buttons, deep links, and that nothing is ever
 * requested from outside the site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractionTest {

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

  private static final String VISIBLE_VALUES =
      """
      () => [...document.querySelectorAll("[data-filter-value]")]
        .filter((v) => v.offsetParent !== null)
        .map((v) => v.querySelector("a").getAttribute("href"))
      """;

  private static int visibleCards(Page page) {
    return ((Number)
            page.evaluate(
                "() => [...document.querySelectorAll('[data-filter-item]')].filter((c) => !c.hidden && c.offsetParent !== null).length"))
        .intValue();
  }

  @SuppressWarnings("unchecked")
  private static List<String> visibleValues(Page page) {
    return (List<String>) page.evaluate(VISIBLE_VALUES);
  }

  private static String countText(Page page) {
    return page.locator("[data-filter-count]").textContent().trim();
  }

  // ---- search ----

  @Test
  void searchFiltersTheIndexAndClearingRestoresIt() {
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(site.url("index.html"));
      int pairings = site.catalog().pairingCount();
      int domains = site.catalog().domains().size();
      assertEquals(pairings, visibleValues(page).size());
      assertEquals(domains, visibleCards(page));
      String initialCount = countText(page);

      Locator input = page.locator("input[data-filter-input]");
      input.fill("partial");
      page.waitForFunction(
          "(n) => document.querySelectorAll('[data-filter-value]:not([hidden])').length < n",
          pairings);
      List<String> shown = visibleValues(page);
      Set<String> expected = new TreeSet<>();
      Set<String> shownDomains = new TreeSet<>();
      for (Pairing p : site.pairings()) {
        if (!p.fallback() && p.badge().value().equals("partial")) {
          expected.add(p.page() + "#" + p.id());
          shownDomains.add(p.domain().name());
        }
      }
      assertEquals(expected, new TreeSet<>(shown), "exactly the values named partial");
      assertEquals(shownDomains.size(), visibleCards(page), "only the cards holding a match");
      String status = expected.size() + " pairings in " + shownDomains.size() + " domains";
      assertEquals(status, countText(page));
      page.waitForFunction(
          "(s) => document.getElementById('site--announcer').textContent === s", status);
      for (Object search :
          (List<?>)
              page.evaluate(
                  "() => [...document.querySelectorAll('[data-filter-value]:not([hidden])')].map((v) => v.closest('[data-filter-item]').dataset.search + ' ' + v.dataset.search)")) {
        assertTrue(search.toString().contains("partial"), "a shown value matches: " + search);
      }

      input.fill("partial danger");
      page.waitForFunction(
          "() => document.querySelector('[data-filter-count]').textContent.startsWith('0 ')");
      assertEquals(0, visibleCards(page), "every word must match");
      assertTrue(page.locator("[data-filter-empty]").isVisible(), "the empty message shows");

      input.press("Escape");
      page.waitForFunction(
          "(n) => document.querySelectorAll('[data-filter-value]:not([hidden])').length === n",
          pairings);
      assertEquals("", input.inputValue(), "Escape clears the search");
      assertEquals(domains, visibleCards(page));
      assertEquals(initialCount, countText(page));
      assertFalse(page.locator("[data-filter-empty]").isVisible());

      input.fill("succeeded");
      page.waitForFunction(
          "(n) => document.querySelectorAll('[data-filter-value]:not([hidden])').length < n",
          pairings);
      input.fill("");
      page.waitForFunction(
          "(n) => document.querySelectorAll('[data-filter-value]:not([hidden])').length === n",
          pairings);
      assertEquals(pairings, visibleValues(page).size(), "an empty search shows everything again");
    }
  }

  @Test
  void searchFiltersTheValuesOfADomainPage() {
    Domain domain =
        site.catalog().domainList().stream()
            .max(Comparator.comparingInt((Domain d) -> d.values().size()))
            .orElseThrow();
    Badge target = domain.values().get(domain.values().size() - 1);
    try (BrowserContext context = browsers.newContext(Theme.DARK)) {
      Page page = context.newPage();
      page.navigate(site.url(RenderedSite.pagePath(domain)));
      int all = domain.values().size();
      assertEquals(all, page.locator("li.pairing:visible").count());
      page.locator("input[data-filter-input]").fill(target.value());
      page.waitForFunction(
          "(n) => document.querySelectorAll('li.pairing:not([hidden])').length < n", all);
      List<String> ids = ids(page);
      @SuppressWarnings("unchecked")
      List<String> matching =
          (List<String>)
              page.evaluate(
                  "(w) => [...document.querySelectorAll('li.pairing')].filter((e) => e.dataset.search.includes(w)).map((e) => e.id)",
                  target.value().toLowerCase(Locale.ROOT));
      assertEquals(matching, ids, "exactly the rows whose search text matches");
      assertTrue(ids.contains(new Pairing(domain, target, false).id()), ids.toString());
      assertTrue(ids.size() < all);
      assertEquals(ids.size() + " of " + all + " values", countText(page));
      assertTrue(page.locator("#unknown").isVisible(), "the unknown fallback stays in view");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Page page) {
    return (List<String>)
        page.locator("li.pairing:visible").evaluateAll("(els) => els.map((e) => e.id)");
  }

  @Test
  void theQueryParameterAndTheSlashKeyLeadToTheSearch() {
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(site.url("index.html", "q=failed"));
      assertEquals("failed", page.locator("input[data-filter-input]").inputValue());
      List<String> shown = visibleValues(page);
      assertFalse(shown.isEmpty());
      assertTrue(shown.size() < site.catalog().pairingCount());
      assertTrue(shown.stream().allMatch(h -> h.endsWith("#failed")), shown.toString());

      page.navigate(site.url("index.html"));
      page.locator("body").press("/");
      assertEquals(
          "site--filter", page.evaluate("() => document.activeElement.id"), "/ focuses the search");
    }
  }

  // ---- theme ----

  /**
   * Records the theme attribute at the first stylesheet link, at DOMContentLoaded and at the first
   * animation frame (before the first paint), with the page background of that frame.
   */
  private static final String THEME_PROBE =
      """
      (() => {
        const log = (window.__themeLog = []);
        const theme = () => (document.documentElement ? document.documentElement.getAttribute("data-badge-theme") : "no-root");
        let sheet = false;
        new MutationObserver((records) => {
          for (const r of records) {
            for (const n of r.addedNodes) {
              if (!sheet && n.nodeName === "LINK" && n.getAttribute("rel") === "stylesheet") {
                sheet = true;
                log.push({ at: "first-stylesheet", theme: theme() });
              }
            }
          }
        }).observe(document, { childList: true, subtree: true });
        document.addEventListener("DOMContentLoaded", () => log.push({ at: "DOMContentLoaded", theme: theme() }), { once: true });
        requestAnimationFrame(() =>
          log.push({ at: "first-frame", theme: theme(), background: document.body ? getComputedStyle(document.body).backgroundColor : null }));
      })();
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"file", "http"})
  void theThemeChoicePersistsAcrossReloadsWithoutAFlash(String origin) {
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      context.addInitScript(THEME_PROBE);
      Page page = context.newPage();
      String index = origin.equals("file") ? site.url("index.html") : server.url("index.html");
      String tones = origin.equals("file") ? site.url("tones.html") : server.url("tones.html");
      page.navigate(index);
      assertEquals(
          null,
          page.evaluate("() => document.documentElement.getAttribute('data-badge-theme')"),
          "system by default");
      assertTrue(
          page.locator("fieldset[data-theme-switch]").isVisible(), "site.js shows the switch");
      String light = backgroundOf(page);

      page.locator("input[name=site--theme][value=dark]").check();
      assertEquals(
          "dark", page.evaluate("() => document.documentElement.getAttribute('data-badge-theme')"));
      assertEquals("dark", page.evaluate("() => localStorage.getItem('unified-badges-theme')"));
      String dark = backgroundOf(page);
      assertFalse(light.equals(dark), "the page turns dark: " + dark);

      page.reload();
      assertNoFlash(page, "dark", dark);
      assertTrue(
          page.locator("input[name=site--theme][value=dark]").isChecked(),
          "the switch shows the saved choice");

      page.navigate(tones);
      assertNoFlash(page, "dark", dark);

      page.navigate(tones + "?theme=light");
      assertNoFlash(page, "light", light);
      assertEquals(
          "dark",
          page.evaluate("() => localStorage.getItem('unified-badges-theme')"),
          "?theme= does not save");

      page.navigate(index);
      page.locator("input[name=site--theme][value=system]").check();
      page.reload();
      assertEquals(
          null,
          page.evaluate("() => document.documentElement.getAttribute('data-badge-theme')"),
          "system again");
      assertEquals(light, backgroundOf(page), "the system scheme here is light");
    }
  }

  private static String backgroundOf(Page page) {
    return (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
  }

  @SuppressWarnings("unchecked")
  private static void assertNoFlash(Page page, String theme, String background) {
    page.waitForFunction(
        "() => window.__themeLog && window.__themeLog.some((e) => e.at === 'first-frame')");
    List<Map<String, Object>> log =
        (List<Map<String, Object>>) page.evaluate("() => window.__themeLog");
    List<String> points = new ArrayList<>();
    for (Map<String, Object> e : log) {
      points.add(String.valueOf(e.get("at")));
      assertEquals(
          theme, e.get("theme"), "theme at " + e.get("at") + " on " + page.url() + ": " + log);
      if ("first-frame".equals(e.get("at"))) {
        assertEquals(
            background,
            e.get("background"),
            "the first frame already has the " + theme + " background: " + log);
      }
    }
    assertTrue(
        points.containsAll(List.of("first-stylesheet", "DOMContentLoaded", "first-frame")),
        points.toString());
    assertTrue(
        points.indexOf("first-stylesheet") < points.indexOf("DOMContentLoaded"), points.toString());
  }

  // ---- copy ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"file", "http"})
  void copyButtonsPutTheSnippetOnTheClipboardAndSaySo(String origin) {
    Pairing pairing =
        site.pairings().stream()
            .filter(p -> !p.fallback() && p.badge().value().equals("partial"))
            .findFirst()
            .orElseThrow();
    Pairing fallback =
        site.pairings().stream()
            .filter(p -> p.fallback() && p.domain().equals(pairing.domain()))
            .findFirst()
            .orElseThrow();
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      if (origin.equals("http")) {
        context.grantPermissions(
            List.of("clipboard-read", "clipboard-write"),
            new BrowserContext.GrantPermissionsOptions().setOrigin(server.origin()));
      } else {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
      }
      Page page = context.newPage();
      page.navigate(origin.equals("file") ? site.url(pairing.page()) : server.url(pairing.page()));
      String html =
          "<span class=\"badge "
              + pairing.cssClass()
              + "\"><span class=\"badge__icon\" aria-hidden=\"true\"></span>"
              + "<span class=\"badge__label\">"
              + pairing.badge().label()
              + "</span></span>";
      String token = "badge." + pairing.name().replace("--", ".");
      // The announcement isolates the value, as the page does, between FSI and PDI (not spoken).
      String value = "\u2068" + pairing.badge().value() + "\u2069";
      copy(page, pairing, "HTML", html, "Copied HTML of " + value + ".");
      copy(page, pairing, "CSS class", pairing.cssClass(), "Copied CSS class of " + value + ".");
      copy(page, pairing, "Token", token, "Copied token path of " + value + ".");
      copy(
          page,
          fallback,
          "CSS class",
          fallback.cssClass(),
          "Copied CSS class of the unknown fallback.");
      assertEquals(
          html,
          page.evaluate(
              "(id) => document.getElementById(id).querySelector('.preview--light > .badge').outerHTML",
              pairing.id()),
          "the HTML copied is exactly what the page renders");
    }
  }

  private static void copy(Page page, Pairing p, String row, String expected, String announcement) {
    Locator copyRow =
        page.locator(p.rowSelector() + " .copy-row")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.locator(
                            ".copy-row__label", new Page.LocatorOptions().setHasText(row))));
    assertEquals(1, copyRow.count(), row + " row of " + p.name());
    assertEquals(
        expected, copyRow.locator(".copy-row__code").textContent(), "the row shows what it copies");
    page.evaluate("() => navigator.clipboard.writeText('(nothing yet)').catch(() => {})");
    page.evaluate("() => { document.getElementById('site--announcer').textContent = ''; }");
    Locator button = copyRow.locator("button[data-copy]");
    button.click();
    page.waitForFunction(
        "(s) => document.getElementById('site--announcer').textContent === s", announcement);
    assertEquals(
        expected,
        page.evaluate("() => navigator.clipboard.readText()"),
        row + " of " + p.name() + " on the clipboard");
    assertEquals("Copied", button.locator(".copy-button__text").textContent());
  }

  // ---- deep links ----

  @Test
  void deepLinksScrollTheirPairingIntoView() {
    List<String> problems = new ArrayList<>();
    int scrolled = 0;
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      // Each domain page is loaded afresh with its deepest link (the fallback, at the bottom); its
      // values are then visited as in-page links, which are same-document navigations.
      List<Pairing> order = new ArrayList<>();
      for (Pairing p : site.pairings()) {
        if (p.fallback()) {
          order.add(order.size() - p.domain().values().size(), p);
        } else {
          order.add(p);
        }
      }
      for (Pairing p : order) {
        if (p.fallback()) {
          page.navigate("about:blank");
        }
        page.navigate(site.url(p.page()) + "#" + p.id());
        Locator row = page.locator(p.rowSelector());
        BoundingBox box = row.boundingBox();
        double scrollY = ((Number) page.evaluate("() => window.scrollY")).doubleValue();
        if (scrollY > 0) {
          scrolled++;
        }
        if (box == null
            || box.y < 0
            || box.y >= Browsers.VIEWPORT_HEIGHT
            || box.y + Math.min(box.height, 100) > Browsers.VIEWPORT_HEIGHT) {
          problems.add(
              p.page()
                  + "#"
                  + p.id()
                  + ": row at "
                  + (box == null ? "nowhere" : box.y + "+" + box.height)
                  + " (scrollY "
                  + scrollY
                  + ")");
        }
        if (!Boolean.TRUE.equals(row.evaluate("(e) => e.matches(':target')"))) {
          problems.add(p.page() + "#" + p.id() + ": not the :target");
        }
      }
      assertTrue(
          scrolled > site.pairings().size() / 2,
          "most rows are below the fold and need scrolling: " + scrolled);

      // Following a badge on the index lands on its row.
      page.navigate(site.url("index.html"));
      Pairing last =
          site.pairings().stream().filter(p -> !p.fallback()).reduce((a, b) -> b).orElseThrow();
      page.locator("a.badge-link[href=\"" + last.page() + "#" + last.id() + "\"]").click();
      page.waitForURL("**/" + last.page() + "#" + last.id());
      BoundingBox box = page.locator(last.rowSelector()).boundingBox();
      assertTrue(
          box.y >= 0 && box.y < Browsers.VIEWPORT_HEIGHT,
          "row after following the index link: " + box.y);
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  // ---- no requests outside the site ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"file", "http"})
  void theSiteRequestsNothingOutsideItself(String origin) {
    String base = origin.equals("file") ? site.root().toUri().toString() : server.origin() + "/";
    List<String> inside = Collections.synchronizedList(new ArrayList<>());
    List<String> outside = Collections.synchronizedList(new ArrayList<>());
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    try (BrowserContext context = browsers.newContext(Theme.DARK)) {
      context.route(
          "**/*",
          route -> {
            String url = route.request().url();
            if (url.startsWith(base)) {
              inside.add(url);
              route.resume();
            } else {
              outside.add(route.request().method() + " " + url);
              route.abort();
            }
          });
      Page page = context.newPage();
      page.onConsoleMessage(
          m -> {
            if (m.type().equals("error")) {
              errors.add(page.url() + ": console " + m.type() + ": " + m.text());
            }
          });
      page.onPageError(e -> errors.add(page.url() + ": " + e));
      for (String path : site.pages()) {
        page.navigate(origin.equals("file") ? site.url(path) : server.url(path));
        Browsers.settle(page);
        if (page.locator("input[data-filter-input]").count() > 0) {
          page.locator("input[data-filter-input]").fill("run");
          page.waitForTimeout(150);
        }
      }
    }
    assertTrue(outside.isEmpty(), "requests outside the site (aborted): " + outside);
    assertTrue(errors.isEmpty(), "console errors (a CSP violation shows here): " + errors);
    for (String expected :
        List.of(
            "assets/site.css",
            "assets/site.js",
            "assets/theme-init.js",
            "downloads/css/badges.css",
            "assets/fonts/Roboto-Regular.woff2",
            "assets/fonts/Roboto-Medium.woff2")) {
      assertTrue(
          inside.stream().anyMatch(u -> u.startsWith(base + expected)),
          "the route saw " + expected + ": " + inside);
    }
    assertTrue(inside.size() >= site.pages().size() * 2, "requests seen: " + inside.size());
  }
}

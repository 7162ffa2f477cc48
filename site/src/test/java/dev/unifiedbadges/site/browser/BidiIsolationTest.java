package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Right-to-left text and bidirectional controls in the definitions and the site title reorder only
 * themselves: measured in Chromium, the site's own words and the items next to them still read left
 * to right, in logical order, on the same line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BidiIsolationTest {

  /**
   * U+202E RIGHT-TO-LEFT OVERRIDE and U+202B RIGHT-TO-LEFT EMBEDDING left open and Arabic letters
   * in display text; Arabic letters and digits in aliases (names may not hold bidi controls).
   */
  static final String CATALOG =
      """
      domains:
        order.state:
          title: "\\u202Bembedded order state"
          description: "\\u202Eoverridden description"
          values:
            open:
              label: "\\u202Eopen"
              tone: info
              icon: circle-check
              aliases: ["\\u0648 1", "two", "\\u0648\\u0627", "3", "\\u062B 3", "four"]
              description: "\\u0648\\u0635\\u0641 \\u202Bleft open"
            closed: { label: Closed, tone: success, icon: circle-check }
        ticket.state:
          title: "\\u062D\\u0627\\u0644\\u0629"
          values:
            new: { label: "\\u062C\\u062F\\u064A\\u062F", tone: info, icon: circle-check }
      """;

  /**
   * The boxes of words, each found after the previous one in document order inside the element:
   * {@code [word, left, right, top]}, or {@code [word]} when it is not there.
   */
  private static final String WORD_BOXES =
      """
      ([selector, words]) => {
        const root = document.querySelector(selector);
        const texts = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
        let t = 0, from = 0;
        return words.map((w) => {
          for (; t < texts.length; t++, from = 0) {
            const i = texts[t].data.indexOf(w, from);
            if (i >= 0) {
              from = i + w.length;
              const r = document.createRange();
              r.setStart(texts[t], i);
              r.setEnd(texts[t], from);
              const b = r.getBoundingClientRect();
              return [w, b.left, b.right, b.top];
            }
          }
          return [w];
        });
      }
      """;

  private Browsers browsers;
  private RenderedSite site;

  @BeforeAll
  void start() throws Exception {
    browsers = Browsers.shared();
    site = RenderedSite.of(TestCatalogs.fromYaml(CATALOG));
  }

  @AfterAll
  void stop() {
    if (site != null) {
      site.close();
    }
    if (browsers != null) {
      browsers.close();
    }
  }

  /**
   * The footer sentence starts with the site title: after it, the site's words keep their order,
   * and its full stop stays at the end.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "'\u202Eoverridden', overridden",
    "'\u202Bembedded', embedded",
    "'\u0639\u0646\u0648\u0627\u0646', \u0639\u0646\u0648\u0627\u0646",
    "'stray\u2069\u202Epop', pop"
  })
  void theFooterReadsLeftToRightAfterAnySiteTitle(String title, String word) throws Exception {
    List<String> problems = new ArrayList<>();
    try (RenderedSite titled = RenderedSite.titled(TestCatalogs.fromYaml(CATALOG), title);
        BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      for (String path : List.of("index.html", "domains/order-state.html")) {
        page.navigate(titled.url(path));
        Browsers.settle(page);
        checkOrder(
            problems,
            path + " footer",
            page,
            ".site-footer p",
            List.of(word, ":", "domains", "pairings", "Generated", "Badges", "."));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** Aliases sit side by side in one line: each one's text stays inside its own box. */
  @Test
  void aliasesStayInTheirOrderWhateverTheyHold() {
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(site.url("domains/order-state.html"));
      Browsers.settle(page);
      @SuppressWarnings("unchecked")
      List<List<Object>> boxes =
          (List<List<Object>>)
              page.evaluate(
                  "() => [...document.querySelectorAll('#open .alias')].map((e) => { const b ="
                      + " e.getBoundingClientRect(); return [e.textContent, b.left, b.right,"
                      + " b.top]; })");
      assertEquals(6, boxes.size(), boxes.toString());
      List<String> problems = new ArrayList<>();
      checkBoxes(problems, "aliases of open", boxes);
      assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
  }

  /**
   * Site text set next to a name or title from the definitions: the value count after the domain
   * name on a card and on the domain page, the title after the breadcrumb's first step.
   */
  @Test
  void siteWordsNextToNamesAndTitlesKeepTheirPlace() {
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(site.url("index.html"));
      Browsers.settle(page);
      checkOrder(
          problems, "index card", page, ".domain-card__meta", List.of("order.state", "2 values"));
      page.navigate(site.url("domains/order-state.html"));
      Browsers.settle(page);
      checkOrder(
          problems, "breadcrumb", page, ".breadcrumb", List.of("Catalog", "embedded order state"));
      checkOrder(
          problems,
          "domain meta",
          page,
          ".intro__meta",
          List.of("order.state", "2 values", "Unknown fallback"));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * The values and domain titles the search inserts from the index are isolated like the pages'.
   */
  @Test
  void searchResultsIsolateWhatTheyShow() throws Exception {
    StringBuilder yaml = new StringBuilder(CATALOG);
    yaml.append("  bulk.state:\n    title: \"\\u202Ebulk\"\n    values:\n");
    for (int i = 0; i <= SiteRenderer.COMPLETE_INDEX_LIMIT; i++) {
      yaml.append("      \"\\u0627v")
          .append(i)
          .append("\": { label: L")
          .append(i)
          .append(", tone: info, icon: circle-check }\n");
    }
    BadgeCatalog large = TestCatalogs.fromYaml(yaml.toString());
    try (RenderedSite big = RenderedSite.of(large);
        BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(big.url("index.html"));
      Browsers.settle(page);
      page.locator("input[data-filter-input]").fill("v20");
      page.waitForSelector(".results__item");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> items =
          (List<Map<String, Object>>)
              page.evaluate(
                  "() => [...document.querySelectorAll('.results__item')].map((li) => ({"
                      + " value: [...li.querySelectorAll('.results__value > bdi')].map((b) =>"
                      + " b.textContent), domain: [...li.querySelectorAll('.results__domain >"
                      + " bdi')].map((b) => b.textContent), loose: [...li.querySelectorAll("
                      + "'.results__value, .results__domain')].flatMap((e) => [...e.childNodes])"
                      + ".filter((n) => n.nodeType === Node.TEXT_NODE).length }))");
      assertFalse(items.isEmpty());
      for (Map<String, Object> item : items) {
        String value = String.valueOf(((List<?>) item.get("value")).get(0));
        assertTrue(value.matches("\u0627v20\\d?"), item.toString());
        assertEquals(List.of("\u202Ebulk"), item.get("domain"), item.toString());
        assertEquals(0, ((Number) item.get("loose")).intValue(), item.toString());
      }
    }
  }

  /** Finds the words in order inside the element and checks they run left to right on one line. */
  private static void checkOrder(
      List<String> problems, String where, Page page, String selector, List<String> words) {
    @SuppressWarnings("unchecked")
    List<List<Object>> boxes =
        (List<List<Object>>) page.evaluate(WORD_BOXES, List.of(selector, words));
    for (List<Object> b : boxes) {
      if (b.size() == 1) {
        problems.add(where + ": no '" + b.get(0) + "' after the words before it");
        return;
      }
    }
    checkBoxes(problems, where, boxes);
  }

  /**
   * Each box ({@code [text, left, right, top]}) starts where the one before ends or to its right,
   * on the same line.
   */
  private static void checkBoxes(List<String> problems, String where, List<List<Object>> boxes) {
    for (int i = 1; i < boxes.size(); i++) {
      List<Object> a = boxes.get(i - 1);
      List<Object> b = boxes.get(i);
      double aRight = ((Number) a.get(2)).doubleValue();
      double aTop = ((Number) a.get(3)).doubleValue();
      double bLeft = ((Number) b.get(1)).doubleValue();
      double bTop = ((Number) b.get(3)).doubleValue();
      if (bLeft < aRight - 0.5 || Math.abs(bTop - aTop) > 2) {
        problems.add(
            where
                + ": '"
                + show(b.get(0))
                + "' should follow '"
                + show(a.get(0))
                + "' on its right in the same line; boxes "
                + describe(boxes));
        return;
      }
    }
  }

  /** The text with its invisible controls as middle dots. */
  private static String show(Object text) {
    return String.valueOf(text).replaceAll("\\p{Cf}", "\u00B7");
  }

  private static String describe(List<List<Object>> boxes) {
    List<String> out = new ArrayList<>();
    for (List<Object> b : boxes) {
      out.add(
          String.format(
              Locale.ROOT,
              "'%s' x %.0f-%.0f y %.0f",
              show(b.get(0)),
              ((Number) b.get(1)).doubleValue(),
              ((Number) b.get(2)).doubleValue(),
              ((Number) b.get(3)).doubleValue()));
    }
    return String.join(", ", out);
  }
}

package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.testing.Chromium;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JS module's DOM helpers in a real browser: {@code createBadgeElement} builds exactly the
 * markup {@code badgeHtml} writes, hostile labels staying text, and the element {@code
 * defineBadgeElement} registers renders it and follows its attributes.
 */
class BadgeElementsInChromiumTest {

  private static Playwright playwright;
  private static Browser browser;
  private static Page page;
  private static final BadgeCatalog CATALOG = TestCatalogs.awkward();

  @BeforeAll
  static void loadTheModule() {
    Path executable = Chromium.expected();
    Assumptions.assumeTrue(
        Files.isExecutable(executable),
        "no Chromium at " + executable + " (set PLAYWRIGHT_CHROMIUM_EXECUTABLE)");
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(Chromium.ARGS));
    page = browser.newPage();
    page.setContent(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>t</title></head>"
            + "<body></body></html>");
    String module =
        new String(
            TokenExporter.export(CATALOG, TokenOptions.defaults()).get(TokenExporter.JS),
            StandardCharsets.UTF_8);
    // The module's own bindings, handed to the test once it has run: importing does nothing else.
    page.addScriptTag(
        new Page.AddScriptTagOptions()
            .setType("module")
            .setContent(
                module
                    + "\nwindow.badges = { badgeFor, badgeClassName, badgeHtml, createBadgeElement,"
                    + " defineBadgeElement };\n"));
    page.waitForFunction("() => window.badges !== undefined");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private static List<List<String>> pairs() {
    List<List<String>> pairs = new ArrayList<>();
    for (Domain d : CATALOG.domains().values()) {
      for (Badge b : d.values()) {
        pairs.add(List.of(d.name(), b.value()));
      }
      pairs.add(List.of(d.name(), "no such value <b>"));
    }
    return pairs;
  }

  @Test
  void createBadgeElementBuildsTheMarkupBadgeHtmlWritesWithTheLabelAsText() {
    @SuppressWarnings("unchecked")
    List<String> problems =
        (List<String>)
            page.evaluate(
                "(pairs) => pairs.flatMap(([d, v]) => {"
                    + " const element = window.badges.createBadgeElement(d, v);"
                    + " const parsed = document.createElement('template');"
                    + " parsed.innerHTML = window.badges.badgeHtml(d, v);"
                    + " const problems = [];"
                    + " if (parsed.content.childNodes.length !== 1"
                    + "     || !parsed.content.firstChild.isEqualNode(element))"
                    + "   problems.push(d + '/' + v + ': ' + element.outerHTML + ' vs '"
                    + "     + parsed.innerHTML);"
                    + " const label = element.querySelector('.badge__label');"
                    + " if (label.childNodes.length !== 1 || label.firstChild.nodeType !== 3"
                    + "     || label.textContent !== window.badges.badgeFor(d, v).label)"
                    + "   problems.push(d + '/' + v + ': the label is not one text node');"
                    + " return problems; })",
                pairs());
    assertEquals(List.of(), problems);
  }

  @Test
  void aDefinedBadgeElementRendersItsBadgeAndFollowsItsAttributes() {
    Domain domain = CATALOG.domainList().get(0);
    String first = domain.values().get(0).value();
    String second = domain.values().get(domain.values().size() - 1).value();
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            page.evaluate(
                "([d, first, second]) => {"
                    + " const cls = window.badges.defineBadgeElement('status-badge');"
                    + " const again = window.badges.defineBadgeElement('status-badge');"
                    + " const el = document.createElement('status-badge');"
                    + " el.setAttribute('domain', d);"
                    + " el.setAttribute('value', first);"
                    + " document.body.append(el);"
                    + " const before = el.innerHTML;"
                    + " el.setAttribute('value', second);"
                    + " let clash = '';"
                    + " customElements.define('other-badge', class extends HTMLElement {});"
                    + " try { window.badges.defineBadgeElement('other-badge'); }"
                    + " catch (e) { clash = e.message; }"
                    + " return { same: cls === again, before, after: el.innerHTML,"
                    + "   first: window.badges.badgeHtml(d, first),"
                    + "   second: window.badges.badgeHtml(d, second), clash }; }",
                List.of(domain.name(), first, second));
    assertEquals(true, result.get("same"), "defining twice returns the one class");
    assertEquals(result.get("first"), result.get("before"));
    assertEquals(result.get("second"), result.get("after"), "a changed value renders again");
    assertTrue(
        String.valueOf(result.get("clash")).contains("already defined by another class"),
        String.valueOf(result.get("clash")));
  }

  @Test
  void optionsAddModifierClassesInEveryHelperAndTheElementFollowsItsOptionAttributes() {
    Domain domain = CATALOG.domainList().get(0);
    String value = domain.values().get(0).value();
    @SuppressWarnings("unchecked")
    Map<String, Object> result =
        (Map<String, Object>)
            page.evaluate(
                "([d, v]) => {"
                    + " const b = window.badges;"
                    + " const o = { variant: 'dot', size: 'sm', iconOnly: true };"
                    + " const element = b.createBadgeElement(d, v, o);"
                    + " const parsed = document.createElement('template');"
                    + " parsed.innerHTML = b.badgeHtml(d, v, o);"
                    + " b.defineBadgeElement('variant-badge');"
                    + " const el = document.createElement('variant-badge');"
                    + " el.setAttribute('domain', d);"
                    + " el.setAttribute('value', v);"
                    + " el.setAttribute('variant', 'solid');"
                    + " document.body.append(el);"
                    + " const solid = el.firstElementChild.className;"
                    + " el.setAttribute('size', 'lg');"
                    + " el.setAttribute('icon-only', '');"
                    + " const large = el.firstElementChild.className;"
                    + " el.setAttribute('variant', 'sparkly');"
                    + " el.removeAttribute('icon-only');"
                    + " const fallback = el.firstElementChild.className;"
                    + " return { same: parsed.content.firstChild.isEqualNode(element),"
                    + "   classes: element.className, named: b.badgeClassName(d, v, o),"
                    + "   plain: b.badgeClassName(d, v), solid, large, fallback }; }",
                List.of(domain.name(), value));
    String plain = (String) result.get("plain");
    assertEquals(true, result.get("same"), "createBadgeElement and badgeHtml agree: " + result);
    assertEquals(plain + " badge--dot badge--sm badge--icon-only", result.get("classes"));
    assertEquals(result.get("classes"), result.get("named"));
    assertEquals(plain + " badge--solid", result.get("solid"));
    assertEquals(plain + " badge--solid badge--lg badge--icon-only", result.get("large"));
    assertEquals(plain + " badge--lg", result.get("fallback"), "an unknown variant is subtle");
  }
}

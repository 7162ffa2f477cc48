package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ForcedColors;
import com.microsoft.playwright.options.ReducedMotion;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.testing.Chromium;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.DarkMode;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads badges.css into headless Chromium: every rule and declaration must survive parsing, the
 * minified file must parse to the same rules, and badges must get their tone's colours in both
 * themes, whether chosen by {@code prefers-color-scheme} or forced with {@code data-badge-theme}.
 */
class ChromiumCssTest {

  private static Playwright playwright;
  private static Browser browser;
  private Page page;

  @BeforeAll
  static void launch() {
    Path executable = Chromium.expected();
    Assumptions.assumeTrue(
        Files.isExecutable(executable),
        "no Chromium at "
            + executable
            + " (set PLAYWRIGHT_CHROMIUM_EXECUTABLE): skipping the browser test");
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

  @BeforeEach
  void openPage() {
    page = browser.newPage();
    page.setContent(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>badges</title></head><body></body></html>");
  }

  @AfterEach
  void closePage() {
    page.close();
  }

  static Stream<Arguments> catalogs() {
    return Stream.of(
        Arguments.of("builtin", TestCatalogs.builtin()),
        Arguments.of("awkward", TestCatalogs.awkward()),
        Arguments.of("synthetic", TestCatalogs.syntheticServices(60, 15)));
  }

  private static final String RULES_SCRIPT =
      """
      (css) => {
        const style = document.createElement("style");
        style.textContent = css;
        document.head.appendChild(style);
        const out = [];
        const walk = (rules, depth) => {
          for (const r of rules) {
            const item = { type: r.constructor.name, depth, text: r.cssText, props: [] };
            if (r.style) {
              for (let i = 0; i < r.style.length; i++) item.props.push(r.style[i]);
            }
            out.push(item);
            if (r.cssRules) walk(r.cssRules, depth + 1);
          }
        };
        walk(style.sheet.cssRules, 0);
        style.remove();
        return out;
      }
      """;

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void everyRuleAndDeclarationParses(String name, BadgeCatalog catalog) {
    SortedMap<String, byte[]> files = TokenExporter.export(catalog, TokenOptions.defaults());
    String css = new String(files.get(TokenExporter.CSS), StandardCharsets.UTF_8);
    String min = new String(files.get(TokenExporter.CSS_MIN), StandardCharsets.UTF_8);

    List<CssOutline.Rule> expected = CssOutline.parse(css);
    List<Map<String, Object>> parsed = rules(css);
    assertEquals(expected.size(), parsed.size(), "rules the browser kept (nested ones included)");
    int declarations = 0;
    for (int i = 0; i < expected.size(); i++) {
      CssOutline.Rule rule = expected.get(i);
      Map<String, Object> actual = parsed.get(i);
      assertEquals(rule.depth(), ((Number) actual.get("depth")).intValue(), rule.prelude());
      @SuppressWarnings("unchecked")
      List<String> props = (List<String>) actual.get("props");
      for (String property : rule.properties()) {
        assertTrue(
            kept(property, props, (String) actual.get("text")),
            "declaration of "
                + property
                + " dropped from "
                + rule.prelude()
                + ": "
                + actual.get("text"));
        declarations++;
      }
      long custom = rule.properties().stream().filter(p -> p.startsWith("--")).count();
      assertEquals(
          custom,
          props.stream().filter(p -> p.startsWith("--")).count(),
          "custom properties of " + rule.prelude());
    }
    assertTrue(declarations > catalog.pairingCount() * 5, "declarations checked: " + declarations);

    List<Map<String, Object>> parsedMin = rules(min);
    assertEquals(parsed.size(), parsedMin.size(), "the minified file has the same rules");
    for (int i = 0; i < parsed.size(); i++) {
      assertEquals(parsed.get(i).get("text"), parsedMin.get(i).get("text"), "minified rule " + i);
    }
  }

  private List<Map<String, Object>> rules(String css) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> result = (List<Map<String, Object>>) page.evaluate(RULES_SCRIPT, css);
    return result;
  }

  /** A declaration survived if the property, or the longhands a shorthand expands to, are set. */
  private static boolean kept(String property, List<String> props, String cssText) {
    if (props.contains(property)
        || cssText.contains("{ " + property + ": ")
        || cssText.contains("; " + property + ": ")) {
      return true;
    }
    String unprefixed =
        property.startsWith("-webkit-") ? property.substring("-webkit-".length()) : property;
    for (String p : props) {
      if (p.startsWith(property + "-")
          || p.startsWith(unprefixed + "-")
          || p.startsWith("-webkit-" + unprefixed + "-")) {
        return true;
      }
    }
    return property.equals("gap") && props.contains("row-gap")
        || property.equals("flex") && props.contains("flex-grow");
  }

  // --- computed colours
  // ----------------------------------------------------------------------------

  private static final String RENDER_SCRIPT =
      """
      ([css, classes]) => {
        if (!document.getElementById("badges")) {
          const style = document.createElement("style");
          style.id = "badges";
          style.textContent = css;
          document.head.appendChild(style);
          const host = document.createElement("div");
          host.id = "host";
          for (const c of classes) {
            const b = document.createElement("span");
            b.className = c === "" ? "badge" : "badge " + c;
            const icon = document.createElement("span");
            icon.className = "badge__icon";
            icon.setAttribute("aria-hidden", "true");
            const label = document.createElement("span");
            label.className = "badge__label";
            label.textContent = c;
            b.append(icon, label);
            host.append(b);
          }
          document.body.append(host);
        }
        return [...document.getElementById("host").children].map((b) => {
          const s = getComputedStyle(b);
          const i = getComputedStyle(b.firstElementChild);
          return {
            bg: s.backgroundColor,
            fg: s.color,
            border: s.borderTopColor,
            borderStyle: s.borderTopStyle,
            borderWidth: s.borderTopWidth,
            icon: i.backgroundColor,
            mask: i.maskImage || i.webkitMaskImage,
            animation: i.animationName,
            display: s.display,
          };
        });
      }
      """;

  private record Case(String className, Badge badge) {}

  static Stream<Arguments> smallCatalogs() {
    return Stream.of(
        Arguments.of("builtin", TestCatalogs.builtin()),
        Arguments.of("awkward", TestCatalogs.awkward()),
        Arguments.of("synthetic", TestCatalogs.syntheticServices(12, 8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("smallCatalogs")
  void badgesGetTheirToneColoursInBothThemes(String name, BadgeCatalog catalog) {
    String css =
        new String(
            TokenExporter.export(catalog, TokenOptions.defaults()).get(TokenExporter.CSS),
            StandardCharsets.UTF_8);
    CssNames names = new CssNames("badge");
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("", catalog.unknown()));
    cases.add(new Case(names.catalogUnknown(), catalog.unknown()));
    for (Domain d : catalog.domains().values()) {
      for (Badge b : d.values()) {
        cases.add(new Case(names.pairing(d.name(), b.value()), b));
      }
      cases.add(new Case(names.unknown(d.name()), catalog.unknownFor(d)));
    }
    List<String> classes = cases.stream().map(Case::className).toList();

    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
    check(catalog, cases, render(css, classes), Theme.LIGHT, "light by default");

    page.evaluate("() => document.documentElement.setAttribute('data-badge-theme', 'dark')");
    check(catalog, cases, render(css, classes), Theme.DARK, "data-badge-theme=dark");

    page.evaluate("() => document.documentElement.removeAttribute('data-badge-theme')");
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
    check(catalog, cases, render(css, classes), Theme.DARK, "prefers-color-scheme: dark");

    page.evaluate("() => document.documentElement.setAttribute('data-badge-theme', 'light')");
    check(
        catalog,
        cases,
        render(css, classes),
        Theme.LIGHT,
        "prefers dark but data-badge-theme=light");

    page.evaluate(
        "() => { document.documentElement.removeAttribute('data-badge-theme');"
            + " document.getElementById('host').setAttribute('data-badge-theme', 'light'); }");
    check(
        catalog, cases, render(css, classes), Theme.LIGHT, "prefers dark, container forced light");

    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
    page.evaluate("() => document.getElementById('host').setAttribute('data-badge-theme', 'dark')");
    check(catalog, cases, render(css, classes), Theme.DARK, "prefers light, container forced dark");
  }

  @Test
  void withDarkModeAttributeADarkSystemSettingLeavesBadgesLightUnlessThePageAsksForDark() {
    BadgeCatalog catalog = TestCatalogs.builtin();
    String css =
        new String(
            TokenExporter.export(catalog, TokenOptions.defaults().withDarkMode(DarkMode.ATTRIBUTE))
                .get(TokenExporter.CSS),
            StandardCharsets.UTF_8);
    CssNames names = new CssNames("badge");
    List<Case> cases = new ArrayList<>();
    for (Domain d : catalog.domains().values()) {
      for (Badge b : d.values()) {
        cases.add(new Case(names.pairing(d.name(), b.value()), b));
      }
    }
    List<String> classes = cases.stream().map(Case::className).toList();

    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
    check(catalog, cases, render(css, classes), Theme.LIGHT, "prefers dark, no attribute");

    page.evaluate("() => document.documentElement.setAttribute('data-badge-theme', 'dark')");
    check(catalog, cases, render(css, classes), Theme.DARK, "data-badge-theme=dark");

    page.evaluate("() => document.documentElement.removeAttribute('data-badge-theme')");
    page.evaluate("() => document.getElementById('host').setAttribute('data-badge-theme', 'dark')");
    check(catalog, cases, render(css, classes), Theme.DARK, "container forced dark");
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
  }

  @Test
  void progressIconsSpinUnlessReducedMotionIsPreferred() {
    BadgeCatalog catalog = TestCatalogs.builtin();
    String css =
        new String(
            TokenExporter.export(catalog, TokenOptions.defaults()).get(TokenExporter.CSS),
            StandardCharsets.UTF_8);
    CssNames names = new CssNames("badge");
    List<String> classes =
        List.of(
            names.pairing("operation_run.status", "running"),
            names.pairing("operation_run.status", "queued"));
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.NO_PREFERENCE));
    List<Map<String, Object>> moving = render(css, classes);
    assertEquals("badge-spin", moving.get(0).get("animation"));
    assertEquals("none", moving.get(1).get("animation"));
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    List<Map<String, Object>> still = render(css, classes);
    assertEquals("none", still.get(0).get("animation"));
    assertEquals("none", still.get(1).get("animation"));
  }

  @Test
  void forcedColorsKeepABorderAndAVisibleIcon() {
    BadgeCatalog catalog = TestCatalogs.awkward();
    String css =
        new String(
            TokenExporter.export(catalog, TokenOptions.defaults()).get(TokenExporter.CSS),
            StandardCharsets.UTF_8);
    CssNames names = new CssNames("badge");
    List<String> classes =
        List.of(names.pairing("2fa.status*/", "ok"), names.pairing("2fa.status*/", "404"));
    page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
    for (Map<String, Object> b : render(css, classes)) {
      assertEquals("solid", b.get("borderStyle"), b.toString());
      assertEquals("1px", b.get("borderWidth"), b.toString());
      assertEquals(b.get("fg"), b.get("icon"), "icon painted in the forced text colour: " + b);
      assertEquals(b.get("fg"), b.get("border"), "border in the forced text colour: " + b);
      assertTrue(!b.get("bg").equals(b.get("fg")), "text stays legible: " + b);
    }
  }

  private List<Map<String, Object>> render(String css, List<String> classes) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> result =
        (List<Map<String, Object>>) page.evaluate(RENDER_SCRIPT, List.of(css, classes));
    return result;
  }

  private static void check(
      BadgeCatalog catalog,
      List<Case> cases,
      List<Map<String, Object>> rendered,
      Theme theme,
      String mode) {
    assertEquals(cases.size(), rendered.size());
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Map<String, Object> r = rendered.get(i);
      ToneColors colors = catalog.tones().get(c.badge().tone()).colors(theme);
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("bg", rgb(colors.background()));
      expected.put("fg", rgb(colors.foreground()));
      expected.put("border", colors.border() == null ? "rgba(0, 0, 0, 0)" : rgb(colors.border()));
      expected.put("icon", rgb(colors.iconColor()));
      Map<String, Object> actual = new LinkedHashMap<>();
      for (String key : expected.keySet()) {
        actual.put(key, r.get(key));
      }
      assertEquals(expected, actual, mode + ": ." + c.className());
      assertEquals("inline-flex", r.get("display"), c.className());
      assertTrue(
          String.valueOf(r.get("mask")).startsWith("url(\"data:image/svg+xml,"),
          c.className() + ": " + r.get("mask"));
      assertTrue(
          String.valueOf(r.get("mask")).contains("lucide-" + c.badge().icon() + "'"),
          c.className() + " icon " + c.badge().icon());
    }
  }

  private static String rgb(Rgb c) {
    return "rgb(" + c.red() + ", " + c.green() + ", " + c.blue() + ")";
  }
}

package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.site.browser.RenderedSite.Pairing;
import dev.unifiedbadges.tokens.CssNames;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the rendered badges mean, read back from the browser: for every pairing and fallback in both
 * themes, the computed colours are the tone's tokens, the contrast measured from them meets the
 * level, the label is the definition's, and the icon is there, visible, painted in the icon colour
 * and hidden from assistive technology. Unknown values render the fallback, on the page and through
 * the JS module's {@code badgeFor}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadgeSemanticsTest {

  private static final Pattern RGB =
      Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");
  private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

  /** Everything a check needs of one rendered badge, read in one evaluation per page. */
  private static final String READ_BADGE =
      """
      function readBadge(b, base = "badge") {
        const s = getComputedStyle(b);
        const icons = b.querySelectorAll(":scope > ." + base + "__icon");
        const labels = b.querySelectorAll(":scope > ." + base + "__label");
        const icon = icons[0];
        const is = icon ? getComputedStyle(icon) : null;
        const box = icon ? icon.getBoundingClientRect() : null;
        const own = b.getBoundingClientRect();
        return {
          className: b.className,
          children: b.children.length,
          bg: s.backgroundColor,
          fg: s.color,
          borders: [s.borderTopColor, s.borderRightColor, s.borderBottomColor, s.borderLeftColor],
          borderStyle: s.borderTopStyle,
          borderWidth: s.borderTopWidth,
          visible: s.display !== "none" && s.visibility === "visible" && own.width > 0 && own.height > 0,
          label: labels.length === 1 ? labels[0].textContent : null,
          labelCount: labels.length,
          iconCount: icons.length,
          iconHidden: icon ? icon.getAttribute("aria-hidden") : null,
          iconWidth: box ? box.width : 0,
          iconHeight: box ? box.height : 0,
          iconShown: is ? is.visibility === "visible" && is.display !== "none" && Number(is.opacity) > 0 : false,
          iconMask: is ? (is.maskImage && is.maskImage !== "none" ? is.maskImage : is.webkitMaskImage) : null,
          iconColor: is ? is.backgroundColor : null,
          iconInside: box ? box.left >= own.left && box.right <= own.right && box.top >= own.top && box.bottom <= own.bottom : false,
        };
      }
      """;

  /** A class prefix other than the default, so nothing can work only because it says "badge". */
  private static final String CUSTOM_PREFIX = "ub";

  private Browsers browsers;
  private RenderedSite site;
  private RenderedSite prefixed;
  private SiteServer server;
  private BadgeCatalog catalog;

  @BeforeAll
  void start() {
    browsers = Browsers.shared();
    site = RenderedSite.sharedBuiltin();
    catalog = site.catalog();
    prefixed = RenderedSite.of(catalog, CUSTOM_PREFIX);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (site != null) {
      site.close();
    }
    if (prefixed != null) {
      prefixed.close();
    }
    if (browsers != null) {
      browsers.close();
    }
  }

  /** Both themes of the default site and of one whose CSS uses another class prefix. */
  Stream<Arguments> prefixesAndThemes() {
    return Stream.of(TokenOptions.DEFAULT_PREFIX, CUSTOM_PREFIX)
        .flatMap(p -> Stream.of(Theme.values()).map(t -> Arguments.of(p, t)));
  }

  private RenderedSite site(String prefix) {
    return prefix.equals(CUSTOM_PREFIX) ? prefixed : site;
  }

  /**
   * Each domain page in one theme: both preview panes of every row (the pane's own theme is forced
   * on it, so the light page's dark pane must show dark colours too).
   */
  @ParameterizedTest(name = "{0}: {1} page")
  @MethodSource("prefixesAndThemes")
  void everyPairingHasItsTokensLabelAndIcon(String prefix, Theme pageTheme) {
    RenderedSite site = site(prefix);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    try (BrowserContext context = browsers.newContext(pageTheme)) {
      Page page = context.newPage();
      Map<Domain, List<Pairing>> byDomain = new LinkedHashMap<>();
      for (Pairing p : site.pairings()) {
        byDomain.computeIfAbsent(p.domain(), d -> new ArrayList<>()).add(p);
      }
      for (Map.Entry<Domain, List<Pairing>> e : byDomain.entrySet()) {
        page.navigate(site.url(RenderedSite.pagePath(e.getKey()), "theme=" + pageTheme.id()));
        Browsers.settle(page);
        Map<String, Map<String, Object>> rows = readRows(page, site.css());
        assertEquals(
            e.getValue().size(), rows.size(), "rows on " + page.url() + ": " + rows.keySet());
        for (Pairing p : e.getValue()) {
          Map<String, Object> row = rows.get(p.id());
          if (row == null) {
            problems.add(p.name() + ": no row #" + p.id());
            continue;
          }
          for (Theme pane : Theme.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> b = (Map<String, Object>) row.get(pane.id());
            checkBadge(
                problems,
                p.name() + " (" + pane.id() + " pane of the " + pageTheme.id() + " page)",
                b,
                p.badge(),
                site.css().base() + " " + p.cssClass(),
                pane);
            checked++;
          }
          if (p.fallback()) {
            assertEquals(
                SiteRenderer.SAMPLE_UNKNOWN_VALUE,
                row.get("example"),
                p.name() + ": the fallback row's example value");
          } else {
            assertEquals(p.badge().value(), row.get("value"), p.name() + ": the row's value");
          }
        }
      }
    }
    assertTrue(
        problems.isEmpty(), problems.size() + " problems:\n  " + String.join("\n  ", problems));
    assertEquals(site.pairings().size() * 2, checked);
  }

  /** The index shows every badge of a small catalog, in the page's own theme. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("prefixesAndThemes")
  void indexBadgesFollowThePageTheme(String prefix, Theme theme) {
    RenderedSite site = site(prefix);
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = context.newPage();
      page.navigate(site.url("index.html", "theme=" + theme.id()));
      Browsers.settle(page);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> badges =
          (List<Map<String, Object>>)
              page.evaluate(
                  "(base) => { "
                      + READ_BADGE
                      + " return [...document.querySelectorAll('[data-filter-value] a.badge-link')]"
                      + ".map((a) => Object.assign(readBadge(a.querySelector('.' + base), base), { href: a.getAttribute('href') })); }",
                  site.css().base());
      Map<String, Pairing> byHref = new HashMap<>();
      for (Pairing p : site.pairings()) {
        if (!p.fallback()) {
          byHref.put(p.page() + "#" + p.id(), p);
        }
      }
      assertEquals(catalog.pairingCount(), badges.size(), "every pairing on the index");
      for (Map<String, Object> b : badges) {
        Pairing p = byHref.get(String.valueOf(b.get("href")));
        if (p == null) {
          problems.add("index badge links to " + b.get("href") + ", which is no pairing");
          continue;
        }
        checkBadge(
            problems,
            "index " + p.name(),
            b,
            p.badge(),
            site.css().base() + " " + p.cssClass(),
            theme);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> unknown =
          (Map<String, Object>)
              page.evaluate(
                  "(base) => { "
                      + READ_BADGE
                      + " return readBadge(document.querySelector('.fallback-sample .' + base), base); }",
                  site.css().base());
      CssNames css = site.css();
      checkBadge(
          problems,
          "index catalog fallback",
          unknown,
          catalog.unknown(),
          css.base() + " " + css.catalogUnknown(),
          theme);
    }
    assertTrue(
        problems.isEmpty(), problems.size() + " problems:\n  " + String.join("\n  ", problems));
  }

  /** The theme switch recolours the badges too, whatever attribute the badge CSS follows. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {TokenOptions.DEFAULT_PREFIX, CUSTOM_PREFIX})
  void theThemeSwitchRecoloursTheBadges(String prefix) {
    RenderedSite site = site(prefix);
    Pairing first = site.pairings().get(0);
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(site.url("index.html"));
      Browsers.settle(page);
      for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
        page.locator("input[name=site--theme][value=" + theme.id() + "]").check();
        @SuppressWarnings("unchecked")
        Map<String, Object> b =
            (Map<String, Object>)
                page.evaluate(
                    "([c, base]) => { "
                        + READ_BADGE
                        + " return readBadge(document.querySelector('.' + c), base); }",
                    List.of(first.cssClass(), site.css().base()));
        List<String> problems = new ArrayList<>();
        checkBadge(
            problems,
            "index " + first.name() + " after choosing " + theme.id(),
            b,
            first.badge(),
            site.css().base() + " " + first.cssClass(),
            theme);
        assertTrue(problems.isEmpty(), String.join("\n  ", problems));
      }
    }
  }

  /**
   * An unknown value resolves to the domain's fallback in the JS module, which the CSS then paints.
   */
  @Test
  void badgeForRendersTheFallbackForAnUnknownValue() {
    // A module cannot be imported from file:// (CORS), so this page comes from a local server.
    server = SiteServer.start(site.root());
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = browsers.newContext(Theme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(server.url("index.html?theme=light"));
      Browsers.settle(page);
      for (Domain d : catalog.domainList()) {
        Badge expected = catalog.unknownFor(d);
        Badge known = d.values().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> r =
            (Map<String, Object>)
                page.evaluate(
                    "async ([domain, known]) => { "
                        + READ_BADGE
                        + " const m = await import('./downloads/js/badges.js');"
                        + " const render = (x) => { const b = document.createElement('span');"
                        + "   b.className = 'badge ' + x.className;"
                        + "   const i = document.createElement('span'); i.className = 'badge__icon'; i.setAttribute('aria-hidden', 'true');"
                        + "   const l = document.createElement('span'); l.className = 'badge__label'; l.textContent = x.label;"
                        + "   b.append(i, l); document.body.append(b); const out = readBadge(b); b.remove(); return out; };"
                        + " const nope = m.badgeFor(domain, 'nope');"
                        + " return { value: nope.value, label: nope.label, tone: nope.tone, className: nope.className,"
                        + "   nullLabel: m.badgeFor(domain, null).label, knownLabel: m.badgeFor(domain, known).label,"
                        + "   rendered: render(nope) }; }",
                    List.of(d.name(), known.value()));
        String where = "badgeFor('" + d.name() + "', 'nope')";
        CssNames css = new CssNames(TokenOptions.DEFAULT_PREFIX);
        assertEquals(expected.label(), r.get("label"), where);
        assertEquals(expected.tone(), r.get("tone"), where);
        assertEquals(css.unknown(d.name()), r.get("className"), where);
        assertEquals(expected.label(), r.get("nullLabel"), "badgeFor('" + d.name() + "', null)");
        assertEquals(
            known.label(),
            r.get("knownLabel"),
            "badgeFor('" + d.name() + "', '" + known.value() + "')");
        @SuppressWarnings("unchecked")
        Map<String, Object> rendered = (Map<String, Object>) r.get("rendered");
        checkBadge(
            problems,
            where + " rendered",
            rendered,
            expected,
            "badge " + css.unknown(d.name()),
            Theme.LIGHT);
      }
      Object alias =
          page.evaluate(
              "async () => (await import('./downloads/js/badges.js')).badgeFor('operation_run.outcome', 'canceled').label");
      assertEquals("Cancelled", alias, "an alias resolves to its value");
    }
    assertTrue(
        problems.isEmpty(), problems.size() + " problems:\n  " + String.join("\n  ", problems));
  }

  /**
   * Reads every row of a domain page: its id, value or example value, and the badge of each pane.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> readRows(Page page, CssNames css) {
    return (Map<String, Map<String, Object>>)
        page.evaluate(
            "([attr, base]) => { "
                + READ_BADGE
                + " const out = {};"
                + " for (const row of document.querySelectorAll('li.pairing, div.pairing--fallback')) {"
                + "   const one = (sel) => { const all = row.querySelectorAll(sel); return all.length === 1 ? readBadge(all[0], base) : { count: all.length }; };"
                + "   const value = row.querySelector('.pairing__value');"
                + "   const example = row.querySelector('.facts dd code');"
                + "   out[row.id] = { light: one('.preview--light[' + attr + '=light] > .' + base), dark: one('.preview--dark[' + attr + '=dark] > .' + base),"
                + "     value: value ? value.textContent : null, example: example ? example.textContent : null };"
                + " }"
                + " return out; }",
            List.of(css.themeAttribute(), css.base()));
  }

  private void checkBadge(
      List<String> problems,
      String where,
      Map<String, Object> b,
      Badge badge,
      String classes,
      Theme theme) {
    if (b == null || b.containsKey("count")) {
      problems.add(
          where + ": expected exactly one badge, found " + (b == null ? 0 : b.get("count")));
      return;
    }
    ToneColors colors = catalog.tone(badge).colors(theme);
    expect(problems, where, "class", classes, b.get("className"));
    expect(problems, where, "children (icon, label)", 2, ((Number) b.get("children")).intValue());
    expect(problems, where, "visible", true, b.get("visible"));
    expect(problems, where, "background-color", css(colors.background()), b.get("bg"));
    expect(problems, where, "color", css(colors.foreground()), b.get("fg"));
    String border = colors.border() == null ? TRANSPARENT : css(colors.border());
    expect(
        problems,
        where,
        "border colours",
        List.of(border, border, border, border),
        b.get("borders"));
    expect(problems, where, "label", badge.label(), b.get("label"));
    expect(problems, where, "icon elements", 1, ((Number) b.get("iconCount")).intValue());
    expect(problems, where, "icon aria-hidden", "true", b.get("iconHidden"));
    expect(problems, where, "icon colour", css(colors.iconColor()), b.get("iconColor"));
    expect(problems, where, "icon shown (visibility, display, opacity)", true, b.get("iconShown"));
    expect(problems, where, "icon inside the badge", true, b.get("iconInside"));
    double w = ((Number) b.get("iconWidth")).doubleValue();
    double h = ((Number) b.get("iconHeight")).doubleValue();
    if (!(w >= 8 && h >= 8)) {
      problems.add(where + ": icon box " + w + "x" + h + " is too small to see");
    }
    String mask = String.valueOf(b.get("iconMask"));
    if (!mask.startsWith("url(\"data:image/svg+xml,")
        || !mask.contains("lucide-" + badge.icon() + "'")) {
      problems.add(
          where + ": icon mask is not the Lucide " + badge.icon() + " icon: " + abbreviate(mask));
    }
    Rgb bg = parse(String.valueOf(b.get("bg")));
    Rgb fg = parse(String.valueOf(b.get("fg")));
    Rgb icon = parse(String.valueOf(b.get("iconColor")));
    if (bg != null && fg != null) {
      double text = Rgb.contrast(fg, bg);
      if (!ContrastLevel.AA.textPasses(text)) {
        problems.add(
            String.format(
                Locale.ROOT, "%s: text contrast %.2f:1 is below AA (4.5:1)", where, text));
      }
      if (icon != null && Rgb.contrast(icon, bg) < ContrastLevel.NON_TEXT_MINIMUM) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s: icon contrast %.2f:1 is below 3:1",
                where,
                Rgb.contrast(icon, bg)));
      }
      Rgb drawn = parse(border);
      if (drawn != null && Rgb.contrast(drawn, bg) < ContrastLevel.NON_TEXT_MINIMUM) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s: border contrast %.2f:1 is below 3:1",
                where,
                Rgb.contrast(drawn, bg)));
      }
    } else {
      problems.add(where + ": colours not opaque rgb(): " + b.get("bg") + " / " + b.get("fg"));
    }
    if (colors.border() != null) {
      expect(problems, where, "border style", "solid", b.get("borderStyle"));
      expect(problems, where, "border width", "1px", b.get("borderWidth"));
    }
  }

  private static void expect(
      List<String> problems, String where, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(where + ": " + what + " is " + actual + ", expected " + expected);
    }
  }

  /** {@code rgb(r, g, b)} as getComputedStyle writes it. */
  static String css(Rgb c) {
    return "rgb(" + c.red() + ", " + c.green() + ", " + c.blue() + ")";
  }

  /** An opaque computed colour, or null (transparent or not an rgb() colour). */
  static Rgb parse(String computed) {
    Matcher m = RGB.matcher(computed);
    if (!m.matches() || (m.group(4) != null && Double.parseDouble(m.group(4)) < 1)) {
      return null;
    }
    return new Rgb(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static String abbreviate(String s) {
    return s.length() > 90 ? s.substring(0, 90) + "…" : s;
  }
}

package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import dev.unifiedbadges.model.VariantColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The variant, size and icon-only modifiers of badges.css in headless Chromium: every variant
 * paints its tone's variant colours in both themes, from the badge's class or an ancestor's
 * attribute (the badge's own class winning), sizes scale text and icon, icon-only keeps the label
 * for screen readers, and forced colours and reduced motion hold in every variant.
 */
class VariantCssInChromiumTest {

  private static Playwright playwright;
  private static Browser browser;
  private Page page;
  private static final CssNames N = new CssNames("badge");
  private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

  @BeforeAll
  static void launch() {
    Path executable = Chromium.expected();
    Assumptions.assumeTrue(Files.isExecutable(executable), "no Chromium at " + executable);
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

  private static final String RENDER_SCRIPT =
      """
      ([css, classes, hostAttributes]) => {
        if (!document.getElementById("badges")) {
          const style = document.createElement("style");
          style.id = "badges";
          style.textContent = css;
          document.head.appendChild(style);
        }
        document.getElementById("host")?.remove();
        const host = document.createElement("div");
        host.id = "host";
        for (const [k, v] of Object.entries(hostAttributes)) host.setAttribute(k, v);
        for (const c of classes) {
          const b = document.createElement("span");
          b.className = "badge " + c;
          const icon = document.createElement("span");
          icon.className = "badge__icon";
          icon.setAttribute("aria-hidden", "true");
          const label = document.createElement("span");
          label.className = "badge__label";
          label.textContent = "Failed";
          b.append(icon, label);
          host.append(b);
        }
        document.body.append(host);
        return [...host.children].map((b) => {
          const s = getComputedStyle(b);
          const i = getComputedStyle(b.firstElementChild);
          const l = b.lastElementChild.getBoundingClientRect();
          return {
            bg: s.backgroundColor,
            fg: s.color,
            border: s.borderTopColor,
            borderStyle: s.borderTopStyle,
            borderWidth: s.borderTopWidth,
            fontSize: s.fontSize,
            icon: i.backgroundColor,
            iconWidth: i.width,
            iconRadius: i.borderTopLeftRadius,
            mask: i.maskImage || i.webkitMaskImage,
            animation: i.animationName,
            labelWidth: l.width,
            labelText: b.lastElementChild.textContent,
          };
        });
      }
      """;

  private List<Map<String, Object>> render(
      String css, List<String> classes, Map<String, String> hostAttributes) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> result =
        (List<Map<String, Object>>)
            page.evaluate(RENDER_SCRIPT, List.of(css, classes, hostAttributes));
    return result;
  }

  private static String css(BadgeCatalog catalog) {
    return new String(
        TokenExporter.export(catalog, TokenOptions.defaults()).get(TokenExporter.CSS),
        StandardCharsets.UTF_8);
  }

  private record Case(String pairing, Badge badge) {}

  private static List<Case> cases(BadgeCatalog catalog) {
    List<Case> cases = new ArrayList<>();
    for (Domain d : catalog.domains().values()) {
      for (Badge b : d.values()) {
        cases.add(new Case(N.pairing(d.name(), b.value()), b));
      }
    }
    return cases;
  }

  @Test
  void everyVariantPaintsItsToneColoursInBothThemesFromClassOrAncestor() {
    BadgeCatalog catalog = TestCatalogs.builtin();
    String css = css(catalog);
    List<Case> cases = cases(catalog);
    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
    for (Theme theme : Theme.values()) {
      for (Variant v : Variant.values()) {
        String theming = theme == Theme.DARK ? "dark" : "light";
        List<String> byClass =
            cases.stream()
                .map(c -> v == Variant.SUBTLE ? c.pairing() : c.pairing() + " " + N.variant(v))
                .toList();
        check(catalog, cases, render(css, byClass, Map.of("data-badge-theme", theming)), theme, v);
        if (v != Variant.SUBTLE) {
          List<String> plain = cases.stream().map(Case::pairing).toList();
          check(
              catalog,
              cases,
              render(css, plain, Map.of("data-badge-theme", theming, N.variantAttribute(), v.id())),
              theme,
              v);
          // The badge's own class wins over the ancestor's attribute.
          Variant other = v == Variant.SOLID ? Variant.DOT : Variant.SOLID;
          List<String> overridden =
              cases.stream().map(c -> c.pairing() + " " + N.variant(other)).toList();
          check(
              catalog,
              cases,
              render(
                  css,
                  overridden,
                  Map.of("data-badge-theme", theming, N.variantAttribute(), v.id())),
              theme,
              other);
        }
      }
    }
  }

  private static void check(
      BadgeCatalog catalog,
      List<Case> cases,
      List<Map<String, Object>> rendered,
      Theme theme,
      Variant v) {
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Map<String, Object> r = rendered.get(i);
      VariantColors colors =
          catalog.tones().get(c.badge().tone()).variant(theme, v, catalog.surface(theme));
      String what = theme + " " + v + " ." + c.pairing();
      assertEquals(
          colors.background() == null ? TRANSPARENT : rgb(colors.background()),
          r.get("bg"),
          what + " fill");
      assertEquals(rgb(colors.foreground()), r.get("fg"), what + " text");
      Rgb border =
          colors.border() != null
              ? colors.border()
              : v == Variant.SOLID ? colors.background() : null;
      assertEquals(border == null ? TRANSPARENT : rgb(border), r.get("border"), what + " border");
      assertEquals(
          rgb(v == Variant.DOT ? colors.dot() : colors.icon()), r.get("icon"), what + " icon");
      if (v == Variant.DOT) {
        assertEquals("none", r.get("mask"), what);
        assertEquals("50%", r.get("iconRadius"), what);
        assertEquals("6px", r.get("iconWidth"), what);
      } else {
        assertTrue(String.valueOf(r.get("mask")).startsWith("url("), what);
      }
    }
  }

  @Test
  void sizesScaleTextAndIconFromClassOrAncestorNeverBelowElevenPixels() {
    String css = css(TestCatalogs.builtin());
    String pairing = N.pairing("operation_run.status", "completed");
    List<Map<String, Object>> byClass =
        render(
            css,
            List.of(pairing + " " + N.size(Size.SM), pairing, pairing + " " + N.size(Size.LG)),
            Map.of());
    assertEquals("11px", byClass.get(0).get("fontSize"));
    assertEquals("12px", byClass.get(1).get("fontSize"));
    assertEquals("14px", byClass.get(2).get("fontSize"));
    assertEquals("11px", byClass.get(0).get("iconWidth"));
    assertTrue(px(byClass.get(1).get("iconWidth")) > 13, "md icon " + byClass.get(1));
    assertTrue(px(byClass.get(2).get("iconWidth")) > 16, "lg icon " + byClass.get(2));
    List<Map<String, Object>> byAncestor =
        render(
            css,
            List.of(pairing, pairing + " " + N.size(Size.LG)),
            Map.of(N.sizeAttribute(), "sm"));
    assertEquals("11px", byAncestor.get(0).get("fontSize"));
    assertEquals("14px", byAncestor.get(1).get("fontSize"), "the badge's own class wins");
    for (Size s : Size.values()) {
      assertEquals(
          s.fontPixels() + "px",
          render(css, List.of(pairing), Map.of(N.sizeAttribute(), s.id())).get(0).get("fontSize"));
    }
  }

  @Test
  void iconOnlyKeepsTheLabelForScreenReaders() {
    String css = css(TestCatalogs.builtin());
    String pairing = N.pairing("operation_run.status", "completed");
    List<Map<String, Object>> r =
        render(
            css,
            List.of(
                pairing,
                pairing + " " + N.iconOnly(),
                pairing + " " + N.variant(Variant.DOT) + " " + N.iconOnly()),
            Map.of());
    assertTrue(((Number) r.get(0).get("labelWidth")).doubleValue() > 20, r.get(0).toString());
    for (Map<String, Object> b : r.subList(1, 3)) {
      assertEquals(1.0, ((Number) b.get("labelWidth")).doubleValue(), b.toString());
      assertEquals("Failed", b.get("labelText"));
    }
    assertEquals("50%", r.get(2).get("iconRadius"), "a dot alone");
  }

  @Test
  void forcedColorsAndReducedMotionHoldInEveryVariant() {
    String css = css(TestCatalogs.builtin());
    String running = N.pairing("operation_run.status", "running");
    List<String> classes = new ArrayList<>();
    for (Variant v : Variant.values()) {
      classes.add(v == Variant.SUBTLE ? running : running + " " + N.variant(v));
    }
    page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
    for (Map<String, Object> b : render(css, classes, Map.of())) {
      assertEquals("solid", b.get("borderStyle"), b.toString());
      assertEquals("1px", b.get("borderWidth"), b.toString());
      assertEquals(b.get("fg"), b.get("icon"), "icon or dot in the forced text colour: " + b);
      assertEquals(b.get("fg"), b.get("border"), "border in the forced text colour: " + b);
      assertNotEquals(b.get("bg"), b.get("fg"), "text stays legible: " + b);
    }
    page.emulateMedia(
        new Page.EmulateMediaOptions()
            .setForcedColors(ForcedColors.NONE)
            .setReducedMotion(ReducedMotion.NO_PREFERENCE));
    List<Map<String, Object>> moving = render(css, classes, Map.of());
    for (int i = 0; i < 3; i++) {
      assertEquals("badge-spin", moving.get(i).get("animation"), classes.get(i));
    }
    page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    for (Map<String, Object> b : render(css, classes, Map.of())) {
      assertEquals("none", b.get("animation"), b.toString());
    }
  }

  private static double px(Object css) {
    return Double.parseDouble(String.valueOf(css).replace("px", ""));
  }

  private static String rgb(Rgb c) {
    return "rgb(" + c.red() + ", " + c.green() + ", " + c.blue() + ")";
  }
}

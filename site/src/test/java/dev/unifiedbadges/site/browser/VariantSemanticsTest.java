package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.VariantColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.site.browser.VariantMatrix.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the variant and size classes paint, read back from Chromium on the {@link VariantMatrix}
 * page: for every tone, variant and size in each theme, the computed colours of the badge and its
 * icon (or dot) are the model's {@link VariantColors}, the font size is the size's, the icon box
 * scales with it, and an icon-only badge keeps its label in the accessibility tree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantSemanticsTest {

  private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

  private static final String READ =
      """
      ([attr, icon, label]) => Object.fromEntries([...document.querySelectorAll("[" + attr + "]")].map((b) => {
        const s = getComputedStyle(b);
        const i = b.querySelector(":scope > ." + icon);
        const is = getComputedStyle(i);
        const l = b.querySelector(":scope > ." + label);
        const box = i.getBoundingClientRect();
        const lbox = l.getBoundingClientRect();
        const own = b.getBoundingClientRect();
        return [b.getAttribute(attr), {
          bg: s.backgroundColor, fg: s.color,
          borders: [s.borderTopColor, s.borderRightColor, s.borderBottomColor, s.borderLeftColor],
          borderStyle: s.borderTopStyle, borderWidth: s.borderTopWidth,
          fontSize: s.fontSize,
          iconBg: is.backgroundColor,
          iconMask: is.maskImage && is.maskImage !== "none" ? is.maskImage : is.webkitMaskImage,
          iconRadius: is.borderTopLeftRadius,
          iconWidth: box.width, iconHeight: box.height,
          iconShown: is.display !== "none" && is.visibility === "visible" && box.width > 0,
          iconInside: box.left >= own.left && box.right <= own.right && box.top >= own.top && box.bottom <= own.bottom,
          label: l.textContent, labelWidth: lbox.width, labelHeight: lbox.height,
          width: own.width, height: own.height,
        }];
      }))
      """;

  private Browsers browsers;
  private RenderedSite site;
  private BadgeCatalog catalog;

  @BeforeAll
  void start() {
    browsers = Browsers.shared();
    site = RenderedSite.sharedBuiltin();
    catalog = site.catalog();
  }

  @AfterAll
  void stop() {
    try {
      if (site != null) {
        site.close();
      }
    } finally {
      if (browsers != null) {
        browsers.close();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void variantsAndSizesPaintTheModelsColoursAndSizes(Theme theme) {
    List<Sample> samples = VariantMatrix.samples(catalog);
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = context.newPage();
      page.navigate(VariantMatrix.write(site, theme, List.of(Size.values())));
      Browsers.settle(page);
      Map<String, Map<String, Object>> read = read(page, "data-shot");
      assertEquals(samples.size() * 4 * 3, read.size(), "badges on the page: " + read.keySet());
      int checked = 0;
      for (Sample sample : samples) {
        for (Variant variant : Variant.values()) {
          VariantColors expected =
              catalog.tones().get(sample.tone()).variant(theme, variant, catalog.surface(theme));
          double previousIcon = 0;
          for (Size size : Size.values()) {
            String key = VariantMatrix.name(sample.tone(), variant, size);
            String where = theme.id() + " " + key;
            Map<String, Object> b = read.get(key);
            if (b == null) {
              problems.add(where + ": not on the page");
              continue;
            }
            checkColours(problems, where, b, expected, sample.badge().label());
            expect(problems, where, "font-size", size.fontPixels() + "px", b.get("fontSize"));
            double icon = number(b, "iconWidth");
            double ratio = icon / size.fontPixels();
            // The icon is 1–1.15em; the dot 0.5em.
            double min = variant == Variant.DOT ? 0.45 : 0.95;
            double max = variant == Variant.DOT ? 0.55 : 1.2;
            if (ratio < min || ratio > max || Math.abs(icon - number(b, "iconHeight")) > 0.01) {
              problems.add(
                  String.format(
                      Locale.ROOT,
                      "%s: icon box %.2fx%.2f at %dpx text (%.2fem, expected %.2f-%.2fem)",
                      where,
                      icon,
                      number(b, "iconHeight"),
                      size.fontPixels(),
                      ratio,
                      min,
                      max));
            }
            if (!(icon > previousIcon)) {
              problems.add(where + ": icon box " + icon + " not larger than the smaller size's");
            }
            previousIcon = icon;
            checked++;
          }
        }
      }
      assertEquals(samples.size() * 4 * 3, checked);
    }
    assertTrue(
        problems.isEmpty(), problems.size() + " problems:\n  " + String.join("\n  ", problems));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void iconOnlyBadgesKeepTheirLabelForAssistiveTechnology(Theme theme) {
    List<Sample> samples = VariantMatrix.samples(catalog);
    List<String> problems = new ArrayList<>();
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = context.newPage();
      page.navigate(VariantMatrix.write(site, theme, List.of(Size.values())));
      Browsers.settle(page);
      Map<String, Map<String, Object>> read = read(page, "data-icon-only");
      assertEquals(samples.size() * 4, read.size(), "icon-only badges: " + read.keySet());
      for (Sample sample : samples) {
        String label = sample.badge().label();
        for (Variant variant : Variant.values()) {
          String key = sample.tone() + "--" + variant.id();
          String where = theme.id() + " icon-only " + key;
          Map<String, Object> b = read.get(key);
          VariantColors expected =
              catalog.tones().get(sample.tone()).variant(theme, variant, catalog.surface(theme));
          checkColours(problems, where, b, expected, label);
          if (number(b, "labelWidth") > 1.01 || number(b, "labelHeight") > 1.01) {
            problems.add(
                where
                    + ": the label is not visually hidden ("
                    + b.get("labelWidth")
                    + "x"
                    + b.get("labelHeight")
                    + ")");
          }
          if (number(b, "width") > number(b, "iconWidth") * 2 + 8) {
            problems.add(where + ": " + b.get("width") + "px wide, not just the icon");
          }
          Locator badge = page.locator("[data-icon-only=\"" + key + "\"]");
          String aria = badge.ariaSnapshot();
          if (!aria.contains(label)) {
            problems.add(where + ": the accessibility tree lacks the label: " + aria);
          }
          if (badge.getByText(label, new Locator.GetByTextOptions().setExact(true)).count() != 1) {
            problems.add(where + ": getByText(\"" + label + "\") does not find the hidden label");
          }
        }
      }
    }
    assertTrue(
        problems.isEmpty(), problems.size() + " problems:\n  " + String.join("\n  ", problems));
  }

  private void checkColours(
      List<String> problems,
      String where,
      Map<String, Object> b,
      VariantColors expected,
      String label) {
    String surface = BadgeSemanticsTest.css(expected.surface().background());
    Object bg = b.get("bg");
    if (expected.background() == null) {
      if (!TRANSPARENT.equals(bg) && !surface.equals(bg)) {
        problems.add(
            where + ": background-color is " + bg + ", expected transparent or " + surface);
      }
    } else {
      expect(problems, where, "background-color", css(expected.background()), bg);
    }
    expect(problems, where, "color", css(expected.foreground()), b.get("fg"));
    @SuppressWarnings("unchecked")
    List<Object> borders = (List<Object>) b.get("borders");
    if (expected.border() != null) {
      String c = css(expected.border());
      expect(problems, where, "border colours", List.of(c, c, c, c), borders);
      expect(problems, where, "border style", "solid", b.get("borderStyle"));
      expect(problems, where, "border width", "1px", b.get("borderWidth"));
    } else {
      // No border of its own: none drawn, or one in the fill's colour (solid).
      for (Object c : borders) {
        if (!TRANSPARENT.equals(c) && !c.equals(bg)) {
          problems.add(
              where
                  + ": border colour "
                  + c
                  + " shows, the model has none (background "
                  + bg
                  + ")");
          break;
        }
      }
    }
    String mask = String.valueOf(b.get("iconMask"));
    if (expected.variant() == Variant.DOT) {
      expect(problems, where, "dot colour", css(expected.dot()), b.get("iconBg"));
      if (!"none".equals(mask) && !"null".equals(mask)) {
        problems.add(where + ": the dot has an icon mask " + abbreviate(mask));
      }
      expect(problems, where, "dot border-radius", "50%", b.get("iconRadius"));
    } else {
      expect(problems, where, "icon colour", css(expected.icon()), b.get("iconBg"));
      if (!mask.startsWith("url(\"data:image/svg+xml,")) {
        problems.add(where + ": no icon mask: " + abbreviate(mask));
      }
    }
    expect(problems, where, "icon shown", true, b.get("iconShown"));
    expect(problems, where, "icon inside the badge", true, b.get("iconInside"));
    expect(problems, where, "label", label, b.get("label"));
    Rgb fg = expected.foreground();
    Rgb behind = expected.behind();
    if (Rgb.contrast(fg, behind) < 4.5) {
      problems.add(
          String.format(
              Locale.ROOT,
              "%s: the model's text contrast %.2f:1 is below 4.5:1",
              where,
              Rgb.contrast(fg, behind)));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> read(Page page, String attribute) {
    return (Map<String, Map<String, Object>>)
        page.evaluate(
            READ, List.of(attribute, site.css().iconElement(), site.css().labelElement()));
  }

  private static double number(Map<String, Object> b, String key) {
    return ((Number) b.get(key)).doubleValue();
  }

  private static String css(Rgb c) {
    return BadgeSemanticsTest.css(c);
  }

  private static void expect(
      List<String> problems, String where, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(where + ": " + what + " is " + actual + ", expected " + expected);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}

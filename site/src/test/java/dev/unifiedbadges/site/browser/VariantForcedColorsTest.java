package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ForcedColors;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.runtime.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four variants under forced colours (Windows High Contrast), on the {@link VariantMatrix} page
 * at md: every badge, icon-only ones included, keeps a visible border, and the dot variant's dot is
 * painted. A screenshot of the page is written to {@code target/variant-screenshots/} and, with
 * {@code -Dbadges.updateBaselines=true}, to {@code docs/screenshots/forced-colors-<theme>.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantForcedColorsTest {

  private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";

  private Browsers browsers;
  private RenderedSite site;

  @BeforeAll
  void start() {
    browsers = Browsers.shared();
    site = RenderedSite.sharedBuiltin();
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
  void everyVariantKeepsABorderAndTheDotUnderForcedColours(Theme theme) {
    List<String> problems = new ArrayList<>();
    List<Map<String, Object>> found;
    try (BrowserContext context = browsers.newContext(theme)) {
      Page page = context.newPage();
      page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
      page.navigate(VariantMatrix.write(site, theme, List.of(Size.MD)));
      Browsers.settle(page);
      assertEquals(true, page.evaluate("() => matchMedia('(forced-colors: active)').matches"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> read =
          (List<Map<String, Object>>)
              page.evaluate(
                  """
                  ([icon]) => [...document.querySelectorAll("[data-shot], [data-icon-only]")].map((b) => {
                    const s = getComputedStyle(b);
                    const i = getComputedStyle(b.querySelector(":scope > ." + icon));
                    return {
                      key: (b.hasAttribute("data-shot") ? "" : "icon-only ") + (b.getAttribute("data-shot") || b.getAttribute("data-icon-only")),
                      dot: b.matches("[data-shot*='--dot--'], [data-icon-only$='--dot']"),
                      styles: [s.borderTopStyle, s.borderRightStyle, s.borderBottomStyle, s.borderLeftStyle],
                      widths: [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].map(parseFloat),
                      border: s.borderTopColor, bg: s.backgroundColor, fg: s.color,
                      iconBg: i.backgroundColor, iconDisplay: i.display, iconVisibility: i.visibility,
                      iconWidth: parseFloat(i.width),
                    };
                  })
                  """,
                  List.of(site.css().iconElement()));
      found = read;
      byte[] shot = page.locator("main").screenshot(Browsers.screenshot());
      save(theme, shot);
    }
    assertEquals(VariantMatrix.samples(site.catalog()).size() * 4 * 2, found.size(), "badges");
    int dots = 0;
    for (Map<String, Object> b : found) {
      String where = theme.id() + " " + b.get("key");
      @SuppressWarnings("unchecked")
      List<Object> styles = (List<Object>) b.get("styles");
      @SuppressWarnings("unchecked")
      List<Object> widths = (List<Object>) b.get("widths");
      for (int side = 0; side < 4; side++) {
        if ("none".equals(styles.get(side))
            || "hidden".equals(styles.get(side))
            || ((Number) widths.get(side)).doubleValue() <= 0) {
          problems.add(where + ": no border (" + styles + " " + widths + ")");
          break;
        }
      }
      Object border = b.get("border");
      if (TRANSPARENT.equals(border) || border.equals(b.get("bg"))) {
        problems.add(where + ": border colour " + border + " on background " + b.get("bg"));
      }
      if (b.get("fg").equals(b.get("bg"))) {
        problems.add(where + ": text colour equals the background " + b.get("bg"));
      }
      Object icon = b.get("iconBg");
      if (TRANSPARENT.equals(icon) || icon.equals(b.get("bg"))) {
        problems.add(
            where
                + ": "
                + (Boolean.TRUE.equals(b.get("dot")) ? "dot" : "icon")
                + " colour "
                + icon
                + " on background "
                + b.get("bg"));
      }
      if ("none".equals(b.get("iconDisplay"))
          || !"visible".equals(b.get("iconVisibility"))
          || ((Number) b.get("iconWidth")).doubleValue() <= 0) {
        problems.add(where + ": the icon or dot is not shown");
      }
      if (Boolean.TRUE.equals(b.get("dot"))) {
        dots++;
      }
    }
    assertEquals(VariantMatrix.samples(site.catalog()).size() * 2, dots, "dot badges checked");
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  private static void save(Theme theme, byte[] png) {
    String name = "forced-colors-" + theme.id() + ".png";
    List<Path> dirs = new ArrayList<>();
    dirs.add(VisualBaselines.buildDir().resolve("variant-screenshots"));
    if (VisualBaselines.updating()) {
      dirs.add(VariantMatrix.docsScreenshots());
    }
    try {
      for (Path dir : dirs) {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

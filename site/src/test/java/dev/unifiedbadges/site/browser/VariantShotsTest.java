package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One representative badge of every tone in every variant and size, in light and dark (6 × 4 × 3 ×
 * 2 = 144 element shots from one page load per theme, see {@link VariantMatrix}), pixel-compared
 * with the committed baselines under {@code src/test/resources/variant-baselines/<theme>/<tone>--
 * <variant>--<size>.png} with the same comparison as {@link VisualRegressionTest}. On a mismatch
 * the report is {@code target/variant-visual-report/index.html}; {@code
 * -Dbadges.updateBaselines=true} rewrites the baselines and the contact sheets {@code
 * docs/screenshots/variants-matrix-<theme>.png} instead.
 *
 * <p>The baselines live beside {@code baselines/}, not inside it: {@link VisualRegressionTest}
 * treats every PNG under {@code baselines/} as a catalog badge, reports the others as orphans and
 * deletes them when updating.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariantShotsTest {

  private long started;
  private Browsers browsers;
  private RenderedSite site;

  @BeforeAll
  void start() {
    started = System.nanoTime();
    browsers = Browsers.shared();
    site = RenderedSite.sharedBuiltin();
  }

  @AfterAll
  void stop() {
    try {
      if (site != null) {
        site.close();
      }
      if (browsers != null) {
        browsers.close();
      }
    } finally {
      System.out.printf(
          Locale.ROOT,
          "[visual] variants: %.1f s (browser start included if this class started it; %s)%n",
          (System.nanoTime() - started) / 1e9,
          browsers == null ? "no browser" : browsers.description());
    }
  }

  /** {@code <repo>/site/src/test/resources/variant-baselines}, next to the catalog baselines. */
  static Path baselines() {
    return VisualBaselines.baselineDir().resolveSibling("variant-baselines");
  }

  @Test
  void everyToneVariantAndSizeMatchesItsBaselineInBothThemes() {
    List<Size> sizes = List.of(Size.values());
    int tones = site.catalog().tones().size();
    assertEquals(6, tones, "the built-in tones");
    SortedMap<String, byte[]> shots = new TreeMap<>();
    SortedMap<Theme, byte[]> sheets = new TreeMap<>();
    for (Theme theme : Theme.values()) {
      try (BrowserContext context = browsers.newContext(theme)) {
        Page page = context.newPage();
        page.navigate(VariantMatrix.write(site, theme, sizes));
        Browsers.settle(page);
        Locator badges = page.locator("[data-shot]");
        int count = badges.count();
        assertEquals(tones * Variant.values().length * sizes.size(), count, "badges on the page");
        for (int i = 0; i < count; i++) {
          Locator badge = badges.nth(i);
          String key = theme.id() + "/" + badge.getAttribute("data-shot");
          if (shots.put(key, badge.screenshot(Browsers.screenshot())) != null) {
            throw new AssertionError("two badges named " + key);
          }
        }
        sheets.put(theme, page.locator("main").screenshot(Browsers.screenshot()));
      }
    }
    assertEquals(tones * 4 * 3 * 2, shots.size(), "one shot per tone, variant, size and theme");

    Path buildDir = VisualBaselines.buildDir();
    writeSheets(sheets, buildDir.resolve("variant-screenshots"));
    Path baselines = baselines();
    if (VisualBaselines.updating()) {
      int changed = VisualBaselines.update(shots, baselines);
      writeSheets(sheets, VariantMatrix.docsScreenshots());
      System.out.printf(
          Locale.ROOT,
          "[visual] -D%s=true: updated %d variant baseline files (%d shots) under %s%n",
          VisualBaselines.UPDATE_PROPERTY,
          changed,
          shots.size(),
          baselines.toAbsolutePath());
    }
    VisualBaselines.Outcome outcome =
        VisualBaselines.compare(
            shots,
            baselines,
            buildDir.resolve("variant-visual-report"),
            VisualBaselines.OPTIONS,
            true);
    assertTrue(outcome.ok(), outcome::message);
    assertEquals(shots.size(), outcome.passed().size());
  }

  private static void writeSheets(SortedMap<Theme, byte[]> sheets, Path dir) {
    try {
      Files.createDirectories(dir);
      for (var e : sheets.entrySet()) {
        Files.write(dir.resolve("variants-matrix-" + e.getKey().id() + ".png"), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

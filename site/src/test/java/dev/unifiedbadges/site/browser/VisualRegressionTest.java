package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every badge of the built-in catalog (each value and each domain's unknown fallback), as the
 * catalog site renders it in light and dark, pixel-compared with the committed baselines under
 * {@code src/test/resources/baselines/<theme>/<domain>--<value>.png}. On a mismatch the report is
 * {@code target/visual-report/index.html}; {@code -Dbadges.updateBaselines=true} rewrites the
 * baselines instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisualRegressionTest {

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
          "[visual] built-in catalog: %d screenshots in %.1f s (browser start included if this class started it; %s)%n",
          site == null ? 0 : site.pairings().size() * Theme.values().length,
          (System.nanoTime() - started) / 1e9,
          browsers == null ? "no browser" : browsers.description());
    }
  }

  @Test
  void everyBadgeMatchesItsBaselineInBothThemes() {
    int pairings = site.catalog().pairingCount();
    int fallbacks = site.catalog().domains().size();
    assertEquals(pairings + fallbacks, site.pairings().size());

    SortedMap<String, byte[]> shots = BadgeShots.capture(browsers, site);
    assertEquals((pairings + fallbacks) * 2, shots.size(), "one screenshot per badge and theme");

    Path baselines = VisualBaselines.baselineDir();
    if (VisualBaselines.updating()) {
      int changed = VisualBaselines.update(shots, baselines);
      System.out.printf(
          Locale.ROOT,
          "[visual] -D%s=true: updated %d baseline files (%d badges) under %s%n",
          VisualBaselines.UPDATE_PROPERTY,
          changed,
          shots.size(),
          baselines.toAbsolutePath());
    }
    VisualBaselines.Outcome outcome =
        VisualBaselines.compare(
            shots,
            baselines,
            VisualBaselines.buildDir().resolve("visual-report"),
            VisualBaselines.OPTIONS,
            true);
    assertTrue(outcome.ok(), outcome::message);
    assertEquals(shots.size(), outcome.passed().size());
  }
}

package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.site.browser.RenderedSite.Pairing;
import dev.unifiedbadges.testing.TestCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the visual comparison fails when it should: the built-in catalog with the warning tone's
 * light background moved one palette step (amber-100 to amber-200) must fail exactly the light
 * screenshots of the pairings using that tone, and nothing else.
 *
 * <p>The failure is expected, so the test is silent when it passes: it prints nothing, and its
 * report goes to a JUnit temporary directory (deleted afterwards), never under {@code target/},
 * where it could be mistaken for a real mismatch. Only if the comparison stops detecting the change
 * does this test fail, with the comparison's message in the assertion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisualRegressionDetectsChangesTest {

  static final String TONE = "warning";
  static final Rgb ALTERED_BACKGROUND = Rgb.of("#fde68a");

  private Browsers browsers;
  private RenderedSite site;

  @BeforeAll
  void start() {
    Assumptions.assumeFalse(
        VisualBaselines.updating(),
        "baselines are being rewritten (-Dbadges.updateBaselines=true): nothing to compare against");
    browsers = Browsers.shared();
    site = RenderedSite.of(withWarningLightBackground(TestCatalogs.builtin(), ALTERED_BACKGROUND));
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

  /** The catalog with one tone's light background replaced; everything else as it was. */
  static BadgeCatalog withWarningLightBackground(BadgeCatalog base, Rgb background) {
    Map<String, Tone> tones = new TreeMap<>(base.tones());
    Tone tone = tones.get(TONE);
    ToneColors light = tone.light();
    assertFalse(light.background().equals(background), "the colour really changes");
    tones.put(
        TONE,
        new Tone(
            TONE,
            new ToneColors(background, light.foreground(), light.border(), light.icon()),
            tone.dark()));
    return new BadgeCatalog(tones, base.domains(), base.unknown());
  }

  @Test
  void aChangedToneFailsExactlyItsPairingsAndWritesTheReport(@TempDir Path tempDir)
      throws IOException {
    SortedSet<String> expectedFailures = new TreeSet<>();
    SortedSet<String> sameToneOtherTheme = new TreeSet<>();
    for (Pairing p : site.pairings()) {
      if (p.badge().tone().equals(TONE)) {
        expectedFailures.add(BadgeShots.key(Theme.LIGHT, p));
        sameToneOtherTheme.add(BadgeShots.key(Theme.DARK, p));
      }
    }
    assertTrue(
        expectedFailures.size() >= 5,
        "the built-in catalog uses " + TONE + " for several pairings: " + expectedFailures);

    SortedMap<String, byte[]> shots = BadgeShots.capture(browsers, site);
    Path reportDir = tempDir.resolve("visual-report");
    VisualBaselines.Outcome outcome =
        VisualBaselines.compare(
            shots, VisualBaselines.baselineDir(), reportDir, VisualBaselines.OPTIONS, true);

    assertFalse(
        outcome.ok(),
        () ->
            "the visual comparison did not detect the "
                + TONE
                + " light background changed to "
                + ALTERED_BACKGROUND
                + " in any of "
                + outcome.compared()
                + " screenshots");
    assertEquals(
        expectedFailures,
        outcome.failedKeys(),
        () ->
            "exactly the light "
                + TONE
                + " badges fail; the comparison said:\n"
                + outcome.message());
    assertTrue(
        outcome.passed().containsAll(sameToneOtherTheme),
        () -> "the dark theme is untouched:\n" + outcome.message());
    assertEquals(
        shots.size() - expectedFailures.size(),
        outcome.passed().size(),
        () -> "every other badge still matches:\n" + outcome.message());
    for (VisualBaselines.Failure f : outcome.failures()) {
      assertTrue(f.result().sameSize(), f.key());
      int pixels = f.result().expectedWidth() * f.result().expectedHeight();
      assertTrue(
          f.result().diffPixels() > pixels / 3,
          "the background is most of the badge: " + f.key() + " " + f.reason());
    }

    String message = outcome.message();
    for (String key : expectedFailures) {
      assertTrue(message.contains(key), "the message names " + key);
    }
    assertTrue(
        message.contains(reportDir.resolve("index.html").toAbsolutePath().toString()), message);

    String index = Files.readString(reportDir.resolve("index.html"), StandardCharsets.UTF_8);
    for (String key : expectedFailures) {
      for (String kind : new String[] {"expected", "actual", "diff"}) {
        Path png = reportDir.resolve(key + "." + kind + ".png");
        assertTrue(Files.isRegularFile(png), "report file " + png);
        PixelDiff.decode(Files.readAllBytes(png));
        assertTrue(
            index.contains("src=\"" + key + "." + kind + ".png\""),
            "index links " + key + " " + kind + " relatively");
      }
    }
    try (Stream<Path> files = Files.walk(reportDir)) {
      assertEquals(
          1 + 3 * expectedFailures.size(),
          files.filter(Files::isRegularFile).count(),
          "index.html and 3 PNGs per failure");
    }
  }
}

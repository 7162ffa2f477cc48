package dev.unifiedbadges.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SolidColorsTest {

  private static final Rgb WHITE = Rgb.of("#ffffff");
  private static final Rgb DARK = Rgb.of("#0f172a");

  /** Built-in light-theme borders: neutral, info, success, warning, danger, accent. */
  private static final List<String> LIGHT_BORDERS =
      List.of("#64748b", "#2563eb", "#15803d", "#b45309", "#dc2626", "#9333ea");

  /** Built-in dark-theme borders, same order. */
  private static final List<String> DARK_BORDERS =
      List.of("#94a3b8", "#60a5fa", "#22c55e", "#f59e0b", "#f87171", "#c084fc");

  @ParameterizedTest
  @ValueSource(strings = {"#64748b", "#2563eb", "#15803d", "#b45309", "#dc2626", "#9333ea"})
  void lightBordersTakeWhiteTextAtAa(String hex) {
    SolidColors.Result r = SolidColors.derive(Rgb.of(hex), WHITE, DARK, 4.5);
    assertEquals(WHITE, r.foreground());
    assertTrue(Rgb.contrast(r.background(), r.foreground()) >= 4.5);
    // Every built-in light border already passes, so it is its own solid background.
    assertEquals(hex, r.background().hex());
  }

  @ParameterizedTest
  @ValueSource(strings = {"#94a3b8", "#60a5fa", "#22c55e", "#f59e0b", "#f87171", "#c084fc"})
  void darkBordersTakeDarkTextAtAa(String hex) {
    SolidColors.Result r = SolidColors.derive(Rgb.of(hex), WHITE, DARK, 4.5);
    assertEquals(DARK, r.foreground());
    assertTrue(Rgb.contrast(r.background(), r.foreground()) >= 4.5);
    assertEquals(hex, r.background().hex());
  }

  @Test
  void aBaseThatPassesIsReturnedUnchanged() {
    Rgb base = Rgb.of("#2563eb");
    assertSame(base, SolidColors.derive(base, WHITE, DARK, 4.5).background());
  }

  /**
   * Pinned results where the rule has to move. Checked by eye: each keeps its hue family, light
   * text darkens the background and dark text lightens it, and the last step only just passes.
   */
  @ParameterizedTest
  @CsvSource({
    // violet-500 fails both texts at AA (4.23 with white): one shade darker, still violet
    "#8b5cf6, 4.5, #8757f1, #ffffff",
    // the built-in borders at AAA: darker under white, lighter under #0f172a
    "#64748b, 7.0, #4b5a70, #ffffff",
    "#2563eb, 7.0, #0f4cd3, #ffffff",
    "#15803d, 7.0, #00662c, #ffffff",
    "#b45309, 7.0, #934100, #ffffff",
    "#dc2626, 7.0, #b50010, #ffffff",
    "#9333ea, 7.0, #8113d5, #ffffff",
    "#94a3b8, 7.0, #96a5ba, #0f172a",
    "#60a5fa, 7.0, #60a5fa, #0f172a",
    "#f87171, 7.0, #ff7b7a, #0f172a",
    "#c084fc, 7.0, #c48aff, #0f172a",
    "#3b82f6, 7.0, #6ba3ff, #0f172a"
  })
  void pinnedResults(String base, double min, String background, String foreground) {
    SolidColors.Result r = SolidColors.derive(Rgb.of(base), WHITE, DARK, min);
    assertEquals(background, r.background().hex());
    assertEquals(foreground, r.foreground().hex());
    assertTrue(Rgb.contrast(r.background(), r.foreground()) >= min);
  }

  @ParameterizedTest
  @ValueSource(doubles = {4.5, 7.0})
  void hueStaysWithinTwoDegreesForChromaticColours(double min) {
    List<String> bases = new ArrayList<>(LIGHT_BORDERS);
    bases.addAll(DARK_BORDERS);
    bases.addAll(List.of("#3b82f6", "#ef4444", "#8b5cf6", "#10b981", "#ec4899", "#06b6d4"));
    int checked = 0;
    for (String hex : bases) {
      Oklch before = Oklch.of(Rgb.of(hex));
      if (before.c() < 0.05) {
        continue; // greys: 8-bit rounding alone moves a near-zero chroma's hue
      }
      SolidColors.Result r = SolidColors.derive(Rgb.of(hex), WHITE, DARK, min);
      assertTrue(Rgb.contrast(r.background(), r.foreground()) >= min, hex);
      Oklch after = Oklch.of(r.background());
      double drift = Math.abs(after.h() - before.h());
      drift = Math.min(drift, 360 - drift);
      assertTrue(drift <= 2.0, hex + " hue drifted " + drift + " degrees to " + r.background());
      checked++;
    }
    assertEquals(16, checked);
  }

  @Test
  void lightnessMovesAwayFromTheText() {
    Rgb under = Rgb.of("#dc2626");
    SolidColors.Result light = SolidColors.derive(under, WHITE, DARK, 7.0);
    assertTrue(Oklch.of(light.background()).l() < Oklch.of(under).l());
    Rgb over = Rgb.of("#f87171");
    SolidColors.Result dark = SolidColors.derive(over, WHITE, DARK, 7.0);
    assertTrue(Oklch.of(dark.background()).l() > Oklch.of(over).l());
  }

  @Test
  void whenNothingReachesTheMinimumTheLastStepIsReturned() {
    // Neither text can reach 21:1, so the background runs to L = 0 under the lighter text...
    SolidColors.Result down =
        SolidColors.derive(Rgb.of("#777777"), Rgb.of("#eeeeee"), Rgb.of("#dddddd"), 21.0);
    assertEquals("#000000", down.background().hex());
    assertEquals("#eeeeee", down.foreground().hex());
    assertTrue(Rgb.contrast(down.background(), down.foreground()) < 21.0);
    // ...and to L = 1 under the darker one.
    SolidColors.Result up =
        SolidColors.derive(Rgb.of("#888888"), Rgb.of("#222222"), Rgb.of("#111111"), 21.0);
    assertEquals("#ffffff", up.background().hex());
    assertEquals("#111111", up.foreground().hex());
  }

  @Test
  void resultsAreRepeatableAndLocaleIndependent() {
    List<String> bases = new ArrayList<>(LIGHT_BORDERS);
    bases.addAll(DARK_BORDERS);
    List<SolidColors.Result> first = deriveAll(bases);
    assertEquals(first, deriveAll(bases));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      List<SolidColors.Result> turkish = deriveAll(bases);
      assertEquals(first, turkish);
      assertEquals("#0f4cd3", turkish.get(1).background().hex());
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<SolidColors.Result> deriveAll(List<String> bases) {
    List<SolidColors.Result> out = new ArrayList<>();
    for (String hex : bases) {
      out.add(SolidColors.derive(Rgb.of(hex), WHITE, DARK, 7.0));
    }
    return out;
  }

  @Test
  void rejectsAnImpossibleMinimumAndNulls() {
    Rgb base = Rgb.of("#2563eb");
    for (double bad : new double[] {Double.NaN, 0.5, 21.5, Double.POSITIVE_INFINITY}) {
      assertThrows(
          IllegalArgumentException.class, () -> SolidColors.derive(base, WHITE, DARK, bad));
    }
    assertThrows(NullPointerException.class, () -> SolidColors.derive(null, WHITE, DARK, 4.5));
    assertThrows(NullPointerException.class, () -> SolidColors.derive(base, null, DARK, 4.5));
    assertThrows(NullPointerException.class, () -> SolidColors.derive(base, WHITE, null, 4.5));
  }
}

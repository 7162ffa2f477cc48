package dev.unifiedbadges.model.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OklchTest {

  /** Reference values from Ottosson's post and the CSS Color 4 sample code, to 6 decimals. */
  @ParameterizedTest
  @CsvSource({
    "#ffffff, 1.000000,  0.000000,  0.000000",
    "#000000, 0.000000,  0.000000,  0.000000",
    "#ff0000, 0.627955,  0.224863,  0.125846",
    "#00ff00, 0.866440, -0.233888,  0.179498",
    "#0000ff, 0.452014, -0.032457, -0.311528"
  })
  void oklabMatchesReferenceValues(String hex, double l, double a, double b) {
    Oklch.Lab lab = Oklch.oklab(Rgb.of(hex));
    assertEquals(l, lab.l(), 1e-6, "L");
    assertEquals(a, lab.a(), 1e-6, "a");
    assertEquals(b, lab.b(), 1e-6, "b");
  }

  @Test
  void polarFormOfRed() {
    // CSS Color 4: red is oklch(62.8% 0.2577 29.23).
    Oklch red = Oklch.of(Rgb.of("#ff0000"));
    assertEquals(0.627955, red.l(), 1e-6);
    assertEquals(0.257683, red.c(), 1e-6);
    assertEquals(29.2339, red.h(), 1e-4);
  }

  @Test
  void hueIsNormalisedToZeroUpTo360() {
    // Blue's b axis is negative, so atan2 is negative before normalisation.
    Oklch blue = Oklch.of(Rgb.of("#0000ff"));
    assertEquals(264.052, blue.h(), 1e-3);
    for (int v = 0; v < 256; v += 5) {
      double h = Oklch.of(new Rgb(v, 255 - v, (v * 7) % 256)).h();
      assertTrue(h >= 0 && h < 360, "hue " + h);
    }
  }

  @Test
  void labAndLchConvertBothWays() {
    Oklch.Lab lab = Oklch.oklab(Rgb.of("#9333ea"));
    Oklch.Lab back = lab.toOklch().toLab();
    assertEquals(lab.l(), back.l(), 1e-12);
    assertEquals(lab.a(), back.a(), 1e-12);
    assertEquals(lab.b(), back.b(), 1e-12);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#64748b", "#2563eb", "#15803d", "#b45309", "#dc2626", "#9333ea", "#94a3b8", "#60a5fa",
        "#22c55e", "#f59e0b", "#f87171", "#c084fc", "#ffffff", "#000000", "#ff0000", "#00ff00",
        "#0000ff", "#ffff00", "#00ffff", "#ff00ff"
      })
  void toneColoursAndCornersRoundTrip(String hex) {
    Oklch lch = Oklch.of(Rgb.of(hex));
    assertTrue(lch.inSrgbGamut(), hex);
    assertEquals(hex, lch.toRgb().hex());
  }

  @Test
  void aGridOfSrgbAndEveryGreyRoundTrip() {
    for (int r = 0; r < 256; r += 17) {
      for (int g = 0; g < 256; g += 17) {
        for (int b = 0; b < 256; b += 17) {
          Rgb rgb = new Rgb(r, g, b);
          assertEquals(rgb, Oklch.of(rgb).toRgb());
        }
      }
    }
    for (int v = 0; v < 256; v++) {
      Rgb grey = new Rgb(v, v, v);
      assertEquals(grey, Oklch.of(grey).toRgb());
      assertTrue(Oklch.of(grey).c() < 1e-6, "grey chroma");
    }
  }

  @Test
  void outOfGamutColoursLoseChromaAtConstantLightnessAndHue() {
    Oklch vivid = new Oklch(0.7, 0.4, 150.0);
    assertTrue(!vivid.inSrgbGamut());
    Rgb mapped = vivid.toRgb();
    Oklch back = Oklch.of(mapped);
    assertTrue(back.c() < 0.4, "chroma reduced: " + back.c());
    assertTrue(back.c() > 0.15, "but not to grey: " + back.c());
    // 8-bit rounding moves lightness and hue a little, no more.
    assertEquals(0.7, back.l(), 0.003);
    assertEquals(150.0, back.h(), 0.5);
    // Maximal: a little more chroma than the mapped colour's leaves the gamut.
    assertTrue(!new Oklch(0.7, back.c() + 0.003, 150.0).inSrgbGamut());
  }

  @Test
  void lightnessOutsideZeroToOneIsClamped() {
    assertEquals("#ffffff", new Oklch(1.2, 0.1, 40).toRgb().hex());
    assertEquals("#000000", new Oklch(-0.1, 0.1, 40).toRgb().hex());
    assertEquals("#ffffff", new Oklch(1.0, 0.0, 0).toRgb().hex());
    assertEquals("#000000", new Oklch(0.0, 0.0, 0).toRgb().hex());
  }

  @Test
  void conversionsAreRepeatable() {
    List<String> hexes = List.of("#2563eb", "#b45309", "#c084fc");
    for (String hex : hexes) {
      Oklch once = Oklch.of(Rgb.of(hex));
      Oklch twice = Oklch.of(Rgb.of(hex));
      assertEquals(once, twice);
      assertEquals(once.withLightness(0.3).toRgb(), twice.withLightness(0.3).toRgb());
    }
  }

  @Test
  void rejectsNonFiniteComponentsAndNegativeChroma() {
    assertThrows(IllegalArgumentException.class, () -> new Oklch(Double.NaN, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Oklch(0.5, Double.POSITIVE_INFINITY, 0));
    assertThrows(IllegalArgumentException.class, () -> new Oklch(0.5, 0.1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new Oklch(0.5, -0.1, 0));
    assertThrows(NullPointerException.class, () -> Oklch.of(null));
  }
}

package dev.unifiedbadges.model.color;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.validate.Validator;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RgbTest {

  private static final Rgb WHITE = Rgb.of("#ffffff");
  private static final Rgb BLACK = Rgb.of("#000000");

  @Test
  void parsesShortAndLongHexInEitherCase() {
    assertEquals(Optional.of(new Rgb(0xaa, 0xbb, 0xcc)), Rgb.parse("#abc"));
    assertEquals(Optional.of(new Rgb(0xaa, 0xbb, 0xcc)), Rgb.parse("#ABC"));
    assertEquals(Optional.of(new Rgb(0x1e, 0x3a, 0x8a)), Rgb.parse("#1e3a8a"));
    assertEquals(Optional.of(new Rgb(0x1e, 0x3a, 0x8a)), Rgb.parse("#1E3A8A"));
    assertEquals(Optional.of(new Rgb(0, 0, 0)), Rgb.parse("#000"));
    assertEquals(Optional.of(new Rgb(255, 255, 255)), Rgb.parse("#ffffff"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "#",
        "#1",
        "#12",
        "#1234",
        "#12345",
        "#1234567",
        "#12345678",
        "abc",
        "abcdef",
        "#ggg",
        "#gggggg",
        "#12345g",
        " #fff",
        "#fff ",
        "#fff\n",
        "red",
        "rgb(0,0,0)",
        "0x123456",
        "##123456",
        "#ｆｆｆ",
        "#١٢٣"
      })
  void rejectsEverythingElse(String text) {
    assertEquals(Optional.empty(), Rgb.parse(text));
    if (text != null) {
      assertThrows(IllegalArgumentException.class, () -> Rgb.of(text));
    }
  }

  @Test
  void channelsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Rgb(0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Rgb(0, 0, 1000));
  }

  @Test
  void hexRoundTripsAndIsLowerCaseLongForm() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      Rgb c = new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256));
      String hex = c.hex();
      assertTrue(hex.matches("#[0-9a-f]{6}"), hex);
      assertEquals(c, Rgb.of(hex));
      assertEquals(c, Rgb.of(hex.toUpperCase(java.util.Locale.ROOT)));
      assertEquals(hex, c.toString());
    }
    assertEquals("#aabbcc", Rgb.of("#ABC").hex());
  }

  @Test
  void componentsAreChannelsOverTwoFiftyFive() {
    assertArrayEquals(new double[] {1.0, 0.0, 51 / 255.0}, Rgb.of("#ff0033").components(), 1e-12);
  }

  @Test
  void relativeLuminanceOfBlackWhiteAndGreys() {
    assertEquals(0.0, BLACK.relativeLuminance(), 1e-12);
    assertEquals(1.0, WHITE.relativeLuminance(), 1e-12);
    // sRGB 0x77 = 119: ((119/255 + 0.055) / 1.055)^2.4
    assertEquals(
        Math.pow((119 / 255.0 + 0.055) / 1.055, 2.4), Rgb.of("#777777").relativeLuminance(), 1e-12);
    // The linear segment below 0.04045: 10/255/12.92
    assertEquals(10 / 255.0 / 12.92, Rgb.of("#0a0a0a").relativeLuminance(), 1e-12);
  }

  @Test
  void wcagContrastKnownValues() {
    assertEquals(21.0, Rgb.contrast(BLACK, WHITE), 1e-9);
    assertEquals(21.0, Rgb.contrast(WHITE, BLACK), 1e-9);
    assertEquals(1.0, Rgb.contrast(WHITE, WHITE), 1e-12);
    assertEquals(1.0, Rgb.contrast(Rgb.of("#777777"), Rgb.of("#777777")), 1e-12);
    // #777777 on white just misses AA (4.48:1); #767676 is the lightest grey that passes (4.54:1).
    double grey77 = Rgb.contrast(Rgb.of("#777777"), WHITE);
    assertEquals(4.48, grey77, 0.005);
    assertTrue(grey77 < 4.5);
    assertEquals(4.54, Rgb.contrast(Rgb.of("#767676"), WHITE), 0.005);
    assertEquals(
        "4.47:1", Validator.ratio(grey77), "ratios are rounded down, never up past a threshold");
    // Pure red on white: 3.998.
    assertEquals(4.0, Rgb.contrast(Rgb.of("#ff0000"), WHITE), 0.01);
  }

  @Test
  void contrastIsSymmetricAndBetweenOneAndTwentyOne() {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      Rgb a = new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256));
      Rgb b = new Rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256));
      double ab = Rgb.contrast(a, b);
      assertEquals(ab, Rgb.contrast(b, a), 1e-12);
      assertTrue(ab >= 1.0 && ab <= 21.0 + 1e-9, a + " " + b + " " + ab);
    }
  }
}

package dev.unifiedbadges.site.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The comparator the visual tests rely on, against hand-made images with known answers. */
class PixelDiffTest {

  private static final int WHITE = 0xFFFFFFFF;
  private static final int BLACK = 0xFF000000;

  private static BufferedImage filled(int w, int h, int argb) {
    int[] px = new int[w * h];
    Arrays.fill(px, argb);
    return PixelDiff.image(px, w, h);
  }

  private static BufferedImage copy(BufferedImage img) {
    return PixelDiff.image(PixelDiff.argb(img), img.getWidth(), img.getHeight());
  }

  private static int gray(int v) {
    return 0xFF000000 | v << 16 | v << 8 | v;
  }

  @Test
  void identicalImagesMatch() {
    BufferedImage a = filled(8, 5, 0xFF3366CC);
    PixelDiff.Result r = PixelDiff.compare(a, copy(a), PixelDiff.Options.defaults());
    assertTrue(r.matches(), r.summary());
    assertEquals(0, r.diffPixels());
    assertEquals(0, r.antiAliasedPixels());
    assertEquals(8, r.diff().getWidth());
    assertEquals(5, r.diff().getHeight());
  }

  @Test
  void imagesOfDifferentSizesNeverMatch() {
    PixelDiff.Options lenient =
        PixelDiff.Options.defaults().withThreshold(1).withMaxDiffPixels(Integer.MAX_VALUE);
    PixelDiff.Result r = PixelDiff.compare(filled(10, 4, WHITE), filled(11, 4, WHITE), lenient);
    assertFalse(r.sameSize());
    assertFalse(r.matches(), "a different size fails whatever the allowance");
    assertEquals("size differs: expected 10x4, actual 11x4", r.summary());
    assertEquals(11, r.diff().getWidth());
    assertEquals(0xFFFF0000, r.diff().getRGB(10, 0), "the column only one image has is marked red");
  }

  @Test
  void colourDeltaIsTheYiqDistanceSignedByBrightness() {
    assertEquals(0, PixelDiff.colorDelta(0xFF123456, 0xFF123456, false));
    // Black to white: only Y differs (I and Q of a grey are zero): 0.5053 × 255².
    double blackWhite = PixelDiff.colorDelta(BLACK, WHITE, false);
    assertEquals(0.5053 * 255 * 255, blackWhite, 0.5);
    assertTrue(blackWhite > 0, "positive when the second colour is brighter");
    assertEquals(
        -blackWhite, PixelDiff.colorDelta(WHITE, BLACK, false), 1e-9, "negative when it is darker");
    assertEquals(
        -255, PixelDiff.colorDelta(BLACK, WHITE, true), 0.01, "Y only: first minus second");
    // Transparent pixels are blended onto white first.
    assertEquals(0, PixelDiff.colorDelta(0x00000000, WHITE, false), 1e-9);
    assertEquals(
        PixelDiff.colorDelta(gray(127), WHITE, false),
        PixelDiff.colorDelta(0x80000000, WHITE, false),
        1e-6,
        "half-transparent black is 127 grey");
  }

  @Test
  void thirtyFiveThousandTwoHundredFifteenIsTheLargestDelta() {
    // The metric's maximum lies between corners of the RGB cube; pixelmatch rounds it to 35215.
    double max = 0;
    int[] corners = {
      0xFF000000, 0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFF00, 0xFFFF00FF, 0xFF00FFFF, 0xFFFFFFFF
    };
    for (int a : corners) {
      for (int b : corners) {
        max = Math.max(max, Math.abs(PixelDiff.colorDelta(a, b, false)));
      }
    }
    assertEquals(PixelDiff.MAX_DELTA, max, 1.0);
  }

  @Test
  void smallColourChangesStayUnderTheThreshold() {
    BufferedImage a = filled(6, 6, 0xFF808080);
    BufferedImage b = filled(6, 6, 0xFF838080);
    assertEquals(
        0,
        PixelDiff.compare(a, b, PixelDiff.Options.defaults()).diffPixels(),
        "3 units of red is below 0.1");
    assertEquals(
        36,
        PixelDiff.compare(a, b, PixelDiff.Options.defaults().withThreshold(0)).diffPixels(),
        "threshold 0: any change");
    BufferedImage c = filled(6, 6, 0xFFB08080);
    assertEquals(
        36,
        PixelDiff.compare(a, c, PixelDiff.Options.defaults()).diffPixels(),
        "48 units of red is above 0.1");
  }

  @Test
  void aRealChangeIsCountedAndDrawnRed() {
    BufferedImage a = filled(9, 9, WHITE);
    BufferedImage b = copy(a);
    for (int y = 3; y < 6; y++) {
      for (int x = 3; x < 6; x++) {
        b.setRGB(x, y, 0xFFCC2200);
      }
    }
    PixelDiff.Result r = PixelDiff.compare(a, b, PixelDiff.Options.defaults());
    assertEquals(9, r.diffPixels(), "a solid 3x3 block is no anti-aliasing: " + r.summary());
    assertEquals(0, r.antiAliasedPixels());
    assertFalse(r.matches());
    assertEquals(
        0xFFFF00FF,
        r.diff().getRGB(4, 4),
        "darker in the actual image: the alternative diff colour");
    int faded = r.diff().getRGB(0, 0);
    assertEquals(0xFFFFFFFF, faded, "unchanged white stays white in the faded copy");

    PixelDiff.Result lighter = PixelDiff.compare(b, a, PixelDiff.Options.defaults());
    assertEquals(0xFFFF0000, lighter.diff().getRGB(4, 4), "lighter in the actual image: red");
  }

  @Test
  void maxDiffPixelsIsAnAllowance() {
    BufferedImage a = filled(9, 9, WHITE);
    BufferedImage b = copy(a);
    for (int y = 3; y < 6; y++) {
      for (int x = 3; x < 6; x++) {
        b.setRGB(x, y, BLACK);
      }
    }
    assertTrue(
        PixelDiff.compare(a, b, PixelDiff.Options.defaults().withMaxDiffPixels(9)).matches());
    assertFalse(
        PixelDiff.compare(a, b, PixelDiff.Options.defaults().withMaxDiffPixels(8)).matches());
  }

  /**
   * A black-to-white edge with a grey anti-aliasing column between: a different grey in one pixel
   * of that column is anti-aliasing (a darker and a brighter neighbour, each inside a flat area),
   * not a difference.
   */
  @Test
  void antiAliasedPixelsAreNotCounted() {
    int w = 5;
    int h = 5;
    int[] px = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        px[y * w + x] = x < 2 ? BLACK : x == 2 ? gray(128) : WHITE;
      }
    }
    BufferedImage a = PixelDiff.image(px, w, h);
    BufferedImage b = copy(a);
    b.setRGB(2, 2, gray(200));

    int[] pa = PixelDiff.argb(a);
    int[] pb = PixelDiff.argb(b);
    assertTrue(PixelDiff.antialiased(pa, 2, 2, w, h, pb));
    assertTrue(PixelDiff.antialiased(pb, 2, 2, w, h, pa));
    assertFalse(PixelDiff.antialiased(pa, 0, 2, w, h, pb), "inside the flat black area");

    PixelDiff.Result r = PixelDiff.compare(a, b, PixelDiff.Options.defaults());
    assertEquals(0, r.diffPixels(), r.summary());
    assertEquals(1, r.antiAliasedPixels());
    assertTrue(r.matches());
    assertEquals(0xFFFFFF00, r.diff().getRGB(2, 2), "anti-aliasing drawn yellow");

    PixelDiff.Result strict =
        PixelDiff.compare(a, b, PixelDiff.Options.defaults().withIncludeAntiAliasing(true));
    assertEquals(1, strict.diffPixels(), "counted when anti-aliasing is included");
  }

  @Test
  void aChangedPixelInAFlatAreaIsNotAntiAliasing() {
    BufferedImage a = filled(5, 5, WHITE);
    BufferedImage b = copy(a);
    b.setRGB(2, 2, gray(100));
    int[] pa = PixelDiff.argb(a);
    int[] pb = PixelDiff.argb(b);
    assertFalse(PixelDiff.antialiased(pb, 2, 2, 5, 5, pa), "no darker and brighter neighbours");
    assertEquals(1, PixelDiff.compare(a, b, PixelDiff.Options.defaults()).diffPixels());
  }

  @Test
  void hasManySiblingsCountsEqualNeighbours() {
    int[] px = new int[9];
    Arrays.fill(px, WHITE);
    assertTrue(PixelDiff.hasManySiblings(px, 1, 1, 3, 3));
    int[] checker = new int[9];
    for (int i = 0; i < 9; i++) {
      checker[i] = i % 2 == 0 ? BLACK : WHITE;
    }
    // The centre of a 3x3 checkerboard (black) has four black diagonal neighbours.
    assertTrue(PixelDiff.hasManySiblings(checker, 1, 1, 3, 3));
    // An edge pixel counts its missing neighbours as one equal one: white (1,0) has two white
    // neighbours, (0,1) and (2,1), which makes three.
    assertTrue(PixelDiff.hasManySiblings(checker, 1, 0, 3, 3));
    int[] lone = new int[9];
    Arrays.fill(lone, WHITE);
    lone[4] = 0xFFFF0000;
    assertFalse(PixelDiff.hasManySiblings(lone, 1, 1, 3, 3), "a pixel unlike all eight neighbours");
    lone[0] = 0xFFFF0000;
    lone[8] = 0xFFFF0000;
    assertFalse(PixelDiff.hasManySiblings(lone, 1, 1, 3, 3), "two equal neighbours are not enough");
    lone[2] = 0xFFFF0000;
    assertTrue(PixelDiff.hasManySiblings(lone, 1, 1, 3, 3), "three are");
  }

  @Test
  void pngRoundTripKeepsEveryPixel() {
    BufferedImage a = filled(7, 3, 0xFF0A141E);
    a.setRGB(6, 2, 0x80FF0000);
    BufferedImage back = PixelDiff.decode(PixelDiff.encode(a));
    assertArrayEquals(PixelDiff.argb(a), PixelDiff.argb(back));
    assertThrows(IllegalArgumentException.class, () -> PixelDiff.decode(new byte[] {1, 2, 3}));
  }

  @Test
  void optionsAreChecked() {
    assertThrows(
        IllegalArgumentException.class, () -> PixelDiff.Options.defaults().withThreshold(1.5));
    assertThrows(
        IllegalArgumentException.class, () -> PixelDiff.Options.defaults().withMaxDiffPixels(-1));
    assertEquals(0.1, PixelDiff.Options.defaults().threshold());
  }
}

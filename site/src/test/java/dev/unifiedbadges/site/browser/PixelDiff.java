package dev.unifiedbadges.site.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A pixelmatch-style image comparison (after mapbox/pixelmatch 5): per pixel, the squared YIQ
 * colour distance of Kotsarenko and Ramos, compared with {@code 35215 × threshold²} (35215 being
 * the largest distance the metric gives); a pixel above it counts as different unless it looks like
 * anti-aliasing in either image (Vysniauskas's detector, as pixelmatch implements it). Images of
 * different sizes never match.
 *
 * <p>The diff image is pixelmatch's: unchanged pixels as a faded grey copy of the expected image,
 * differences in red (magenta where the actual pixel is darker), anti-aliasing in yellow.
 */
final class PixelDiff {

  /**
   * The largest value {@link #colorDelta} can return: the YIQ distance of the most different
   * colours.
   */
  static final double MAX_DELTA = 35215;

  private static final int DIFF = 0xFFFF0000;
  private static final int DIFF_DARKER = 0xFFFF00FF;
  private static final int ANTI_ALIASED = 0xFFFFFF00;

  /**
   * How strict a comparison is.
   *
   * @param threshold 0 to 1: the colour distance, as a fraction of the largest, below which pixels
   *     count as equal (pixelmatch's default 0.1)
   * @param maxDiffPixels how many differing pixels are still a match
   * @param includeAntiAliasing count anti-aliased pixels as differences too
   * @param alpha opacity of the faded expected image under the diff marks
   */
  record Options(double threshold, int maxDiffPixels, boolean includeAntiAliasing, double alpha) {

    Options {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be within 0..1: " + threshold);
      }
      if (maxDiffPixels < 0) {
        throw new IllegalArgumentException("maxDiffPixels must not be negative: " + maxDiffPixels);
      }
    }

    /** Threshold 0.1, no differing pixel allowed, anti-aliasing ignored. */
    static Options defaults() {
      return new Options(0.1, 0, false, 0.1);
    }

    Options withThreshold(double t) {
      return new Options(t, maxDiffPixels, includeAntiAliasing, alpha);
    }

    Options withMaxDiffPixels(int n) {
      return new Options(threshold, n, includeAntiAliasing, alpha);
    }

    Options withIncludeAntiAliasing(boolean include) {
      return new Options(threshold, maxDiffPixels, include, alpha);
    }
  }

  /**
   * The outcome of one comparison.
   *
   * @param expectedWidth the expected image's width (likewise the other sizes)
   * @param diffPixels pixels that differ beyond the threshold and are not anti-aliasing
   * @param antiAliasedPixels pixels that differ but were taken for anti-aliasing
   * @param diff the diff image (for images of different sizes: both overlaid, the mismatch in red)
   */
  record Result(
      int expectedWidth,
      int expectedHeight,
      int actualWidth,
      int actualHeight,
      int diffPixels,
      int antiAliasedPixels,
      Options options,
      BufferedImage diff) {

    boolean sameSize() {
      return expectedWidth == actualWidth && expectedHeight == actualHeight;
    }

    boolean matches() {
      return sameSize() && diffPixels <= options.maxDiffPixels();
    }

    /** One line for messages and the report. */
    String summary() {
      if (!sameSize()) {
        return String.format(
            Locale.ROOT,
            "size differs: expected %dx%d, actual %dx%d",
            expectedWidth,
            expectedHeight,
            actualWidth,
            actualHeight);
      }
      int total = expectedWidth * expectedHeight;
      return String.format(
          Locale.ROOT,
          "%d of %d pixels differ (%.2f%%; allowed %d, threshold %s), %d anti-aliased pixels ignored",
          diffPixels,
          total,
          total == 0 ? 0.0 : 100.0 * diffPixels / total,
          options.maxDiffPixels(),
          options.threshold(),
          antiAliasedPixels);
    }
  }

  private PixelDiff() {}

  static Result compare(BufferedImage expected, BufferedImage actual, Options options) {
    int w = expected.getWidth();
    int h = expected.getHeight();
    int aw = actual.getWidth();
    int ah = actual.getHeight();
    if (w != aw || h != ah) {
      return new Result(
          w, h, aw, ah, Math.max(w, aw) * Math.max(h, ah), 0, options, sizeDiff(expected, actual));
    }
    int[] img1 = argb(expected);
    int[] img2 = argb(actual);
    int[] out = new int[w * h];
    if (Arrays.equals(img1, img2)) {
      for (int i = 0; i < out.length; i++) {
        out[i] = gray(img1[i], options.alpha());
      }
      return new Result(w, h, w, h, 0, 0, options, image(out, w, h));
    }
    double maxDelta = MAX_DELTA * options.threshold() * options.threshold();
    int diff = 0;
    int aa = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int pos = y * w + x;
        double delta = colorDelta(img1[pos], img2[pos], false);
        if (Math.abs(delta) > maxDelta) {
          if (!options.includeAntiAliasing()
              && (antialiased(img1, x, y, w, h, img2) || antialiased(img2, x, y, w, h, img1))) {
            out[pos] = ANTI_ALIASED;
            aa++;
          } else {
            out[pos] = delta < 0 ? DIFF_DARKER : DIFF;
            diff++;
          }
        } else {
          out[pos] = gray(img1[pos], options.alpha());
        }
      }
    }
    return new Result(w, h, w, h, diff, aa, options, image(out, w, h));
  }

  /**
   * pixelmatch's {@code colorDelta}: the squared YIQ distance between two ARGB colours, each first
   * blended onto white by its alpha; negative when the second colour is darker. With {@code yOnly},
   * just the difference in brightness (Y), first minus second.
   */
  static double colorDelta(int c1, int c2, boolean yOnly) {
    if (c1 == c2) {
      return 0;
    }
    double a1 = (c1 >>> 24) & 0xFF;
    double r1 = (c1 >> 16) & 0xFF;
    double g1 = (c1 >> 8) & 0xFF;
    double b1 = c1 & 0xFF;
    double a2 = (c2 >>> 24) & 0xFF;
    double r2 = (c2 >> 16) & 0xFF;
    double g2 = (c2 >> 8) & 0xFF;
    double b2 = c2 & 0xFF;
    if (a1 < 255) {
      a1 /= 255;
      r1 = blend(r1, a1);
      g1 = blend(g1, a1);
      b1 = blend(b1, a1);
    }
    if (a2 < 255) {
      a2 /= 255;
      r2 = blend(r2, a2);
      g2 = blend(g2, a2);
      b2 = blend(b2, a2);
    }
    double y1 = rgb2y(r1, g1, b1);
    double y2 = rgb2y(r2, g2, b2);
    double y = y1 - y2;
    if (yOnly) {
      return y;
    }
    double i = rgb2i(r1, g1, b1) - rgb2i(r2, g2, b2);
    double q = rgb2q(r1, g1, b1) - rgb2q(r2, g2, b2);
    double delta = 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q;
    return y1 > y2 ? -delta : delta;
  }

  /**
   * pixelmatch's {@code antialiased}: whether the pixel at (x1, y1) of {@code img} is likely part
   * of anti-aliasing. It is if it has at most two equal neighbours, both a darker and a brighter
   * one, and the darkest or the brightest neighbour has three or more equal neighbours of its own
   * in both images (an edge, not a gradient).
   */
  static boolean antialiased(int[] img, int x1, int y1, int width, int height, int[] img2) {
    int x0 = Math.max(x1 - 1, 0);
    int y0 = Math.max(y1 - 1, 0);
    int x2 = Math.min(x1 + 1, width - 1);
    int y2 = Math.min(y1 + 1, height - 1);
    int pos = y1 * width + x1;
    int zeroes = x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2 ? 1 : 0;
    double min = 0;
    double max = 0;
    int minX = 0;
    int minY = 0;
    int maxX = 0;
    int maxY = 0;
    for (int x = x0; x <= x2; x++) {
      for (int y = y0; y <= y2; y++) {
        if (x == x1 && y == y1) {
          continue;
        }
        double delta = colorDelta(img[pos], img[y * width + x], true);
        if (delta == 0) {
          zeroes++;
          if (zeroes > 2) {
            return false;
          }
        } else if (delta < min) {
          min = delta;
          minX = x;
          minY = y;
        } else if (delta > max) {
          max = delta;
          maxX = x;
          maxY = y;
        }
      }
    }
    if (min == 0 || max == 0) {
      return false;
    }
    return (hasManySiblings(img, minX, minY, width, height)
            && hasManySiblings(img2, minX, minY, width, height))
        || (hasManySiblings(img, maxX, maxY, width, height)
            && hasManySiblings(img2, maxX, maxY, width, height));
  }

  /** pixelmatch's {@code hasManySiblings}: three or more neighbours of exactly the same colour. */
  static boolean hasManySiblings(int[] img, int x1, int y1, int width, int height) {
    int x0 = Math.max(x1 - 1, 0);
    int y0 = Math.max(y1 - 1, 0);
    int x2 = Math.min(x1 + 1, width - 1);
    int y2 = Math.min(y1 + 1, height - 1);
    int pos = y1 * width + x1;
    int zeroes = x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2 ? 1 : 0;
    for (int x = x0; x <= x2; x++) {
      for (int y = y0; y <= y2; y++) {
        if (x == x1 && y == y1) {
          continue;
        }
        if (img[pos] == img[y * width + x]) {
          zeroes++;
        }
        if (zeroes > 2) {
          return true;
        }
      }
    }
    return false;
  }

  static double rgb2y(double r, double g, double b) {
    return r * 0.29889531 + g * 0.58662247 + b * 0.11448223;
  }

  static double rgb2i(double r, double g, double b) {
    return r * 0.59597799 - g * 0.27417610 - b * 0.32180189;
  }

  static double rgb2q(double r, double g, double b) {
    return r * 0.21147017 - g * 0.52261711 + b * 0.31114694;
  }

  /** A semi-transparent channel blended onto white. */
  static double blend(double c, double a) {
    return 255 + (c - 255) * a;
  }

  private static int gray(int argb, double alpha) {
    double r = (argb >> 16) & 0xFF;
    double g = (argb >> 8) & 0xFF;
    double b = argb & 0xFF;
    double a = ((argb >>> 24) & 0xFF) / 255.0;
    int v = clamp(blend(rgb2y(r, g, b), alpha * a));
    return 0xFF000000 | v << 16 | v << 8 | v;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  /**
   * For images of different sizes: both faded, one over the other, and red where only one has
   * pixels.
   */
  private static BufferedImage sizeDiff(BufferedImage expected, BufferedImage actual) {
    int w = Math.max(expected.getWidth(), actual.getWidth());
    int h = Math.max(expected.getHeight(), actual.getHeight());
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        boolean inE = x < expected.getWidth() && y < expected.getHeight();
        boolean inA = x < actual.getWidth() && y < actual.getHeight();
        out[y * w + x] = inE && inA ? gray(expected.getRGB(x, y), 0.1) : DIFF;
      }
    }
    return image(out, w, h);
  }

  /** The image's pixels as non-premultiplied sRGB ARGB, row by row. */
  static int[] argb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  static BufferedImage image(int[] argb, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    img.setRGB(0, 0, width, height, argb, 0, width);
    return img;
  }

  static BufferedImage decode(byte[] png) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      if (img == null) {
        throw new IllegalArgumentException(
            "not an image ImageIO can read (" + png.length + " bytes)");
      }
      return img;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer");
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

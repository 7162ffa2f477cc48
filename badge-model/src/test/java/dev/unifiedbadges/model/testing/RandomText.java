package dev.unifiedbadges.model.testing;

import java.util.Random;

/**
 * Random strings for property tests, mixing the scripts and characters names meet in practice:
 * ASCII, Latin-1, Turkish and Greek case pairs, CJK, emoji with ZWJ and variation selectors,
 * combining marks, many kinds of space, other digits, and the odd unpaired surrogate.
 */
public final class RandomText {

  private static final int[][] RANGES = {
    {0x20, 0x7E}, // ASCII printable
    {'a', 'z'},
    {'A', 'Z'},
    {'0', '9'},
    {0xA0, 0xFF}, // Latin-1 supplement, NBSP included
    {0x100, 0x17F}, // Latin extended-A
    {0x391, 0x3C9}, // Greek
    {0x4E00, 0x9FFF}, // CJK
    {0x3040, 0x30FF}, // kana
    {0x1F300, 0x1F64F}, // emoji
    {0x1F1E6, 0x1F1FF}, // regional indicators
    {0x0300, 0x036F}, // combining marks
    {0x0660, 0x0669}, // Arabic-Indic digits
    {0x1D400, 0x1D433}, // mathematical bold letters (upper case without a lower-case mapping)
  };

  private static final int[] SPECIAL = {
    ' ',
    '\t',
    '\n',
    '\r',
    0x200D /* ZWJ */,
    0xFE0F /* VS16 */,
    0x3000 /* ideographic space */,
    0x2003 /* em space */,
    0x200B /* zero width space */,
    0x130 /* İ */,
    0x131 /* ı */,
    'I',
    'i',
    0x3A3 /* Σ */,
    0x1E9E /* ẞ */,
    0xDF /* ß */,
    0x1C5 /* ǅ */,
    '_',
    '-',
    '.',
    '/',
    '~',
    0xD800 /* lone surrogate */,
  };

  private final Random random;

  public RandomText(long seed) {
    random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  /** A string of 0 to {@code maxCodePoints} code points. */
  public String next(int maxCodePoints) {
    int n = random.nextInt(maxCodePoints + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) {
        sb.appendCodePoint(SPECIAL[random.nextInt(SPECIAL.length)]);
      } else {
        int[] range = RANGES[random.nextInt(RANGES.length)];
        sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
    }
    return sb.toString();
  }

  /** Randomly upper- or lower-cases the ASCII letters of a string. */
  public String flipAsciiCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z' && random.nextBoolean()) {
        sb.append((char) (c - 32));
      } else if (c >= 'A' && c <= 'Z' && random.nextBoolean()) {
        sb.append((char) (c + 32));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Up to three ASCII white-space characters. */
  public String asciiSpace() {
    String spaces = " \t\n\r\f";
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      sb.append(spaces.charAt(random.nextInt(spaces.length())));
    }
    return sb.toString();
  }
}

package dev.unifiedbadges.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The invisible-character class: format controls and every default-ignorable code point. */
class CharactersTest {

  @Test
  void formatControlsAndDefaultIgnorablesAreInvisible() {
    int[] invisible = {
      0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180E, 0x180F, 0x200B,
      0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2060, 0x2064, 0x2065, 0x2066, 0x206F,
      0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0, 0xFFF8, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A,
      0xE0000, 0xE0001, 0xE0020, 0xE007F, 0xE0100, 0xE01EF, 0xE0FFF, 0x0600, 0xFFF9
    };
    for (int cp : invisible) {
      assertTrue(Characters.isInvisible(cp), Characters.describe(cp));
    }
  }

  @Test
  void lettersMarksAndSpacesAreNot() {
    int[] visible = {
      'a', 0x00E9, 0x0301, 0x00A0, 0x200A, 0x2028, 0x3000, 0x115E, 0x1161, 0x17B6, 0x180A, 0x2010,
      0xFE10, 0xFFFD, 0x1F600, 0xE1000
    };
    for (int cp : visible) {
      assertFalse(Characters.isInvisible(cp), Characters.describe(cp));
    }
  }
}

package dev.unifiedbadges.model;

import java.util.Locale;

/** The classes of characters that definitions may not hold, or that must be shown inert. */
public final class Characters {

  private Characters() {}

  /** C0 controls, DEL and C1 controls: nothing shows them, and a terminal acts on some. */
  public static boolean isControl(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
  }

  /**
   * Unicode noncharacters (U+FDD0–U+FDEF and the last two of every plane) and lone surrogates: not
   * text at all, and the HTML checker refuses them.
   */
  public static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE
        || (cp >= 0xD800 && cp <= 0xDFFF);
  }

  /**
   * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which
   * reorder the text around them wherever it is shown. The marks LRM, RLM and ALM reorder nothing
   * around them and are not among them.
   */
  public static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  /**
   * Characters that show nothing, or only change how their neighbours show, so that a name holding
   * one reads exactly like a name without it ("failed" with a zero width space inside still reads
   * "failed"): every format control (general category Cf: U+200B–U+200F, U+2060–U+2064, U+FEFF,
   * U+00AD, U+061C, the tags from U+E0001, …) and every Default_Ignorable_Code_Point. The latter
   * are listed here as DerivedCoreProperties.txt gives them (Unicode 14 to 17 agree:
   * https://www.unicode.org/Public/UCD/latest/ucd/DerivedCoreProperties.txt), because Java has no
   * property for them and its Cf is only as new as the JDK's Unicode version; they take in the
   * combining grapheme joiner, the Hangul fillers, the Khmer inherent vowels, the Mongolian and all
   * other variation selectors, and code points reserved as ignorable for future use.
   */
  public static boolean isInvisible(int cp) {
    // U+00AD SOFT HYPHEN is the first: ASCII and most of Latin-1 return at once.
    if (cp < 0xAD) {
      return false;
    }
    return Character.getType(cp) == Character.FORMAT || isDefaultIgnorable(cp);
  }

  /** A code point as messages name it: "U+200B ZERO WIDTH SPACE", or "U+2065" if unassigned. */
  public static String describe(int cp) {
    String name = Character.getName(cp);
    String hex = String.format(Locale.ROOT, "U+%04X", cp);
    return name == null ? hex : hex + " " + name;
  }

  private static boolean isDefaultIgnorable(int cp) {
    return cp == 0x00AD
        || cp == 0x034F
        || cp == 0x061C
        || (cp >= 0x115F && cp <= 0x1160)
        || (cp >= 0x17B4 && cp <= 0x17B5)
        || (cp >= 0x180B && cp <= 0x180F)
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x206F)
        || cp == 0x3164
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFEFF
        || cp == 0xFFA0
        || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
        || (cp >= 0x1D173 && cp <= 0x1D17A)
        || (cp >= 0xE0000 && cp <= 0xE0FFF);
  }
}

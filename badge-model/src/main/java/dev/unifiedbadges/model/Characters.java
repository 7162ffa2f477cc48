package dev.unifiedbadges.model;

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
}

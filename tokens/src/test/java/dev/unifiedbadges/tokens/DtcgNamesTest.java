package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DtcgNamesTest {

  @Test
  void acceptsKebabAndUnicodeNames() {
    assertTrue(DtcgNames.isValid("operation-run-outcome"));
    assertTrue(DtcgNames.isValid("404"));
    assertTrue(DtcgNames.isValid("größe"));
    assertTrue(DtcgNames.isValid("a$b"));
  }

  @Test
  void rejectsReservedCharacters() {
    assertFalse(DtcgNames.isValid(""));
    assertFalse(DtcgNames.isValid(null));
    assertFalse(DtcgNames.isValid("$value"));
    assertFalse(DtcgNames.isValid("a.b"));
    assertFalse(DtcgNames.isValid("{a"));
    assertFalse(DtcgNames.isValid("a}"));
    assertThrows(IllegalArgumentException.class, () -> DtcgNames.require("a.b", "tone"));
  }
}

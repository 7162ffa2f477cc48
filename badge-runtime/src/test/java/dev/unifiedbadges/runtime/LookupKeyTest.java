package dev.unifiedbadges.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LookupKeyTest {

  @Test
  void trimsAsciiWhiteSpaceAndLowerCasesAsciiLetters() {
    assertEquals("failed", LookupKey.of(" \t\n\r\fFAILED\f\r\n\t "));
    assertEquals("in progress", LookupKey.of("  In Progress "));
  }

  @Test
  void leavesOtherWhiteSpaceAndNonAsciiCaseAlone() {
    assertEquals("\u00a0failed", LookupKey.of("\u00a0FAILED"));
    assertEquals("\u000bfailed", LookupKey.of("\u000bFailed"));
    assertEquals("fa\u0130led", LookupKey.of("FA\u0130LED"));
    assertEquals("\u00c4\u00d6", LookupKey.of("\u00c4\u00d6"));
  }

  @Test
  void composesToNfcFirst() {
    assertEquals("caf\u00e9", LookupKey.of("Cafe\u0301"));
    assertEquals("caf\u00c9", LookupKey.of("CAFE\u0301"), "non-ASCII letters keep their case");
    assertEquals(LookupKey.of("caf\u00e9"), LookupKey.of("cafe\u0301 "));
  }

  @Test
  void aKeyIsItsOwnKey() {
    for (String s : new String[] {"", "a", " A ", "cafe\u0301", "\u00a0X\u00a0", "\u212b"}) {
      String key = LookupKey.of(s);
      assertEquals(key, LookupKey.of(key), s);
    }
  }

  @Test
  void nullIsTheEmptyKey() {
    assertEquals("", LookupKey.of(null));
  }
}

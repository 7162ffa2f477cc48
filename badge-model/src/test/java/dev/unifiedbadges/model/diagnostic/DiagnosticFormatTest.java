package dev.unifiedbadges.model.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An error line shows text from the definitions as written, on one line of sensible length. */
class DiagnosticFormatTest {

  private static String format(String message, String path) {
    return Diagnostic.error(new Location("a.badges.yaml", 3, 5), path, message, "fix it").format();
  }

  @Test
  void controlCharactersFromTheDefinitionsAreShownAsEscapes() {
    String line = format("unknown key 'ti\rtle\u001b[2K' in domain 'x'", "/domains/x/ti\rtle");
    assertFalse(line.chars().anyMatch(c -> c < 0x20), line);
    assertEquals(
        "a.badges.yaml:3:5: error: unknown key 'ti\\rtle\\u001b[2K' in domain 'x' (at /domains/x/ti\\rtle)"
            + " Fix: fix it",
        line);
  }

  @Test
  void bidirectionalControlsAreShownAsEscapes() {
    assertTrue(format("label 'abc\u202Edef'", "").contains("'abc\\u202edef'"));
  }

  @Test
  void aVeryLongNameIsCutWithAnEllipsisAndItsLength() {
    String name = "x".repeat(10_000);
    String line = format("domain '" + name + "' is too long", "/domains/" + name);
    assertTrue(line.length() < 600, line.length() + " characters");
    assertTrue(
        line.contains("domain '" + "x".repeat(159) + "\u2026[9842 more characters] is too long"),
        line);
  }

  @Test
  void aNameUpToTheNameLimitIsShownWhole() {
    String name = "y".repeat(120);
    assertTrue(format("domain '" + name + "' is fine", "").contains("'" + name + "'"));
  }
}

package dev.unifiedbadges.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples and property tests for the CSS/token name sanitiser. */
class NamesTest {

  private static final Pattern KEBAB = Pattern.compile("^([\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*)?$");
  private static final int SAMPLES = 20_000;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "operation_run.outcome | operation-run-outcome",
        "inProgress | in-progress",
        "in_progress | in-progress",
        "in-progress | in-progress",
        "In Progress | in-progress",
        "  --in--progress--  | in-progress",
        "v2Beta | v2-beta",
        "HTTPServer | httpserver",
        "TITLE | title",
        "İstanbul | istanbul",
        "ΣΟΦΙΑ | σοφια",
        "Straße | straße",
        "日本語.ステータス | 日本語-ステータス",
        "done✅ | done",
        "a👩‍💻b | a-b",
        "café | café",
        "!! | ''",
        "'' | ''",
      })
  void examples(String name, String kebab) {
    assertEquals(kebab, Names.kebab(name));
  }

  private static boolean isLowerCase(String s) {
    return s.codePoints().allMatch(cp -> Character.toLowerCase(cp) == cp)
        && s.equals(s.toLowerCase(Locale.ROOT));
  }

  @Test
  void propertiesHoldForRandomStrings() {
    RandomText text = new RandomText(20_240_607L);
    for (int i = 0; i < SAMPLES; i++) {
      String in = text.next(24);
      String out = Names.kebab(in);
      String why = "kebab(" + escape(in) + ") = " + escape(out);
      assertTrue(KEBAB.matcher(out).matches(), why);
      assertFalse(out.contains("--"), why);
      assertFalse(out.startsWith("-") || out.endsWith("-"), why);
      assertEquals(out, Names.kebab(out), "idempotent: " + why);
      assertTrue(isLowerCase(out), "lower-case: " + why);
      assertEquals(out.isEmpty(), in.codePoints().noneMatch(Character::isLetterOrDigit), why);
      assertEquals(out, Names.kebab(in), "deterministic: " + why);
    }
  }

  @Test
  void joiningTwoKebabNamesWithDoubleHyphenIsUnambiguous() {
    RandomText text = new RandomText(99L);
    for (int i = 0; i < SAMPLES; i++) {
      String a = Names.kebab(text.next(10));
      String b = Names.kebab(text.next(10));
      if (!a.isEmpty() && !b.isEmpty()) {
        String joined = a + "--" + b;
        assertEquals(joined.indexOf("--"), joined.lastIndexOf("--"), joined);
        assertEquals(a, joined.substring(0, joined.indexOf("--")));
      }
    }
  }

  @Test
  void theSameUnderTurkishAndOtherLocales() {
    List<String> inputs =
        new ArrayList<>(List.of("TITLE", "INFO", "İI", "ıi", "Iİıi", "FAILED", "QUEUED_ITEM"));
    RandomText text = new RandomText(1L);
    for (int i = 0; i < 2_000; i++) {
      inputs.add(text.next(16));
    }
    List<String> expected = inputs.stream().map(Names::kebab).toList();
    Locale original = Locale.getDefault();
    try {
      for (Locale locale :
          List.of(
              new Locale("tr", "TR"),
              new Locale("az", "AZ"),
              new Locale("lt", "LT"),
              Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertEquals(expected, inputs.stream().map(Names::kebab).toList(), locale.toString());
        assertEquals("title", Names.kebab("TITLE"), locale.toString());
        assertEquals("info", Names.kebab("INFO"), locale.toString());
      }
    } finally {
      Locale.setDefault(original);
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            cp -> {
              if (cp >= 0x20 && cp < 0x7F) {
                sb.appendCodePoint(cp);
              } else {
                sb.append(String.format(Locale.ROOT, "\\u{%X}", cp));
              }
            });
    return sb.append('"').toString();
  }
}

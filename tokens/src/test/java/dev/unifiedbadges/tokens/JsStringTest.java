package dev.unifiedbadges.tokens;

import static dev.unifiedbadges.tokens.JsString.Context.HTML_SCRIPT;
import static dev.unifiedbadges.tokens.JsString.Context.JSON;
import static dev.unifiedbadges.tokens.JsString.Context.JS_MODULE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.tokens.JsString.Context;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsStringTest {

  @Test
  void jsonEscapesExactlyLikeJsonStringify() {
    assertEquals(
        "\"q\\\"b\\\\n\\n\\t\\r\\b\\f\\u0001\\u001f\u007f\"",
        JsString.quote("q\"b\\n\n\t\r\b\f\u0001\u001f\u007f", JSON));
    assertEquals(
        "\"é🎌\u2028\u2029</script> & x\"", JsString.quote("é🎌\u2028\u2029</script> & x", JSON));
  }

  @Test
  void jsModuleAlsoEscapesLineSeparatorsAndLessThan() {
    assertEquals(
        "\"\\u2028\\u2029\\u003c/script> &\"",
        JsString.quote("\u2028\u2029</script> &", JS_MODULE));
  }

  @Test
  void literalsInSourceCodeEscapeBidiControlsSoTheyCannotReorderTheCodeAroundThem() {
    String text = "a\u202Eb\u2066c\u2069d\u202Ae\u200Ff\u0645";
    String escaped = "\"a\\u202eb\\u2066c\\u2069d\\u202ae\u200Ff\u0645\"";
    assertEquals(escaped, JsString.quote(text, JS_MODULE));
    assertEquals(escaped, JsString.quote(text, HTML_SCRIPT));
    // JSON stays exactly as JSON.stringify writes it; the marks and Arabic letters stay as written.
    assertEquals("\"" + text + "\"", JsString.quote(text, JSON));
  }

  @Test
  void htmlScriptAlsoEscapesGreaterThanAndAmpersand() {
    assertEquals(
        "\"q\\\"b\\\\n\\n\\u003c/script\\u003e \\u0026 \\u2028\\u0001\"",
        JsString.quote("q\"b\\n\n</script> & \u2028\u0001", HTML_SCRIPT));
  }

  @Test
  void everyContextKeepsSurrogatePairsAndEscapesLoneSurrogates() {
    for (Context context : Context.values()) {
      assertEquals("\"ok😀\"", JsString.quote("ok\uD83D\uDE00", context), context.name());
      assertEquals(
          "\"a\\ud800b\\udc00\"", JsString.quote("a\uD800b\uDC00", context), context.name());
      assertEquals("\"\\ud83d\"", JsString.quote("\uD83D", context), context.name());
      assertEquals(
          "\"\\udc00😀\\ud800\"",
          JsString.quote("\uDC00\uD83D\uDE00\uD800", context),
          context.name());
    }
  }

  @Test
  void bothBuildersWriteTheSameLiteralForEveryCharacter() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      all.append((char) c).append('x'); // the 'x' leaves every surrogate lone
    }
    all.append("\uD83D\uDE00");
    String text = all.toString();
    for (Context context : Context.values()) {
      StringBuilder chars = new StringBuilder();
      JsString.append(chars, text, context);
      Utf8Builder bytes = new Utf8Builder(16);
      bytes.append("[");
      JsString.append(bytes, text, context);
      assertArrayEquals(
          ("[" + chars).getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), context.name());
    }
  }
}

package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

  private static String js(String s) {
    StringBuilder sb = new StringBuilder();
    Text.jsString(sb, s);
    return sb.toString();
  }

  @Test
  void jsStringEscapesWhatEndsAStringOrAScriptElement() {
    assertEquals("\"q\\\"b\\\\n\\n\\u003c/script\\u003e \\u0026 \\u2028\\u0001\"", js("q\"b\\n\n</script> & \u2028\u0001"));
  }

  @Test
  void jsStringKeepsSurrogatePairsAndEscapesLoneSurrogatesLikeTheJsModule() {
    assertEquals("\"ok😀\"", js("ok\uD83D\uDE00"));
    assertEquals("\"a\\ud800b\\udc00\"", js("a\uD800b\uDC00"));
    assertEquals("\"\\ud83d\"", js("\uD83D"));
  }
}

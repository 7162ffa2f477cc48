package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void prettyPrintsLikeJsonStringifyWithTwoSpaces() {
    Utf8Builder sb = new Utf8Builder(64);
    JsonWriter w = JsonWriter.pretty(sb);
    w.beginObject();
    w.member("a", "x");
    w.name("empty").beginObject().endObject();
    w.name("list").beginArray().rawValue("1").rawValue("0.5").endArray();
    w.name("none").beginArray().endArray();
    w.name("n").nullValue();
    w.endObject();
    assertEquals(
        "{\n  \"a\": \"x\",\n  \"empty\": {},\n  \"list\": [\n    1,\n    0.5\n  ],\n  \"none\": [],\n  \"n\": null\n}",
        sb.toString());
  }

  @Test
  void aFragmentContinuesAContainerSomeoneElseOpened() {
    Utf8Builder sb = new Utf8Builder(64);
    sb.append("{\n  \"a\": \"1\"");
    JsonWriter.prettyFragment(sb, 1).member("b", "2").member("c", "3");
    sb.append("\n}");
    assertEquals("{\n  \"a\": \"1\",\n  \"b\": \"2\",\n  \"c\": \"3\"\n}", sb.toString());
  }

  @Test
  void escapesStringsLikeJsonStringify() {
    assertEquals(
        "\"q\\\"b\\\\n\\n\\t\\r\\b\\f\\u0001\\u001f\u007f\"",
        quoted("q\"b\\n\n\t\r\b\f\u0001\u001f\u007f", false));
    assertEquals("\"é🎌\u2028</script>\"", quoted("é🎌\u2028</script>", false));
    assertEquals("\"a\\ud800b\\udc00\"", quoted("a\uD800b\uDC00", false));
  }

  @Test
  void javaScriptModeAlsoEscapesLineSeparatorsAndAngleBrackets() {
    assertEquals("\"\\u2028\\u2029\\u003c/script>\"", quoted("\u2028\u2029</script>", true));
  }

  private static String quoted(String s, boolean js) {
    Utf8Builder sb = new Utf8Builder(64);
    JsonWriter.appendQuoted(sb, s, js);
    return sb.toString();
  }
}

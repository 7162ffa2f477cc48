package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.icon.IconSet;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgDataUriTest {

  @Test
  void minifyDropsCommentsAndCollapsesWhiteSpace() {
    String svg =
        "<!-- @license lucide-static - ISC -->\n<svg\n  class=\"lucide a\"\n  width=\"24\"\n>\n"
            + "  <path d=\"M21 12a9   9 0 1\n 1-6\" />\n  <circle cx=\"1\" title=\"it's\"/>\n</svg>\n";
    assertEquals(
        "<svg class='lucide a' width='24'><path d='M21 12a9 9 0 1 1-6'/><circle cx='1' title='it&apos;s'/></svg>",
        SvgDataUri.minify(svg));
  }

  @Test
  void dataUriNeedsNoEscapingInsideADoubleQuotedCssString() {
    String uri = SvgDataUri.dataUri("<svg a='#1 \"x\" 100% \\ é'/>");
    assertTrue(uri.startsWith("data:image/svg+xml,"));
    for (char c : uri.toCharArray()) {
      assertFalse(
          c == '"' || c == '\\' || c == ' ' || c == '#' || c == '<' || c == '>' || c > 0x7e
              || c < 0x21,
          "unsafe character '" + c + "' in " + uri);
    }
    assertEquals(
        "<svg a='#1 \"x\" 100% \\ é'/>",
        URLDecoder.decode(
            uri.substring("data:image/svg+xml,".length()).replace("+", "%2B"),
            StandardCharsets.UTF_8));
  }

  @Test
  void everyLucideIconMinifiesToTheSameElements() {
    IconSet icons = IconSet.lucide();
    for (String name : icons.names()) {
      String svg = icons.svg(name).orElseThrow();
      String min = SvgDataUri.minify(svg);
      assertTrue(min.startsWith("<svg ") && min.endsWith("</svg>"), name + ": " + min);
      assertFalse(
          min.contains("<!--") || min.contains("\n") || min.contains("  ") || min.contains("\""),
          name + ": " + min);
      assertEquals(
          count(svg, '<') - 1, count(min, '<'), name + ": one '<' per tag, minus the comment");
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}

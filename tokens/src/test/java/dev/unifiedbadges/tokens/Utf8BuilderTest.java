package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BuilderTest {

  @Test
  void encodesLikeStringGetBytes() {
    String text = "ascii é ß 日本 🎌 \u2028 end";
    Utf8Builder b = new Utf8Builder(1);
    b.append("x").append(text).append('!').append(42).append(text, 6, 9);
    assertArrayEquals(
        ("x" + text + "!42" + text.substring(6, 9)).getBytes(StandardCharsets.UTF_8),
        b.toByteArray());
    assertEquals("x" + text + "!42" + text.substring(6, 9), b.toString());
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    Utf8Builder b = new Utf8Builder(4);
    b.append("a\uD800b\uDC00");
    assertEquals("a\uFFFDb\uFFFD", b.toString());
  }

  @Test
  void truncatesAndCopies() {
    Utf8Builder b = new Utf8Builder(2);
    b.append("abc;");
    assertEquals(';', b.lastByte());
    b.setLength(3);
    Utf8Builder c = new Utf8Builder(2).append(b.toByteArray()).append(new byte[] {'d'});
    byte[] dst = new byte[6];
    c.copyTo(dst, 1);
    assertEquals("\0abcd\0", new String(dst, StandardCharsets.UTF_8));
  }
}

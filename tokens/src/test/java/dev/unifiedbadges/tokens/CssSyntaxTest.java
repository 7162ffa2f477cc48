package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CssSyntaxTest {

  @Test
  void plainIdentifiersAreReturnedAsIs() {
    String name = "badge--operation-run-outcome--partial";
    assertSame(name, CssSyntax.ident(name));
    assertEquals("--badge-tone-1st-bg", CssSyntax.ident("--badge-tone-1st-bg"));
    assertEquals("_x", CssSyntax.ident("_x"));
    assertEquals("-a", CssSyntax.ident("-a"));
  }

  @Test
  void leadingDigitsAreHexEscaped() {
    assertEquals("\\31 a", CssSyntax.ident("1a"));
    assertEquals("\\34 04", CssSyntax.ident("404"));
    assertEquals("-\\31 x", CssSyntax.ident("-1x"));
    assertEquals("--1x", CssSyntax.ident("--1x"));
  }

  @Test
  void loneHyphenIsEscaped() {
    assertEquals("\\-", CssSyntax.ident("-"));
  }

  @Test
  void punctuationAndSpacesAreBackslashEscaped() {
    assertEquals("a\\ b", CssSyntax.ident("a b"));
    assertEquals("a\\.b", CssSyntax.ident("a.b"));
    assertEquals("a\\\"b\\'c", CssSyntax.ident("a\"b'c"));
    assertEquals("a\\\\b", CssSyntax.ident("a\\b"));
    assertEquals("\\<\\/script\\>", CssSyntax.ident("</script>"));
    assertEquals("a\\:hover", CssSyntax.ident("a:hover"));
    assertEquals("\\*\\/", CssSyntax.ident("*/"));
  }

  @Test
  void controlCharactersAreHexEscapedAndNulReplaced() {
    assertEquals("a\\a b", CssSyntax.ident("a\nb"));
    assertEquals("a\\7f ", CssSyntax.ident("a\u007f"));
    assertEquals("a\uFFFDb", CssSyntax.ident("a\0b"));
  }

  @Test
  void nonAsciiIsKept() {
    assertEquals("größe-äö", CssSyntax.ident("größe-äö"));
    assertEquals("日本", CssSyntax.ident("日本"));
    assertEquals("x🎌", CssSyntax.ident("x🎌"));
    assertEquals("\\31 日", CssSyntax.ident("1日"));
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    assertEquals("a\uFFFDb", CssSyntax.ident("a\uD800b"));
  }

  @Test
  void classSelectorPrefixesADot() {
    assertEquals(".badge--x--1", CssSyntax.classSelector("badge--x--1"));
    assertEquals(".\\31 x", CssSyntax.classSelector("1x"));
  }
}

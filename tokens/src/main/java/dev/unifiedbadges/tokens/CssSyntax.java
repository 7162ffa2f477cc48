package dev.unifiedbadges.tokens;

/**
 * Escaping for CSS source text, following CSSOM "serialize an identifier"
 * (https://drafts.csswg.org/cssom/#serialize-an-identifier), so any class or custom-property name
 * can be written into a selector or declaration safely.
 *
 * <p>Hand-written: the CSSOM algorithm is thirty lines, and no maintained Java library implements
 * it (CSS parsers escape for their own output model, not for serialising a bare identifier).
 */
public final class CssSyntax {

  private CssSyntax() {}

  /**
   * The identifier as CSS source: {@code 1a} becomes {@code \31 a}, {@code a b} becomes {@code a\
   * b}, non-ASCII is kept. Names made only of ASCII letters, digits, hyphens and underscores that
   * start with a letter, an underscore or {@code --} come back unchanged (the common case, without
   * copying).
   */
  public static String ident(String name) {
    if (isPlain(name)) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length() + 8);
    appendIdent(sb, name);
    return sb.toString();
  }

  /** The selector of a class: {@code .} and the escaped class name. */
  public static String classSelector(String className) {
    return "." + ident(className);
  }

  /** Appends {@code name} escaped as a CSS identifier. */
  public static void appendIdent(StringBuilder sb, String name) {
    if (isPlain(name)) {
      sb.append(name);
      return;
    }
    int length = name.length();
    if (length == 1 && name.charAt(0) == '-') {
      sb.append("\\-");
      return;
    }
    char first = length > 0 ? name.charAt(0) : 0;
    for (int i = 0; i < length; ) {
      int cp = name.codePointAt(i);
      int at = i;
      i += Character.charCount(cp);
      if (cp == 0) {
        sb.append('\uFFFD');
      } else if ((cp >= 0x1 && cp <= 0x1f) || cp == 0x7f) {
        appendHexEscape(sb, cp);
      } else if (at == 0 && cp >= '0' && cp <= '9') {
        appendHexEscape(sb, cp);
      } else if (at == 1 && cp >= '0' && cp <= '9' && first == '-') {
        appendHexEscape(sb, cp);
      } else if (cp >= 0x80 || cp == '-' || cp == '_' || isAsciiAlnum(cp)) {
        if (cp < 0x10000 && Character.isSurrogate((char) cp)) {
          // A lone surrogate cannot be encoded in UTF-8; CSS reads U+FFFD for it either way.
          sb.append('\uFFFD');
        } else {
          sb.appendCodePoint(cp);
        }
      } else {
        sb.append('\\').appendCodePoint(cp);
      }
    }
  }

  private static void appendHexEscape(StringBuilder sb, int cp) {
    sb.append('\\').append(Integer.toHexString(cp)).append(' ');
  }

  private static boolean isPlain(String name) {
    int length = name.length();
    if (length == 0) {
      return true;
    }
    char c0 = name.charAt(0);
    int from;
    if (c0 == '-') {
      if (length == 1) {
        return false;
      }
      char c1 = name.charAt(1);
      if (!(c1 == '-' || c1 == '_' || (c1 >= 'a' && c1 <= 'z') || (c1 >= 'A' && c1 <= 'Z'))) {
        return false;
      }
      from = 2;
    } else if (c0 == '_' || (c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z')) {
      from = 1;
    } else {
      return false;
    }
    for (int i = from; i < length; i++) {
      char c = name.charAt(i);
      if (!(c == '-' || c == '_' || isAsciiAlnum(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}

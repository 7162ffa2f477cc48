package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small CSS Syntax Level 3 tokenizer, enough to prove a style sheet is well formed (comments and
 * strings closed, braces balanced outside them) and to list the class names its selectors use.
 */
final class CssCheck {

  private static final String ESCAPE = "\\\\(?:[0-9a-fA-F]{1,6}[ \\t\\n]?|[^\\n\\r\\f0-9a-fA-F])";
  private static final String START = "(?:[a-zA-Z_\\x{80}-\\x{10FFFF}]|" + ESCAPE + ")";
  private static final String CHAR = "(?:[a-zA-Z0-9_\\-\\x{80}-\\x{10FFFF}]|" + ESCAPE + ")";

  /** An ident token as written in CSS source, escapes included. */
  static final Pattern SOURCE_IDENT = Pattern.compile("(?:--|-?" + START + ")" + CHAR + "*");

  /** A class name that is a valid CSS identifier as it is, with no escape needed. */
  static final Pattern PLAIN_IDENT =
      Pattern.compile("(?:--|-?[a-zA-Z_\\x{80}-\\x{10FFFF}])[a-zA-Z0-9_\\-\\x{80}-\\x{10FFFF}]*");

  private static final Pattern KEYFRAME_SELECTOR =
      Pattern.compile("(?:from|to|[0-9.]+%)(?:\\s*,\\s*(?:from|to|[0-9.]+%))*");

  private static final Pattern CLASS_IN_SELECTOR = Pattern.compile("\\.(" + CHAR + "+)");

  /** What the tokenizer found: the block preludes (selectors and at-rules), comments' text. */
  record Sheet(List<String> preludes, List<String> comments, String outsideComments) {}

  private CssCheck() {}

  /** Tokenizes the sheet, failing on an unclosed comment or string, or unbalanced braces. */
  static Sheet parse(String css) {
    List<String> preludes = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    StringBuilder outside = new StringBuilder(css.length());
    StringBuilder prelude = new StringBuilder();
    int depth = 0;
    int i = 0;
    int n = css.length();
    while (i < n) {
      char c = css.charAt(i);
      if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
        int end = css.indexOf("*/", i + 2);
        if (end < 0) {
          fail("unterminated comment at offset " + i + ": " + excerpt(css, i));
        }
        comments.add(css.substring(i + 2, end));
        i = end + 2;
        continue;
      }
      outside.append(c);
      if (c == '"' || c == '\'') {
        int j = i + 1;
        while (true) {
          if (j >= n) {
            fail("unterminated string at offset " + i + ": " + excerpt(css, i));
          }
          char d = css.charAt(j);
          if (d == '\\') {
            j += 2;
            continue;
          }
          if (d == '\n' || d == '\r' || d == '\f') {
            fail(
                "newline in a string (a bad-string token) at offset " + j + ": " + excerpt(css, i));
          }
          if (d == c) {
            break;
          }
          j++;
        }
        outside.append(css, i + 1, j + 1);
        prelude.append("\"…\"");
        i = j + 1;
        continue;
      }
      if (c == '\\') {
        if (i + 1 >= n || css.charAt(i + 1) == '\n') {
          fail("invalid escape at offset " + i + ": " + excerpt(css, i));
        }
        prelude.append(c).append(css.charAt(i + 1));
        outside.append(css.charAt(i + 1));
        i += 2;
        continue;
      }
      switch (c) {
        case '{' -> {
          depth++;
          preludes.add(prelude.toString().strip());
          prelude.setLength(0);
        }
        case '}' -> {
          depth--;
          if (depth < 0) {
            fail("'}' without '{' at offset " + i + ": " + excerpt(css, i));
          }
          prelude.setLength(0);
        }
        case ';' -> prelude.setLength(0);
        default -> prelude.append(c);
      }
      i++;
    }
    assertEquals(0, depth, "braces are balanced outside comments and strings");
    assertTrue(prelude.toString().isBlank(), "nothing follows the last block: " + prelude);
    return new Sheet(preludes, comments, outside.toString());
  }

  /**
   * The class names the selectors use, unescaped, in order of first use. Fails if one is not a
   * valid identifier in the source.
   */
  static Set<String> classNames(Sheet sheet) {
    Set<String> names = new LinkedHashSet<>();
    for (String prelude : sheet.preludes()) {
      if (prelude.startsWith("@") || KEYFRAME_SELECTOR.matcher(prelude).matches()) {
        continue;
      }
      Matcher m = CLASS_IN_SELECTOR.matcher(prelude);
      while (m.find()) {
        String raw = m.group(1);
        assertTrue(
            SOURCE_IDENT.matcher(raw).matches(),
            "not a CSS identifier in selector '" + prelude + "': " + raw);
        names.add(unescape(raw));
      }
    }
    return names;
  }

  /** Resolves CSS escapes ({@code \31 a}, {@code \ }) in an identifier. */
  static String unescape(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); ) {
      char c = raw.charAt(i);
      if (c != '\\') {
        sb.append(c);
        i++;
        continue;
      }
      int j = i + 1;
      int hexEnd = j;
      while (hexEnd < raw.length()
          && hexEnd - j < 6
          && Character.digit(raw.charAt(hexEnd), 16) >= 0) {
        hexEnd++;
      }
      if (hexEnd > j) {
        int cp = Integer.parseInt(raw.substring(j, hexEnd), 16);
        sb.appendCodePoint(
            cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp);
        i = hexEnd;
        if (i < raw.length()
            && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t' || raw.charAt(i) == '\n')) {
          i++;
        }
      } else {
        int cp = raw.codePointAt(j);
        sb.appendCodePoint(cp);
        i = j + Character.charCount(cp);
      }
    }
    return sb.toString();
  }

  private static String excerpt(String s, int at) {
    return s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 60)).replace("\n", "⏎");
  }
}

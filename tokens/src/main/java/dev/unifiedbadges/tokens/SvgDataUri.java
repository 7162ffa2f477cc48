package dev.unifiedbadges.tokens;

import java.nio.charset.StandardCharsets;

/**
 * Minifies an icon's SVG source and turns it into a {@code data:} URL that is safe in a CSS string.
 */
public final class SvgDataUri {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SvgDataUri() {}

  /** An icon's SVG source as the generated CSS writes it: minified, then a {@code data:} URL. */
  public static String of(String svg) {
    return dataUri(minify(svg));
  }

  /**
   * Drops comments and the XML declaration, collapses white space (removing it between tags and
   * before {@code >} or {@code />}), and uses single quotes for attributes so the result needs no
   * escaping inside a double-quoted CSS string once percent-encoded.
   */
  static String minify(String svg) {
    StringBuilder out = new StringBuilder(svg.length());
    int n = svg.length();
    int i = 0;
    boolean inTag = false;
    char quote = 0;
    boolean pendingSpace = false;
    while (i < n) {
      char c = svg.charAt(i);
      if (quote == 0 && !inTag && svg.startsWith("<!--", i)) {
        int end = svg.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      if (quote == 0 && !inTag && svg.startsWith("<?", i)) {
        int end = svg.indexOf("?>", i + 2);
        i = end < 0 ? n : end + 2;
        continue;
      }
      i++;
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (space) {
        pendingSpace = true;
        continue;
      }
      if (quote != 0) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        if (c == quote) {
          quote = 0;
          out.append('\'');
        } else if (c == '\'') {
          out.append("&apos;");
        } else {
          out.append(c);
        }
        continue;
      }
      if (inTag) {
        if (c == '>' || (c == '/' && i < n && svg.charAt(i) == '>')) {
          pendingSpace = false;
          if (c == '>') {
            inTag = false;
          }
          out.append(c);
          continue;
        }
        if (c == '=') {
          pendingSpace = false;
          out.append(c);
          continue;
        }
        if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '=') {
          out.append(' ');
        }
        pendingSpace = false;
        if (c == '"' || c == '\'') {
          quote = c;
          out.append('\'');
        } else {
          out.append(c);
        }
        continue;
      }
      // Text content between tags.
      if (c == '<') {
        pendingSpace = false;
        inTag = true;
        out.append(c);
        continue;
      }
      if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '>') {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code data:image/svg+xml,…} with everything outside a conservative safe set percent-encoded.
   */
  static String dataUri(String minifiedSvg) {
    byte[] bytes = minifiedSvg.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length + 64).append("data:image/svg+xml,");
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isSafe(c)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /**
   * URL characters that need no encoding and no escaping inside a double-quoted CSS string:
   * unreserved characters and the sub-delimiters that SVG markup uses. Space, quotes, {@code <},
   * {@code >}, {@code #}, {@code %}, {@code \} and everything non-ASCII are encoded.
   */
  private static boolean isSafe(int c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case '-',
      '.',
      '_',
      '~',
      '!',
      '$',
      '&',
      '\'',
      '(',
      ')',
      '*',
      '+',
      ',',
      ';',
      '=',
      ':',
      '@',
      '/',
      '?':
        return true;
      default:
        return false;
    }
  }
}

package dev.unifiedbadges.site;

import java.util.Locale;

/** Small text helpers with fixed, locale-independent behaviour. */
final class Text {

  private Text() {}

  /** Escapes text for an HTML text node, as the badge snippet shows labels. */
  static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A JSON (and JavaScript) string literal, quotes included, safe to embed anywhere. */
  static void jsString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> {
          boolean pair =
              Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (c < 0x20 || (Character.isSurrogate(c) && !pair)) {
            // A lone surrogate has no UTF-8 form; escaped, it survives as JSON.stringify writes it.
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else if (pair) {
            sb.append(c).append(s.charAt(++i));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** Lower-cased with the locale-independent mapping, so {@code I} never becomes a dotless ı. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** A file size as people read it: bytes below 1 KB, else one decimal in KB or MB (1 KB = 1024 B). */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}

package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Characters;
import java.util.Locale;

/** Text as the pages write it: HTML-escaped, lower-cased for search, sizes as people read them. */
final class PageText {

  private PageText() {}

  /**
   * Escapes text for an HTML text node, as the badge snippet shows labels. Bidirectional embedding,
   * override and isolate controls become character references: the same text in the page that uses
   * the snippet, but shown in the copy box they cannot reverse the markup around them.
   */
  static String html(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> {
          if (Characters.isBidiControl(c)) {
            sb.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Lower-cased with the locale-independent mapping, so {@code I} never becomes a dotless ı. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * A file size as people read it: bytes below 1 KB, else one decimal in KB or MB (1 KB = 1024 B).
   */
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

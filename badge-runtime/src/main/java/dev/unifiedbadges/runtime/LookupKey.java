package dev.unifiedbadges.runtime;

import java.text.Normalizer;

/**
 * The one rule by which a value is matched when no value or alias equals it exactly: Unicode NFC,
 * then ASCII white space trimmed and ASCII letters lower-cased. {@code BadgeCatalog.resolve}, the
 * generated Java and the JS module's {@code badgeFor} all apply it, so a value resolves to the same
 * badge everywhere. ASCII-only case folding, because the JS module must apply exactly the same rule
 * in every locale.
 */
public final class LookupKey {

  private LookupKey() {}

  /** The key {@code value} is matched by; the empty string for null. */
  public static String of(String value) {
    if (value == null) {
      return "";
    }
    String text = nfc(value);
    int start = 0;
    int end = text.length();
    while (start < end && isAsciiSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiSpace(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return sb.toString();
  }

  /**
   * The NFC form of {@code text}. Text below U+0300 is always NFC (no character there composes with
   * another), so ASCII and Latin-1 text returns at once: the normaliser, whose data a cold JVM must
   * first load, is reached only for text that may need it.
   */
  public static String nfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x300) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  /** Space, tab, line feed, carriage return and form feed: HTML's ASCII white space. */
  static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}

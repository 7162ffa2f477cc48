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
    // The check is cheap, and nearly every value (all ASCII ones) is already in NFC.
    String text =
        Normalizer.isNormalized(value, Normalizer.Form.NFC)
            ? value
            : Normalizer.normalize(value, Normalizer.Form.NFC);
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

  /** Space, tab, line feed, carriage return and form feed: HTML's ASCII white space. */
  static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}

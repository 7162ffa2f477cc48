package dev.unifiedbadges.model;

import dev.unifiedbadges.runtime.LookupKey;

/**
 * Sanitises domain and value names into kebab-case names that are safe in CSS class names, DTCG
 * token names, file names and JS string keys.
 */
public final class Names {

  /**
   * The token group that holds the tone primitives ({@code badge.tone.<tone>}); no domain may take
   * this kebab name, nor {@link Badge#UNKNOWN}, the catalog fallback's.
   */
  /** The token group of the surfaces the outline and dot variants sit on: {@code badge.surface}. */
  public static final String SURFACE_GROUP = "surface";

  public static final String TONE_GROUP = "tone";

  private Names() {}

  /**
   * The NFC form of a name, so that a name typed with a precomposed letter and one typed with a
   * letter and a combining mark (NFC and NFD "café") are one name: {@link LookupKey#nfc}, the rule
   * the runtime lookup applies too.
   */
  public static String nfc(String name) {
    return LookupKey.nfc(name);
  }

  /**
   * Lower-case kebab form: letters and digits kept (non-ASCII ones lower-cased with the
   * locale-independent Unicode mapping), a camelCase boundary (a lower-case letter or digit
   * followed by an upper-case letter that has a lower-case form) and every run of other characters
   * become one hyphen, and hyphens are trimmed from both ends. The result never contains {@code
   * --}, so {@code --} can safely join names. It is empty when the input has no letter or digit.
   */
  public static String kebab(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    boolean pendingHyphen = false;
    int previous = -1;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        // Only an upper-case letter that has a lower-case form starts a camelCase word: one without
        // (such as U+1D400 MATHEMATICAL BOLD CAPITAL A) stays as it is in the output, where it
        // would otherwise start a new word the second time round, and kebab would not be
        // idempotent.
        boolean camelBoundary =
            Character.isUpperCase(cp)
                && Character.toLowerCase(cp) != cp
                && previous != -1
                && (Character.isLowerCase(previous) || Character.isDigit(previous));
        if ((pendingHyphen || camelBoundary) && sb.length() > 0) {
          sb.append('-');
        }
        pendingHyphen = false;
        sb.appendCodePoint(Character.toLowerCase(cp));
        previous = cp;
      } else {
        pendingHyphen = true;
        previous = -1;
      }
    }
    return sb.toString();
  }
}

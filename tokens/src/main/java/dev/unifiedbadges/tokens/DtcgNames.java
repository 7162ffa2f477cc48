package dev.unifiedbadges.tokens;

/**
 * DTCG Format Module 2025.10 naming rules for tokens and groups: a name is not empty, does not
 * start with {@code $}, and contains none of {@code {}, {@code }} and {@code .} (the alias syntax).
 */
public final class DtcgNames {

  /**
   * The group every badge token sits under: {@code badge.<domain>.<value>}, {@code
   * badge.tone.<tone>}.
   */
  public static final String ROOT = "badge";

  private DtcgNames() {}

  /** A pairing's token path, {@code badge.<domain>.<value>}, from names already in kebab case. */
  public static String pairingPath(String domainKebab, String valueKebab) {
    return ROOT + "." + domainKebab + "." + valueKebab;
  }

  /** True if {@code name} may name a DTCG token or group. */
  public static boolean isValid(String name) {
    if (name == null || name.isEmpty() || name.charAt(0) == '$') {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '{' || c == '}' || c == '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code name} if it is valid.
   *
   * @throws IllegalArgumentException naming {@code what} and the rule it breaks
   */
  static String require(String name, String what) {
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          what
              + " '"
              + name
              + "' is not a valid design token name: it must not be empty, start with '$'"
              + " or contain '{', '}' or '.'");
    }
    return name;
  }
}

package dev.unifiedbadges.site.page;

/**
 * What the site says about a deprecated value or domain.
 *
 * @param reason why, as the definitions say it; may be empty
 * @param replacement the value or domain to use instead, linked; null when none is named
 * @param since the version that deprecated it, or null
 * @param removeIn the version that will remove it, or null
 */
public record DeprecationView(
    UserText reason, LinkView replacement, String since, String removeIn) {

  /**
   * What follows the word "Deprecated": " since 1.4, to be removed in 2.0." as far as the versions
   * are known, or just ".".
   */
  public String versions() {
    StringBuilder sb = new StringBuilder();
    if (since != null) {
      sb.append(" since ").append(since);
    }
    if (removeIn != null) {
      sb.append(since != null ? ", to be removed in " : "; to be removed in ").append(removeIn);
    }
    return sb.append('.').toString();
  }
}

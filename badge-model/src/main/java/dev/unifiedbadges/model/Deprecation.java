package dev.unifiedbadges.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value or domain that still resolves but should no longer be used. Every component but {@code
 * reason} may be null; {@code reason} is empty for a bare {@code deprecated: true}.
 *
 * @param reason why, as the definitions say it; empty when none was given
 * @param since the version that deprecated it, or null
 * @param replacedBy the value (or, on a domain, the domain) to use instead, or null
 * @param removeIn the version that will remove it, or null
 */
public record Deprecation(String reason, String since, String replacedBy, String removeIn) {

  /**
   * The version syntax of {@code since} and {@code removeIn}: one to four dot-separated numbers,
   * optionally followed by {@code -} and a qualifier of letters, digits, dots and hyphens, as in
   * {@code 2}, {@code 1.4}, {@code 2.0.0} or {@code 3.0-SNAPSHOT} (Maven and semver both fit).
   */
  public static final Pattern VERSION =
      Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}(-[0-9A-Za-z]+([.-][0-9A-Za-z]+)*)?");

  public Deprecation {
    reason = reason == null ? "" : reason;
  }

  /** A deprecation without a reason, version or replacement ({@code deprecated: true}). */
  public static Deprecation bare() {
    return new Deprecation("", null, null, null);
  }

  /** True if {@code text} is a version in the {@link #VERSION} syntax. */
  public static boolean isVersion(String text) {
    return text != null && VERSION.matcher(text).matches();
  }

  /**
   * True if version {@code current} has reached {@code target}: their numbers compared part by part
   * (a missing part counts as 0), qualifiers ignored, so {@code 2.0-SNAPSHOT} — the build that will
   * become 2.0 — reaches {@code 2.0}. Both must be {@linkplain #isVersion versions}.
   */
  public static boolean reached(String current, String target) {
    List<Long> a = numbers(current);
    List<Long> b = numbers(target);
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      long x = i < a.size() ? a.get(i) : 0;
      long y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return x > y;
      }
    }
    return true;
  }

  private static List<Long> numbers(String version) {
    Objects.requireNonNull(version, "version");
    int dash = version.indexOf('-');
    String numeric = dash < 0 ? version : version.substring(0, dash);
    List<Long> out = new ArrayList<>();
    for (String part : numeric.split("\\.")) {
      out.add(Long.parseLong(part));
    }
    return out;
  }

  /**
   * The one sentence every output shows: the reason, or "Deprecated." without one, then the
   * replacement and the removal version when given.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder(reason.isBlank() ? "Deprecated." : reason.strip());
    if (replacedBy != null) {
      sb.append(endsSentence(sb) ? " " : ". ").append("Use '").append(replacedBy).append("'.");
    }
    if (removeIn != null) {
      sb.append(endsSentence(sb) ? " " : ". ").append("Removed in ").append(removeIn).append('.');
    }
    return sb.toString();
  }

  private static boolean endsSentence(StringBuilder sb) {
    char last = sb.charAt(sb.length() - 1);
    return last == '.' || last == '!' || last == '?';
  }
}

package dev.unifiedbadges.model;

import java.util.List;
import java.util.Objects;

/**
 * How one value renders: label, tone and icon. For an unknown fallback, {@code value} is {@value
 * #UNKNOWN} and there are no aliases. {@code deprecation} is null unless the value is deprecated.
 */
public record Badge(
    String value,
    String label,
    String tone,
    String icon,
    List<String> aliases,
    String description,
    Deprecation deprecation) {

  /** The value name reserved for a domain's unknown fallback. */
  public static final String UNKNOWN = "unknown";

  public Badge {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(icon, "icon");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    description = description == null ? "" : description;
  }

  /** A badge that is not deprecated. */
  public Badge(
      String value,
      String label,
      String tone,
      String icon,
      List<String> aliases,
      String description) {
    this(value, label, tone, icon, aliases, description, null);
  }

  /** True if the definitions deprecate this value ({@link #deprecation} is then not null). */
  public boolean deprecated() {
    return deprecation != null;
  }

  /** True if {@code candidate} names this badge by its value or one of its aliases. */
  public boolean answersTo(String candidate) {
    if (value.equals(candidate) || aliases.contains(candidate)) {
      return true;
    }
    String key = BadgeCatalog.lookupKey(candidate);
    if (BadgeCatalog.lookupKey(value).equals(key)) {
      return true;
    }
    for (String alias : aliases) {
      if (BadgeCatalog.lookupKey(alias).equals(key)) {
        return true;
      }
    }
    return false;
  }
}

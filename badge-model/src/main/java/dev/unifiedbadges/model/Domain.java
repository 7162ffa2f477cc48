package dev.unifiedbadges.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A status-like field (e.g. {@code operation_run.outcome}) and the badges of its values, in
 * definition order. {@code unknown} is null when the domain uses the catalog-wide default; {@code
 * deprecation} is null unless the whole domain is deprecated.
 */
public record Domain(
    String name,
    String title,
    String description,
    List<Badge> values,
    Badge unknown,
    Deprecation deprecation) {

  public Domain {
    Objects.requireNonNull(name, "name");
    title = title == null || title.isBlank() ? name : title;
    description = description == null ? "" : description;
    values = List.copyOf(values);
  }

  /** A domain that is not deprecated. */
  public Domain(String name, String title, String description, List<Badge> values, Badge unknown) {
    this(name, title, description, values, unknown, null);
  }

  /** True if the definitions deprecate the whole domain ({@link #deprecation} is then not null). */
  public boolean deprecated() {
    return deprecation != null;
  }

  /** The domain's own unknown fallback, if it defines one. */
  public Optional<Badge> ownUnknown() {
    return Optional.ofNullable(unknown);
  }

  /** The badge for a value or alias, without any fallback. */
  public Optional<Badge> find(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Badge badge : values) {
      if (badge.value().equals(value) || badge.aliases().contains(value)) {
        return Optional.of(badge);
      }
    }
    for (Badge badge : values) {
      if (badge.answersTo(value)) {
        return Optional.of(badge);
      }
    }
    return Optional.empty();
  }
}

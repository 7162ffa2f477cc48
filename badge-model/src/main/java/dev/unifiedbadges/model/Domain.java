package dev.unifiedbadges.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A status-like field (e.g. {@code operation_run.outcome}) and the badges of its values, in
 * definition order. {@code unknown} is null when the domain uses the catalog-wide default.
 */
public record Domain(
    String name, String title, String description, List<Badge> values, Badge unknown) {

  public Domain {
    Objects.requireNonNull(name, "name");
    title = title == null || title.isBlank() ? name : title;
    description = description == null ? "" : description;
    values = List.copyOf(values);
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

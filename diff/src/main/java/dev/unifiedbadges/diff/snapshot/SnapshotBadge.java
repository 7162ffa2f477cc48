package dev.unifiedbadges.diff.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A value of a snapshot (or a fallback) as it renders.
 *
 * @param description empty when the definitions give none
 * @param aliases the other spellings that resolve to this value, in definition order
 * @param deprecated null unless the value is deprecated
 */
public record SnapshotBadge(
    String value,
    String label,
    String tone,
    String icon,
    String description,
    List<String> aliases,
    String className,
    SnapshotDeprecation deprecated) {

  public SnapshotBadge {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(icon, "icon");
    description = description == null ? "" : description;
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(className, "className");
  }
}

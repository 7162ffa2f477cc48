package dev.unifiedbadges.diff.snapshot;

/**
 * A deprecation as the snapshot records it; each part is null when the definitions leave it out.
 */
public record SnapshotDeprecation(String reason, String since, String replacedBy, String removeIn) {

  /** The deprecation in words, e.g. {@code "deprecated since 2.1, use succeeded: Renamed"}. */
  public String describe() {
    StringBuilder sb = new StringBuilder("deprecated");
    if (since != null) {
      sb.append(" since ").append(since);
    }
    if (removeIn != null) {
      sb.append(", removed in ").append(removeIn);
    }
    if (replacedBy != null) {
      sb.append(", use ").append(replacedBy);
    }
    if (reason != null && !reason.isEmpty()) {
      sb.append(": ").append(reason);
    }
    return sb.toString();
  }
}

package dev.unifiedbadges.model.diagnostic;

/** Whether a diagnostic fails the build or only warns. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}

package dev.unifiedbadges.model.validate;

import java.util.Objects;

/** How strict validation is. */
public record ValidationOptions(ContrastLevel contrastLevel) {

  public ValidationOptions {
    Objects.requireNonNull(contrastLevel, "contrastLevel");
  }

  /** WCAG AA. */
  public static ValidationOptions defaults() {
    return new ValidationOptions(ContrastLevel.AA);
  }
}

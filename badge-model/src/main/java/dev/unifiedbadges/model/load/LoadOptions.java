package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.validate.ContrastLevel;
import java.util.Objects;

/** How definitions are loaded and checked. */
public record LoadOptions(ContrastLevel contrastLevel, long maxFileBytes) {

  /** 8 MiB: far above any hand-written file, far below what would strain memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

  public LoadOptions {
    Objects.requireNonNull(contrastLevel, "contrastLevel");
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive");
    }
  }

  /** WCAG AA and the default file size limit. */
  public static LoadOptions defaults() {
    return new LoadOptions(ContrastLevel.AA, DEFAULT_MAX_FILE_BYTES);
  }

  public LoadOptions withContrastLevel(ContrastLevel level) {
    return new LoadOptions(level, maxFileBytes);
  }
}

package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.validate.ContrastLevel;
import java.util.Objects;

/**
 * How definitions are loaded and checked. {@code projectVersion}, when set (by {@code
 * badges:check}), adds a warning for every deprecation whose {@code removeIn} that version has
 * reached; null skips that check.
 */
public record LoadOptions(ContrastLevel contrastLevel, long maxFileBytes, String projectVersion) {

  /** 8 MiB: far above any hand-written file, far below what would strain memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

  public LoadOptions {
    Objects.requireNonNull(contrastLevel, "contrastLevel");
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive");
    }
  }

  /** Without the removal check. */
  public LoadOptions(ContrastLevel contrastLevel, long maxFileBytes) {
    this(contrastLevel, maxFileBytes, null);
  }

  /** WCAG AA and the default file size limit. */
  public static LoadOptions defaults() {
    return new LoadOptions(ContrastLevel.AA, DEFAULT_MAX_FILE_BYTES);
  }

  public LoadOptions withContrastLevel(ContrastLevel level) {
    return new LoadOptions(level, maxFileBytes, projectVersion);
  }

  /** These options, warning about removals due at {@code version} (null: no such check). */
  public LoadOptions withProjectVersion(String version) {
    return new LoadOptions(contrastLevel, maxFileBytes, version);
  }
}

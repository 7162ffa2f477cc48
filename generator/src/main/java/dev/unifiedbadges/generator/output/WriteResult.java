package dev.unifiedbadges.generator.output;

import java.util.List;

/**
 * What a write did: files whose content changed or is new, files left as they were, files removed;
 * and what it could not clean up once the new output was in place (a later run tries again).
 */
public record WriteResult(int written, int unchanged, int removed, List<String> warnings) {

  public WriteResult {
    warnings = List.copyOf(warnings);
  }

  /** A write that left nothing behind. */
  public WriteResult(int written, int unchanged, int removed) {
    this(written, unchanged, removed, List.of());
  }

  /** True when the directory already held exactly this output and nothing was touched. */
  public boolean upToDate() {
    return written == 0 && removed == 0;
  }
}

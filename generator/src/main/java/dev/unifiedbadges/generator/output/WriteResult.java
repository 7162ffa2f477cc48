package dev.unifiedbadges.generator.output;

/**
 * What a write did: files whose content changed or is new, files left as they were, files removed.
 */
public record WriteResult(int written, int unchanged, int removed) {

  /** True when the directory already held exactly this output and nothing was touched. */
  public boolean upToDate() {
    return written == 0 && removed == 0;
  }
}

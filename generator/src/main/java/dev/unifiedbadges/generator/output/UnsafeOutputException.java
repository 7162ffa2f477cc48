package dev.unifiedbadges.generator.output;

import java.io.IOException;

/**
 * Writing the output would write somewhere else than the output, e.g. through a symbolic link
 * planted where the writer keeps its lock file. The message names the path and the fix.
 */
public final class UnsafeOutputException extends IOException {

  private static final long serialVersionUID = 1L;

  public UnsafeOutputException(String message) {
    super(message);
  }
}

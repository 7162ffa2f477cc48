package dev.unifiedbadges.generator.output;

import java.io.IOException;

/** The output directory holds files this tool did not write; replacing it would lose them. */
public final class ForeignDirectoryException extends IOException {

  private static final long serialVersionUID = 1L;

  public ForeignDirectoryException(String message) {
    super(message);
  }
}

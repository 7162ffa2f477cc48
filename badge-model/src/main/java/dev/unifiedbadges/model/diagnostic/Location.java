package dev.unifiedbadges.model.diagnostic;

/** A 1-based line and column in a definition file, as shown to the user. */
public record Location(String file, int line, int column) {

  /** A whole-file location, for problems that have no better position. */
  public static Location file(String file) {
    return new Location(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

package dev.unifiedbadges.diff.snapshot;

/**
 * A file that cannot be read as a catalog snapshot: not JSON, cut short, not a snapshot, or a
 * snapshot of a newer shape than this version reads. The message names the file, the position (line
 * and column, or the member's JSON pointer) and a fix.
 */
public final class SnapshotException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String problem;
  private final String fix;

  /**
   * @param source the file (or artifact entry) as a user names it
   * @param position {@code line:column}, a JSON pointer such as {@code /domains/x/values/2}, or
   *     empty when the problem is the whole document
   * @param problem what is wrong, one sentence without a final period
   * @param fix how to fix it, one sentence without a final period
   */
  public SnapshotException(String source, String position, String problem, String fix) {
    super(
        source
            + (position.isEmpty() ? "" : (position.startsWith("/") ? " at " : ":") + position)
            + ": "
            + problem
            + ". Fix: "
            + fix
            + ".");
    this.source = source;
    this.problem = problem;
    this.fix = fix;
  }

  /** The file (or artifact entry) that could not be read. */
  public String source() {
    return source;
  }

  /** What is wrong, without the file and position. */
  public String problem() {
    return problem;
  }

  /** How to fix it. */
  public String fix() {
    return fix;
  }
}

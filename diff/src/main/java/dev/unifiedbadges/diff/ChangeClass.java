package dev.unifiedbadges.diff;

/** How a change affects the catalog's users, most severe first; each implies a semver bump. */
public enum ChangeClass {
  /** Code or markup that worked stops resolving or styling (a removed value, alias or class). */
  BREAKING(Bump.MAJOR),
  /**
   * Everything still resolves, but a badge looks different (tone, colours, icon, label). Minor, not
   * patch: users see it on every screen, and a patch release promises nothing visible changed on
   * purpose.
   */
  VISUAL(Bump.MINOR),
  /** Something new that nothing used before (a value, alias, tone, domain or deprecation). */
  ADDITIVE(Bump.MINOR),
  /** Only the catalog's words changed (a title or description), not what a badge shows. */
  DOCUMENTATION(Bump.PATCH);

  private final Bump bump;

  ChangeClass(Bump bump) {
    this.bump = bump;
  }

  /** The least semver bump a change of this class needs. */
  public Bump bump() {
    return bump;
  }

  /** The class as reports name it: {@code breaking}, {@code visual}, … */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package dev.unifiedbadges.diff;

/** A semantic-versioning bump, least first. */
public enum Bump {
  NONE,
  PATCH,
  MINOR,
  MAJOR;

  /** The bump as reports name it: {@code none}, {@code patch}, {@code minor}, {@code major}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The greater of the two. */
  public Bump max(Bump other) {
    return compareTo(other) >= 0 ? this : other;
  }
}

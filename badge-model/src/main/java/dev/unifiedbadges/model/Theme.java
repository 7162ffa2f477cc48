package dev.unifiedbadges.model;

/** The two colour themes every tone defines. */
public enum Theme {
  LIGHT,
  DARK;

  /** Lower-case name as used in files, CSS and token file names. */
  public String id() {
    return this == LIGHT ? "light" : "dark";
  }
}

package dev.unifiedbadges.site.page;

/** The top-level section a page belongs to, for the navigation's current-page mark. */
public enum Section {
  CATALOG,
  TONES,
  DOWNLOADS,
  /** The changes against a baseline, when one is configured. */
  CHANGES
}

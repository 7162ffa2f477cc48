package dev.unifiedbadges.runtime;

import java.util.Locale;

/** How a badge is painted; every variant of every tone is contrast-checked in both themes. */
public enum Variant {
  /** A tinted fill with dark text (light theme): the default, for most places a status appears. */
  SUBTLE("For most statuses: a tinted fill that reads at a glance without shouting."),
  /** A strong fill with light text: for the one status on a screen that needs attention first. */
  SOLID("For emphasis: the one status on a screen that must be seen first, such as a failure."),
  /** Border and text on the page, no fill: for busy surfaces where fills would compete. */
  OUTLINE("For busy or coloured surfaces, where a filled badge would compete with the content."),
  /** A coloured dot before neutral text: for dense tables and lists. */
  DOT("For dense tables and lists: a coloured dot before plain text keeps rows quiet.");

  private final String guidance;

  Variant(String guidance) {
    this.guidance = guidance;
  }

  /** The name in class names and options: {@code subtle}, {@code solid}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** When to use it, in one sentence (README, catalog). */
  public String guidance() {
    return guidance;
  }

  /** The variant of that id, case-insensitive; null for none. */
  public static Variant fromId(String id) {
    for (Variant v : values()) {
      if (v.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return v;
      }
    }
    return null;
  }
}

package dev.unifiedbadges.runtime;

import java.util.Locale;

/** A badge's size; the icon scales with the text, which is never below 11 px. */
public enum Size {
  /** 11 px text: dense tables. */
  SM(11, "For dense tables and inline text."),
  /** 12 px text: the default. */
  MD(12, "The default, for lists, cards and headers."),
  /** 14 px text: page headers and hero areas. */
  LG(14, "For page headers and summaries, next to large text.");

  private final int fontPixels;
  private final String guidance;

  Size(int fontPixels, String guidance) {
    this.fontPixels = fontPixels;
    this.guidance = guidance;
  }

  /** The name in class names and options: {@code sm}, {@code md}, {@code lg}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label's font size in CSS pixels at a 16 px root. */
  public int fontPixels() {
    return fontPixels;
  }

  /** When to use it, in one sentence. */
  public String guidance() {
    return guidance;
  }

  /** The size of that id, case-insensitive; null for none. */
  public static Size fromId(String id) {
    for (Size s : values()) {
      if (s.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return s;
      }
    }
    return null;
  }
}

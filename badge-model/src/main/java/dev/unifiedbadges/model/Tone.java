package dev.unifiedbadges.model;

import java.util.Objects;

/** A named colour role (success, warning, …) with its light and dark colours. */
public record Tone(String name, ToneColors light, ToneColors dark) {

  public Tone {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
  }

  /** The colours for one theme. */
  public ToneColors colors(Theme theme) {
    return theme == Theme.LIGHT ? light : dark;
  }
}

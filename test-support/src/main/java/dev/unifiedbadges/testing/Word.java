package dev.unifiedbadges.testing;

import java.util.List;

/** One meaning in a generated catalog: a value word and how it renders wherever it appears. */
public record Word(String value, String label, String tone, String icon, List<String> aliases) {

  public Word {
    aliases = List.copyOf(aliases);
  }

  /** A word without aliases. */
  public static Word of(String value, String label, String tone, String icon) {
    return new Word(value, label, tone, icon, List.of());
  }
}

package dev.unifiedbadges.site.generate;

/** What {@link Generator#generate} writes. */
public enum Format {
  /** {@code css/badges.css} (and {@code css/badges.min.css} when enabled). */
  CSS,
  /** {@code tokens/*.tokens.json} and {@code tokens/badges.resolver.json} (DTCG). */
  TOKENS,
  /** {@code js/badges.js} and {@code js/badges.d.ts}. */
  JS,
  /** The catalog site under {@code site/}, with its own copies of every other file. */
  SITE;

  /** The output directory this format's files live in, e.g. {@code css/}. */
  public String directory() {
    return switch (this) {
      case CSS -> "css/";
      case TOKENS -> "tokens/";
      case JS -> "js/";
      case SITE -> "site/";
    };
  }
}

package dev.unifiedbadges.tokens.format;

/** How DTCG colour token values are written. */
public enum ColorFormat {
  /** DTCG 2025.10 colour objects: {@code {colorSpace: "srgb", components, hex}}. */
  OBJECT,
  /** Plain {@code "#rrggbb"} strings, for tools that predate DTCG 2025.10. */
  HEX
}

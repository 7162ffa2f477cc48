/**
 * Exporters from a {@link dev.unifiedbadges.model.BadgeCatalog} to the files other tools consume.
 *
 * <p>{@link dev.unifiedbadges.tokens.TokenExporter#export} returns, by relative path:
 *
 * <ul>
 *   <li>{@code css/badges.css} and {@code css/badges.min.css}: tone custom properties ({@code
 *       --badge-tone-<tone>-bg|fg|border|icon}) for light on {@code :root}, for dark under {@code
 *       prefers-color-scheme: dark} unless {@code data-badge-theme=light}, and under {@code
 *       [data-badge-theme=dark]}; each icon once as {@code --badge-icon-<icon>} (an SVG data URL
 *       used as a mask); the {@code .badge} base, {@code .badge__icon}, {@code .badge__label};
 *       {@code .badge--tone-<tone>}; one class per pairing, per domain fallback and the catalog
 *       fallback; the progress spinner with its reduced-motion override; a forced-colors block.
 *   <li>{@code tokens/badges.light.tokens.json}, {@code tokens/badges.dark.tokens.json}: DTCG
 *       Format Module 2025.10; tone primitives and pairing aliases, badge metadata under {@code
 *       $extensions["dev.unifiedbadges"]}. {@code tokens/badges.resolver.json}: Resolver Module
 *       2025.10 with a {@code theme} modifier.
 *   <li>{@code js/badges.js}, {@code js/badges.d.ts}: an ES module with the catalog and {@code
 *       badgeFor(domain, value)}, resolving exactly as {@code BadgeCatalog.resolve}, and its
 *       literal-union types.
 * </ul>
 *
 * <p>Names come from {@link dev.unifiedbadges.tokens.CssNames} (prefix from {@link
 * dev.unifiedbadges.tokens.format.TokenOptions}); class and property names are escaped with {@link
 * dev.unifiedbadges.tokens.CssSyntax}, token names checked with {@link
 * dev.unifiedbadges.tokens.DtcgNames}.
 */
package dev.unifiedbadges.tokens;

package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.Set;

/**
 * The CSS class and custom-property names every output agrees on. With the default prefix: {@code
 * .badge}, {@code .badge--tone-success}, {@code .badge--operation-run-outcome--partial}, {@code
 * .badge--operation-run-outcome--unknown} and {@code .badge--unknown}.
 */
public record CssNames(String prefix) {

  public CssNames {
    if (!TokenOptions.isValidPrefix(prefix)) {
      throw new IllegalArgumentException("invalid CSS prefix: " + prefix);
    }
  }

  /** The base class every badge carries. */
  public String base() {
    return prefix;
  }

  /** The element that holds the icon mask. */
  public String iconElement() {
    return prefix + "__icon";
  }

  /** The element that holds the label text. */
  public String labelElement() {
    return prefix + "__label";
  }

  public String tone(String tone) {
    return prefix + "--tone-" + tone;
  }

  /** The class of one domain/value pairing. */
  public String pairing(String domain, String value) {
    return pairingOfKebab(Names.kebab(domain), Names.kebab(value));
  }

  /** {@link #pairing} from names already in kebab case, for callers that keep them. */
  public String pairingOfKebab(String domainKebab, String valueKebab) {
    return prefix + "--" + domainKebab + "--" + valueKebab;
  }

  /** The class of a domain's unknown fallback. */
  public String unknown(String domain) {
    return pairingOfKebab(Names.kebab(domain), Badge.UNKNOWN);
  }

  /** The class of the catalog-wide unknown fallback. */
  public String catalogUnknown() {
    return prefix + "--" + Badge.UNKNOWN;
  }

  /**
   * A tone's colour property: {@code --badge-tone-<tone>-<part>}, part being bg, fg, border or icon
   * (the subtle variant's), solid-bg, solid-fg, outline-fg, outline-border or dot.
   */
  public String toneProperty(String tone, String part) {
    return property("tone-" + tone + "-" + part);
  }

  /**
   * The custom property on {@code :root} that holds an icon's mask image: {@code
   * --badge-icon-<icon>}.
   */
  public String iconProperty(String icon) {
    return property("icon-" + icon);
  }

  /**
   * The attribute that forces a theme on an element and its descendants, {@code data-badge-theme}
   * (values {@code light} and {@code dark}); without it the theme follows {@code
   * prefers-color-scheme}.
   */
  public String themeAttribute() {
    return "data-" + prefix + "-theme";
  }

  /**
   * The modifier class of a variant, {@code badge--solid}, {@code badge--outline} or {@code
   * badge--dot}; subtle, the default, has none (null).
   */
  public String variant(Variant variant) {
    return variant == Variant.SUBTLE ? null : prefix + "--" + variant.id();
  }

  /** The modifier class of a size, {@code badge--sm} or {@code badge--lg}; md has none (null). */
  public String size(Size size) {
    return size == Size.MD ? null : prefix + "--" + size.id();
  }

  /** The modifier class that hides the label visually (screen readers still read it). */
  public String iconOnly() {
    return prefix + "--icon-only";
  }

  /**
   * The attribute that sets the variant of every badge inside an element, {@code
   * data-badge-variant} (values {@code solid}, {@code outline}, {@code dot}).
   */
  public String variantAttribute() {
    return "data-" + prefix + "-variant";
  }

  /** The attribute that sets the size of every badge inside an element, {@code data-badge-size}. */
  public String sizeAttribute() {
    return "data-" + prefix + "-size";
  }

  /** A surface colour property, {@code --badge-surface-bg} or {@code --badge-surface-fg}. */
  public String surfaceProperty(String part) {
    return property("surface-" + part);
  }

  /** Icons that show progress, which the CSS spins (unless motion is reduced). */
  public static final Set<String> SPINNING_ICONS = Set.of("loader-circle", "loader");

  /** The name of the {@code @keyframes} that spins progress icons. */
  public String spinKeyframes() {
    return prefix + "-spin";
  }

  /**
   * A custom property, e.g. {@code var(--badge-tone-success-bg)} is {@code
   * property("tone-success-bg")}.
   */
  public String property(String name) {
    return "--" + prefix + "-" + name;
  }
}

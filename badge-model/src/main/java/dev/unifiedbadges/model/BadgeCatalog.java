package dev.unifiedbadges.model;

import dev.unifiedbadges.runtime.LookupKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A validated set of tones and domains: the single source of truth that every output is generated
 * from, and that resolves values to badges at runtime.
 */
public record BadgeCatalog(
    Map<String, Tone> tones,
    Map<String, Domain> domains,
    Badge unknown,
    Surface lightSurface,
    Surface darkSurface) {

  public BadgeCatalog {
    Objects.requireNonNull(unknown, "unknown");
    lightSurface = lightSurface == null ? Surface.DEFAULT_LIGHT : lightSurface;
    darkSurface = darkSurface == null ? Surface.DEFAULT_DARK : darkSurface;
    tones = Collections.unmodifiableMap(new TreeMap<>(tones));
    domains = Collections.unmodifiableMap(new TreeMap<>(domains));
  }

  /** A catalog on the default surfaces. */
  public BadgeCatalog(Map<String, Tone> tones, Map<String, Domain> domains, Badge unknown) {
    this(tones, domains, unknown, null, null);
  }

  /** The page the outline and dot variants sit on in {@code theme}. */
  public Surface surface(Theme theme) {
    return theme == Theme.LIGHT ? lightSurface : darkSurface;
  }

  /** This catalog on other surfaces (null for a theme's default). */
  public BadgeCatalog withSurfaces(Surface light, Surface dark) {
    return new BadgeCatalog(tones, domains, unknown, light, dark);
  }

  /** Builds a catalog from domains in any order; they are kept sorted by name. */
  public static BadgeCatalog of(Map<String, Tone> tones, List<Domain> domains, Badge unknown) {
    Map<String, Domain> byName = new TreeMap<>();
    for (Domain d : domains) {
      if (byName.put(d.name(), d) != null) {
        throw new IllegalArgumentException("duplicate domain " + d.name());
      }
    }
    return new BadgeCatalog(tones, byName, unknown);
  }

  /** The domain with this name. */
  public Optional<Domain> domain(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(domains.get(name));
  }

  /** The unknown fallback a domain renders: its own, or the catalog default. */
  public Badge unknownFor(Domain domain) {
    return domain.unknown() != null ? domain.unknown() : unknown;
  }

  /** The tone a badge uses. Validation guarantees it exists. */
  public Tone tone(Badge badge) {
    Tone tone = tones.get(badge.tone());
    if (tone == null) {
      throw new IllegalStateException(
          "badge " + badge.value() + " uses undefined tone " + badge.tone());
    }
    return tone;
  }

  /** Number of value badges across all domains (fallbacks not counted). */
  public int pairingCount() {
    int n = 0;
    for (Domain d : domains.values()) {
      n += d.values().size();
    }
    return n;
  }

  /** All domains, sorted by name. */
  public List<Domain> domainList() {
    return new ArrayList<>(domains.values());
  }

  /**
   * Resolves a value of a known domain to its badge. Follows aliases, and when there is no exact
   * match, matches by {@link #lookupKey}: in NFC, ignoring ASCII case and surrounding ASCII white
   * space. Unknown and null values give the domain's unknown fallback (or the catalog's). Pure;
   * never throws for a known domain.
   *
   * @throws IllegalArgumentException if the domain itself is not defined, which is a programming
   *     error rather than data to fall back on
   */
  public Badge resolve(String domainName, String value) {
    Domain domain = domainName == null ? null : domains.get(domainName);
    if (domain == null) {
      throw new IllegalArgumentException(
          "Unknown badge domain '" + domainName + "'. Known domains: " + domains.keySet());
    }
    return domain.find(value).orElse(unknownFor(domain));
  }

  /**
   * The normalised form values are matched by after an exact match fails: the NFC form (so an NFD
   * "café" finds the "café" the definitions hold, which the loader keeps in NFC), then ASCII white
   * space trimmed and ASCII letters lower-cased. NFC comes first so that canonically equivalent
   * inputs always give one key ("A" and a combining mark is "Á", never "á"). The rule is {@link
   * LookupKey#of}, which the generated Java applies too, and the JS module's {@code badgeFor} with
   * {@code String.prototype.normalize("NFC")}.
   */
  public static String lookupKey(String value) {
    return LookupKey.of(value);
  }
}

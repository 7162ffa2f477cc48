package dev.unifiedbadges.site;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.DefinitionSource;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/** Catalogs and rendered sites shared by the site tests. */
final class SiteFixtures {

  private static volatile BadgeCatalog builtin;
  private static volatile SortedMap<String, byte[]> builtinSite;

  private SiteFixtures() {}

  static BadgeCatalog builtinCatalog() {
    BadgeCatalog c = builtin;
    if (c == null) {
      c = new DefinitionLoader().loadBuiltin().catalog();
      builtin = c;
    }
    return c;
  }

  /** The built-in catalog's site, rendered once with default options. */
  static SortedMap<String, byte[]> builtinSite() {
    SortedMap<String, byte[]> s = builtinSite;
    if (s == null) {
      s = render(builtinCatalog(), SiteOptions.defaults());
      builtinSite = s;
    }
    return s;
  }

  static SortedMap<String, byte[]> render(BadgeCatalog catalog, SiteOptions options) {
    TokenOptions tokenOptions =
        new TokenOptions(options.cssPrefix(), TokenOptions.defaults().colorFormat(), true);
    return SiteRenderer.render(catalog, TokenExporter.export(catalog, tokenOptions), options);
  }

  /** Loads definitions from YAML text, as a user's file would be. */
  static BadgeCatalog catalogFromYaml(String yaml) throws Exception {
    return new DefinitionLoader()
        .load(List.of(new DefinitionSource("x.badges.yaml", yaml.getBytes(StandardCharsets.UTF_8))))
        .catalog();
  }

  /**
   * A synthetic catalog of {@code domains} × {@code values} pairings over the built-in tones, with
   * real icon names so every exporter accepts it.
   */
  static BadgeCatalog synthetic(int domains, int values) {
    BadgeCatalog base = builtinCatalog();
    String[] tones = base.tones().keySet().toArray(String[]::new);
    String[] icons = {
      "circle-check", "circle-x", "triangle-alert", "clock", "ban", "hourglass", "archive", "eye"
    };
    List<Domain> list = new ArrayList<>(domains);
    for (int d = 0; d < domains; d++) {
      List<Badge> badges = new ArrayList<>(values);
      for (int v = 0; v < values; v++) {
        badges.add(
            new Badge(
                String.format(Locale.ROOT, "value_%02d", v),
                String.format(Locale.ROOT, "Value %d", v),
                tones[(d + v) % tones.length],
                icons[(d * 7 + v) % icons.length],
                List.of(),
                v % 5 == 0 ? "Synthetic value " + v + " of domain " + d + "." : ""));
      }
      list.add(
          new Domain(
              String.format(Locale.ROOT, "synthetic_%04d.status", d),
              String.format(Locale.ROOT, "Synthetic domain %d", d),
              "A generated domain for scale tests.",
              badges,
              null));
    }
    return BadgeCatalog.of(base.tones(), list, base.unknown());
  }

  static String text(SortedMap<String, byte[]> site, String path) {
    byte[] bytes = site.get(path);
    if (bytes == null) {
      throw new AssertionError("the site has no " + path + "; it has " + site.keySet());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static List<String> pages(SortedMap<String, byte[]> site) {
    return site.keySet().stream()
        .filter(p -> p.endsWith(".html") && !p.startsWith("downloads/"))
        .toList();
  }
}

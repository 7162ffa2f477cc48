package dev.unifiedbadges.site;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;

/** The rendered sites the site tests share, and reading their files. */
final class SiteFixtures {

  private static volatile SortedMap<String, byte[]> builtinSite;

  private SiteFixtures() {}

  /** The built-in catalog's site, rendered once with default options. */
  static SortedMap<String, byte[]> builtinSite() {
    SortedMap<String, byte[]> s = builtinSite;
    if (s == null) {
      s = render(TestCatalogs.builtin(), SiteOptions.defaults());
      builtinSite = s;
    }
    return s;
  }

  static SortedMap<String, byte[]> render(BadgeCatalog catalog, SiteOptions options) {
    TokenOptions tokenOptions =
        new TokenOptions(
            options.cssPrefix(), TokenOptions.defaults().colorFormat(), true, options.darkMode());
    return SiteRenderer.render(catalog, TokenExporter.export(catalog, tokenOptions), options);
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

package dev.unifiedbadges.site;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files every site holds whatever the catalog: scripts, styles, the font and licences. */
final class SiteAssets {

  /** By path relative to the site root; loaded once, so callers hand out copies of the bytes. */
  static final SortedMap<String, byte[]> FILES = load();

  private SiteAssets() {}

  private static SortedMap<String, byte[]> load() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (String asset : new String[] {"site.css", "site.js", "theme-init.js"}) {
      files.put("assets/" + asset, Resources.bytes("dev/unifiedbadges/site/assets/" + asset));
    }
    for (String weight : new String[] {"Regular", "Medium"}) {
      String font = "Roboto-" + weight + ".woff2";
      files.put("assets/fonts/" + font, Webjars.npmFile("roboto-fontface", "fonts/roboto/" + font));
    }
    files.put("assets/fonts/LICENSE.txt", Webjars.npmFile("roboto-fontface", "LICENSE"));
    files.put("assets/licenses/lucide-LICENSE.txt", Webjars.npmFile("lucide-static", "LICENSE"));
    return Collections.unmodifiableSortedMap(files);
  }
}

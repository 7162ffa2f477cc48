package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.DefinitionSource;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Domains named like Windows devices get pages that can exist on Windows too. */
class WindowsPageNamesTest {

  @Test
  void windowsDeviceNamesHaveTheirFirstLetterEscaped() {
    assertEquals("domains/_63_on.html", SiteRenderer.domainPage("con"));
    assertEquals("domains/_6e_ul.html", SiteRenderer.domainPage("NUL"));
    assertEquals("domains/_63_om1.html", SiteRenderer.domainPage("com1"));
    assertEquals("domains/_6c_pt9.html", SiteRenderer.domainPage("lpt9"));
    assertEquals("domains/_61_ux.html", SiteRenderer.domainPage("aux"));
    assertEquals("domains/_70_rn.html", SiteRenderer.domainPage("prn"));
    // Only the whole name is reserved: these stay as they are.
    assertEquals("domains/con-tent.html", SiteRenderer.domainPage("con_tent"));
    assertEquals("domains/com10.html", SiteRenderer.domainPage("com10"));
    assertEquals("domains/console.html", SiteRenderer.domainPage("console"));
  }

  @Test
  void theSiteLinksToTheEscapedPages() throws Exception {
    StringBuilder yaml = new StringBuilder("domains:\n");
    for (String name : List.of("con", "nul", "com1", "con_tent")) {
      yaml.append("  ")
          .append(name)
          .append(":\n    values:\n      ok: { label: OK, tone: success, icon: circle-check }\n");
    }
    BadgeCatalog catalog =
        new DefinitionLoader()
            .load(
                List.of(
                    new DefinitionSource(
                        "win.badges.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))))
            .catalog();
    SortedMap<String, byte[]> site =
        SiteRenderer.render(
            catalog,
            TokenExporter.export(catalog, TokenOptions.defaults()),
            SiteOptions.defaults());
    for (String page : List.of("_63_on", "_6e_ul", "_63_om1", "con-tent")) {
      assertTrue(site.containsKey("domains/" + page + ".html"), page);
    }
    assertFalse(site.containsKey("domains/con.html"));
    String index = new String(site.get("index.html"), StandardCharsets.UTF_8);
    assertTrue(
        index.contains("href=\"domains/_63_on.html\""), "the index links to the escaped page");
  }
}

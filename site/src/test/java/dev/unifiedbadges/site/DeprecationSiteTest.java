package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.testing.TestCatalogs;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site marks deprecated values and domains with the reason and a link to the replacement, and
 * the index offers to hide them; a catalog without deprecations shows none of it.
 */
class DeprecationSiteTest {

  private static SortedMap<String, byte[]> site;

  @BeforeAll
  static void render() throws Exception {
    site = SiteFixtures.render(TestCatalogs.withDeprecations(), SiteOptions.defaults());
  }

  private static Document page(String path) {
    return Jsoup.parse(SiteFixtures.text(site, path));
  }

  @Test
  void aDeprecatedValueCardShowsTheVersionsTheReasonAndLinksTheReplacement() {
    Element done = page("domains/job-status.html").getElementById("done");
    assertTrue(done.hasAttr("data-deprecated"));
    Element note = done.selectFirst(".deprecation[role=note]");
    assertNotNull(note, done.outerHtml());
    assertEquals(
        "Deprecated since 1.4, to be removed in 2.0.",
        note.selectFirst(".deprecation__title").text());
    assertEquals("Renamed to succeeded.", note.selectFirst(".deprecation__reason").text());
    Element link = note.selectFirst(".deprecation__replacement a");
    assertEquals("#succeeded", link.attr("href"));
    assertEquals("succeeded", link.text());
  }

  @Test
  void aBareDeprecationSaysOnlyDeprecatedAndACurrentValueSaysNothing() {
    Document page = page("domains/job-status.html");
    Element old = page.getElementById("old");
    assertEquals("Deprecated.", old.selectFirst(".deprecation__title").text());
    assertNull(old.selectFirst(".deprecation__reason"));
    assertNull(old.selectFirst(".deprecation__replacement"));
    Element succeeded = page.getElementById("succeeded");
    assertNull(succeeded.selectFirst(".deprecation"));
    assertTrue(!succeeded.hasAttr("data-deprecated"));
  }

  @Test
  void aDeprecatedDomainsPageAndIndexCardLinkTheReplacementDomain() {
    Element intro = page("domains/run-status.html").selectFirst(".intro .deprecation");
    assertNotNull(intro);
    assertEquals("Merged into job status.", intro.selectFirst(".deprecation__reason").text());
    Element link = intro.selectFirst(".deprecation__replacement a");
    assertEquals("../domains/job-status.html", link.attr("href"));
    assertEquals("Job status", link.text());

    Document index = page("index.html");
    Element card =
        index.select(".domain-card").stream()
            .filter(c -> c.selectFirst(".domain-card__title").text().equals("Run status"))
            .findFirst()
            .orElseThrow();
    assertTrue(card.hasAttr("data-deprecated"));
    assertEquals(
        "domains/job-status.html", card.selectFirst(".deprecation__replacement a").attr("href"));
  }

  @Test
  void theIndexMarksDeprecatedBadgesAndOffersAKeyboardCheckboxToHideThem() {
    Document index = page("index.html");
    Element box = index.getElementById("site--hide-deprecated");
    assertNotNull(box);
    assertEquals("checkbox", box.attr("type"));
    assertEquals(
        "Hide deprecated domains and values",
        index.selectFirst("label[for=site--hide-deprecated]").text());
    assertEquals(2, index.select(".badge-list__item[data-deprecated]").size());
    assertEquals(
        "Done (deprecated)",
        index.selectFirst(".badge-list__item[data-deprecated] .badge-link").text());
  }

  @Test
  void aCatalogWithoutDeprecationsHasNoneOfTheseElements() {
    String index = SiteFixtures.text(SiteFixtures.builtinSite(), "index.html");
    assertTrue(!index.contains("data-deprecated"));
    assertTrue(!index.contains("site--hide-deprecated"));
    assertTrue(!index.contains("class=\"deprecation\""));
  }
}

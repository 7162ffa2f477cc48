package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.testing.TestCatalogs;
import java.util.Locale;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The site stays usable at 20,000 pairings: one page per domain, an index that lists domains with a
 * few samples instead of every badge, and value search from a separate index script.
 */
class LargeCatalogSiteTest {

  @Test
  void theIndexOfTwentyThousandPairingsStaysUnderOneMegabyte() {
    BadgeCatalog catalog = TestCatalogs.syntheticStatuses(1000, 20);
    assertEquals(20_000, catalog.pairingCount());
    long start = System.nanoTime();
    SortedMap<String, byte[]> site = SiteFixtures.render(catalog, SiteOptions.defaults());
    long millis = (System.nanoTime() - start) / 1_000_000;
    int index = site.get("index.html").length;
    // Reported for the record, never asserted: timing belongs to the benchmarks.
    System.out.printf(
        Locale.ROOT,
        "20,000 pairings: tokens + site in %d ms, %d files, index.html %d bytes, search-index.js %d bytes%n",
        millis,
        site.size(),
        index,
        site.get("search-index.js").length);
    assertTrue(index < 1_000_000, "index.html is " + index + " bytes");

    Document doc = Jsoup.parse(SiteFixtures.text(site, "index.html"));
    assertEquals(1000, doc.select(".domain-card").size());
    int samples = doc.select(".domain-grid span.badge").size();
    assertTrue(samples >= 1000, "at least one sample badge per domain, got " + samples);
    assertTrue(
        doc.select(".domain-grid a[href*=#]").isEmpty(),
        "samples are not links; cards link to their pages");
    assertEquals(
        "search-index.js", doc.selectFirst("[data-filter-index]").attr("data-filter-index"));
    assertTrue(doc.selectFirst("[data-filter-results]").hasAttr("hidden"));
    for (Domain d : catalog.domainList()) {
      assertTrue(site.containsKey("domains/" + Names.kebab(d.name()) + ".html"), d.name());
    }
    String search = SiteFixtures.text(site, "search-index.js");
    assertTrue(search.startsWith("/*") && search.contains("window.UnifiedBadgesSearchIndex = {"));
    assertEquals(
        20_000, search.split("\n\\[\\d+,\"value_", -1).length - 1, "one search entry per pairing");
  }

  @Test
  void theBuiltinIndexIsUnder150KilobytesAndShowsEverything() {
    SortedMap<String, byte[]> site = SiteFixtures.builtinSite();
    int index = site.get("index.html").length;
    assertTrue(index < 150 * 1024, "index.html is " + index + " bytes");
    Document doc = Jsoup.parse(SiteFixtures.text(site, "index.html"));
    assertFalse(
        doc.selectFirst("[data-filter-input]").hasAttr("data-filter-index"), "filters in place");
    assertTrue(doc.select("[data-filter-results]").isEmpty());
  }

  @Test
  void theIndexSwitchesToSamplesAboveTheThreshold() {
    SortedMap<String, byte[]> small =
        SiteFixtures.render(TestCatalogs.syntheticStatuses(10, 20), SiteOptions.defaults());
    assertEquals(
        200,
        Jsoup.parse(SiteFixtures.text(small, "index.html"))
            .select(".domain-grid span.badge")
            .size());
    SortedMap<String, byte[]> large =
        SiteFixtures.render(TestCatalogs.syntheticStatuses(11, 20), SiteOptions.defaults());
    Document doc = Jsoup.parse(SiteFixtures.text(large, "index.html"));
    assertEquals(
        11 * SiteRenderer.SAMPLES_PER_DOMAIN, doc.select(".domain-grid span.badge").size());
    assertEquals(11, doc.select(".domain-card__title a").size(), "each card links to its page");
    assertTrue(
        doc.select("[data-filter-value]").isEmpty(),
        "values are searched through the index, not the cards");
  }
}

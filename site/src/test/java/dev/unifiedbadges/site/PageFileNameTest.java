package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.testing.TestCatalogs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Domain pages have ASCII file names (a POSIX locale cannot encode anything else), distinct for
 * distinct domains, and every link to them uses that name.
 */
class PageFileNameTest {

  private static final String YAML =
      """
      domains:
        Ünïcödé.Straße:
          values:
            größe: { label: Größe, tone: info, icon: clock }
        مجال.الحالة:
          values:
            queued: { label: Queued, tone: neutral, icon: clock }
        "１２３ full-width digits":
          values:
            ok: { label: OK, tone: success, icon: circle-check }
        "𝐀bold.status":
          values:
            ok: { label: OK, tone: success, icon: circle-check }
        plain.status:
          values:
            ok: { label: OK, tone: success, icon: circle-check }
      """;

  @Test
  void kebabNamesMapToAsciiFileNamesOneToOne() {
    assertEquals("plain-status", PageNames.asciiFileName("plain-status"));
    assertEquals("stra_df_e", PageNames.asciiFileName("straße"));
    assertEquals("_1d400_bold", PageNames.asciiFileName("\uD835\uDC00bold"));
    assertEquals("_ff11__ff12_", PageNames.asciiFileName("１２"));
    assertEquals(
        "domains/operation-run-outcome.html", SiteRenderer.domainPage("operation_run.outcome"));
    // Distinct kebab names give distinct file names: '_' never occurs in a kebab name, and each
    // escape is delimited, so the mapping can be undone.
    Set<String> seen = new HashSet<>();
    for (String kebab :
        List.of("a", "á", "a-á", "á-a", "_", "e1", "é", "ab", "a-b", "ß", "ss", "ǆ", "dž")) {
      assertTrue(seen.add(PageNames.asciiFileName(kebab)), kebab);
    }
  }

  @Test
  void aNameTooLongForAFileIsShortenedWithAHashOfTheWholeName() {
    // 120 characters (the longest name validation allows) of CJK: 720 bytes once escaped.
    String cjk = "漢".repeat(119) + "字";
    String other = "漢".repeat(120);
    String page = PageNames.pageName(cjk);
    assertTrue(page.length() <= PageNames.MAX_PAGE_NAME, page);
    assertTrue(page.matches("[a-z0-9_-]+~[0-9a-f]{16}"), page);
    assertTrue(page.startsWith("_6f22__6f22_"), page);
    assertTrue(!page.equals(PageNames.pageName(other)), "a different name gets a different page");
    assertEquals(page, PageNames.pageName(cjk), "deterministic");
    // Names that fit are never shortened, and never contain '~'.
    String fits = "a".repeat(120);
    assertEquals(fits, PageNames.pageName(fits));
    String escaped = "é".repeat(40); // 40 × 4 = 160 characters
    assertEquals(PageNames.asciiFileName(escaped), PageNames.pageName(escaped));
  }

  @Test
  void aLongNonAsciiDomainGetsAPageThatFitsInAFileName() throws Exception {
    String name = "状态".repeat(60);
    BadgeCatalog catalog =
        TestCatalogs.fromYaml(
            "domains:\n  "
                + name
                + ":\n    values:\n      ok: { label: OK, tone: success, icon: circle-check }\n");
    SortedMap<String, byte[]> site = SiteFixtures.render(catalog, SiteOptions.defaults());
    String page = SiteRenderer.domainPage(name);
    assertTrue(site.containsKey(page), site.keySet().toString());
    assertTrue(page.length() - "domains/".length() < 255, page);
    assertTrue(SiteFixtures.text(site, "index.html").contains("href=\"" + page + "\""));
  }

  @Test
  void everyPageNameIsAsciiAndEveryLinkFindsItsPage() throws Exception {
    BadgeCatalog catalog = TestCatalogs.fromYaml(YAML);
    SortedMap<String, byte[]> site = SiteFixtures.render(catalog, SiteOptions.defaults());
    Set<String> pages = new HashSet<>();
    for (String path : site.keySet()) {
      assertTrue(path.chars().allMatch(c -> c > 0x20 && c < 0x7f), "ASCII path: " + path);
      if (path.startsWith("domains/")) {
        assertTrue(path.matches("domains/[a-z0-9_-]+\\.html"), path);
        pages.add(path);
      }
    }
    assertEquals(catalog.domains().size(), pages.size());
    for (Domain d : catalog.domainList()) {
      String page = SiteRenderer.domainPage(d.name());
      assertTrue(pages.contains(page), page);
      // The page still shows the domain's own name and uses its (Unicode) kebab name in classes.
      Document doc = Jsoup.parse(SiteFixtures.text(site, page));
      assertEquals(d.name(), doc.selectFirst(".domain-name").text());
      assertTrue(
          !doc.getElementsByClass("badge--" + Names.kebab(d.name()) + "--unknown").isEmpty(), page);
    }
    assertTrue(
        pages.contains("domains/_645__62c__627__644_-_627__644__62d__627__644__629_.html"),
        pages.toString());
    assertTrue(pages.contains("domains/_fc_n_ef_c_f6_d_e9_-stra_df_e.html"), pages.toString());

    // Index cards, pager links and the search index all point at existing pages.
    Set<String> linked = new HashSet<>();
    Document index = Jsoup.parse(SiteFixtures.text(site, "index.html"));
    for (Element a : index.select("a[href^=domains/]")) {
      linked.add(a.attr("href").replaceAll("#.*", ""));
    }
    for (String page : pages) {
      for (Element a :
          Jsoup.parse(SiteFixtures.text(site, page)).select("a[rel=prev], a[rel=next]")) {
        linked.add(a.attr("href").replaceFirst("^\\.\\./", ""));
      }
    }
    Matcher m =
        Pattern.compile("\"(domains/[^\"]+)\"").matcher(SiteFixtures.text(site, "search-index.js"));
    while (m.find()) {
      linked.add(m.group(1));
    }
    assertEquals(pages, linked, "every page is linked, and every link has a page");
  }
}

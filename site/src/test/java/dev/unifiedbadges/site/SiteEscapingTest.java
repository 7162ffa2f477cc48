package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.testing.TestCatalogs;
import java.util.List;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Labels, descriptions and names from definitions are text, never markup, on every page. */
class SiteEscapingTest {

  static final String HOSTILE_YAML =
      """
      domains:
        xss.status:
          title: "<b>Bold</b> title"
          description: "Breaks out? \\"><img src=x onerror=alert(2)>"
          values:
            evil:
              label: "<script>alert(1)</script>"
              tone: danger
              icon: circle-x
              aliases: ["\\"quoted\\" & <alias>"]
              description: "</code></dd><script>alert(3)</script>"
            fine: { label: "Fine & dandy", tone: success, icon: circle-check }
      """;

  @Test
  void aScriptLabelRendersAsText() throws Exception {
    BadgeCatalog catalog = TestCatalogs.fromYaml(HOSTILE_YAML);
    SortedMap<String, byte[]> site = SiteFixtures.render(catalog, SiteOptions.defaults());
    for (String path : SiteFixtures.pages(site)) {
      String html = SiteFixtures.text(site, path);
      assertFalse(html.contains("<script>alert"), path);
      assertFalse(html.contains("<img src=x"), path);
      assertFalse(html.contains("<b>Bold"), path);
      Document page = Jsoup.parse(html);
      for (Element script : page.select("script")) {
        assertTrue(
            script.attr("src").endsWith(".js") && script.data().isEmpty(), path + ": " + script);
      }
      assertTrue(page.select("img").isEmpty(), path);
      assertTrue(page.select("b").isEmpty(), path);
    }

    Document page = Jsoup.parse(SiteFixtures.text(site, "domains/xss-status.html"));
    assertEquals("<b>Bold</b> title", page.selectFirst("h1").text());
    Element row = page.getElementById("evil");
    assertNotNull(row);
    Element label = row.selectFirst("span.badge.badge--xss-status--evil .badge__label");
    assertEquals("<script>alert(1)</script>", label.text());
    assertTrue(row.text().contains("</code></dd><script>alert(3)</script>"), row.text());
    assertTrue(row.text().contains("\"quoted\" & <alias>"), row.text());
    // The snippet to copy escapes the label, so pasting it shows the same text.
    String snippet = row.selectFirst(".copy-row .copy-row__code").wholeText();
    assertTrue(
        snippet.endsWith(
            "<span class=\"badge__label\">&lt;script&gt;alert(1)&lt;/script&gt;</span></span>"),
        snippet);
    assertEquals(
        "<script>alert(1)</script>", Jsoup.parse(snippet).selectFirst(".badge__label").text());

    Document index = Jsoup.parse(SiteFixtures.text(site, "index.html"));
    assertEquals(
        "<script>alert(1)</script>",
        index.selectFirst(".badge--xss-status--evil .badge__label").text());
    String search = SiteFixtures.text(site, "search-index.js");
    assertFalse(search.contains("<script>"), "the search index escapes '<'");
    assertTrue(search.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"));
  }

  @Test
  void theDownloadsExampleCallQuotesNamesAsJavaScriptStrings() throws Exception {
    BadgeCatalog catalog =
        TestCatalogs.fromYaml(
            """
            domains:
              'say "hi" \\ now':
                title: Quotes
                values:
                  'a"b\\c': { label: Quoted, tone: info, icon: circle-check }
            """);
    Document page =
        Jsoup.parse(
            SiteFixtures.text(
                SiteFixtures.render(catalog, SiteOptions.defaults()), "downloads.html"));
    String code =
        page.select("pre code").stream()
            .map(Element::wholeText)
            .filter(t -> t.contains("badgeFor("))
            .findFirst()
            .orElseThrow();
    String call = code.substring(code.indexOf("badgeFor("));
    assertTrue(call.endsWith(");"), call);
    // The arguments, read back as JSON string literals (a subset of JS), are the names themselves.
    List<?> args =
        new ObjectMapper()
            .readValue(
                "[" + call.substring("badgeFor(".length(), call.length() - 2) + "]", List.class);
    assertEquals(List.of("say \"hi\" \\ now", "a\"b\\c"), args);
  }
}

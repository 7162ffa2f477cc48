package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.validate.Validator;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.DarkMode;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The built-in catalog's site holds every pairing and fallback, with everything a row promises.
 * {@code @Isolated}: one check changes the JVM's default locale, so no other class runs meanwhile.
 */
@Isolated
class SiteRendererBuiltinCatalogTest {

  private final BadgeCatalog catalog = TestCatalogs.builtin();
  private final SortedMap<String, byte[]> site = SiteFixtures.builtinSite();

  @Test
  void everyPairingAppearsOnItsDomainPageWithItsDetails() {
    int pairings = 0;
    for (Domain d : catalog.domainList()) {
      String kebab = Names.kebab(d.name());
      Document page = Jsoup.parse(SiteFixtures.text(site, "domains/" + kebab + ".html"));
      assertEquals(d.title(), page.selectFirst("h1").text(), d.name());
      for (Badge b : d.values()) {
        String id = Names.kebab(b.value());
        Element row = page.getElementById(id);
        assertNotNull(row, "row #" + id + " on the page of " + d.name());
        String cls = "badge--" + kebab + "--" + id;
        Elements badges = row.select("span.badge." + cls);
        assertFalse(badges.isEmpty(), "badge ." + cls);
        for (Element badge : badges) {
          assertEquals(b.label(), badge.selectFirst(".badge__label").text());
          assertEquals("true", badge.selectFirst(".badge__icon").attr("aria-hidden"));
        }
        String rowText = row.text();
        assertTrue(rowText.contains(b.label()), "label");
        assertTrue(rowText.contains(b.tone()), "tone");
        assertTrue(rowText.contains(b.icon()), "icon");
        for (String alias : b.aliases()) {
          assertTrue(rowText.contains(alias), "alias " + alias);
        }
        assertTrue(rowText.contains(b.description()), "description");
        Tone tone = catalog.tone(b);
        assertTrue(
            rowText.contains(Validator.ratio(tone.light().textContrast())), "light contrast");
        assertTrue(rowText.contains(Validator.ratio(tone.dark().textContrast())), "dark contrast");
        assertTrue(rowText.contains("Passes AA"), "pass mark");
        assertEquals("#" + id, row.selectFirst("a.anchor").attr("href"), "visible anchor link");
        // The three copy buttons: HTML snippet (exactly the documented shape), class, token path.
        String snippet =
            "<span class=\"badge "
                + cls
                + "\"><span class=\"badge__icon\" aria-hidden=\"true\"></span>"
                + "<span class=\"badge__label\">"
                + b.label()
                + "</span></span>";
        Map<String, String> copies = copies(row);
        assertEquals(snippet, copies.get("HTML"));
        assertEquals(cls, copies.get("CSS class"));
        assertEquals("badge." + kebab + "." + id, copies.get("Token"));
        pairings++;
      }
    }
    assertEquals(47, pairings);
  }

  @Test
  void theRenderedBadgeIsExactlyTheSnippetItOffers() {
    String html = SiteFixtures.text(site, "domains/operation-run-outcome.html");
    assertTrue(
        html.contains(
            "<span class=\"badge badge--operation-run-outcome--partial\"><span class=\"badge__icon\""
                + " aria-hidden=\"true\"></span><span class=\"badge__label\">Partial</span></span>"),
        "the page renders the ARCHITECTURE.md snippet verbatim");
  }

  @Test
  void everyDomainPageShowsItsUnknownFallback() {
    int fallbacks = 0;
    for (Domain d : catalog.domainList()) {
      String kebab = Names.kebab(d.name());
      Document page = Jsoup.parse(SiteFixtures.text(site, "domains/" + kebab + ".html"));
      Element row = page.getElementById("unknown");
      assertNotNull(row, "fallback row of " + d.name());
      Badge fallback = catalog.unknownFor(d);
      Element badge = row.selectFirst("span.badge.badge--" + kebab + "--unknown");
      assertNotNull(badge, "fallback badge of " + d.name());
      assertEquals(fallback.label(), badge.selectFirst(".badge__label").text());
      assertTrue(row.text().contains(SiteRenderer.SAMPLE_UNKNOWN_VALUE), "sample unknown value");
      assertEquals(fallback, catalog.resolve(d.name(), SiteRenderer.SAMPLE_UNKNOWN_VALUE));
      assertEquals("badge." + kebab + ".unknown", copies(row).get("Token"));
      fallbacks++;
    }
    assertEquals(11, fallbacks);
  }

  @Test
  void theIndexShowsEveryDomainAndPairingWithCounts() {
    Document index = Jsoup.parse(SiteFixtures.text(site, "index.html"));
    String stats = index.selectFirst(".stats").text();
    assertTrue(stats.contains("11 domains"), stats);
    assertTrue(stats.contains("47 pairings"), stats);
    for (Domain d : catalog.domainList()) {
      String href = "domains/" + Names.kebab(d.name()) + ".html";
      assertFalse(index.select("a[href=" + href + "]").isEmpty(), "link to " + href);
      for (Badge b : d.values()) {
        String cls = "badge--" + Names.kebab(d.name()) + "--" + Names.kebab(b.value());
        Element badge =
            index.selectFirst(
                "a[href=" + href + "#" + Names.kebab(b.value()) + "] span.badge." + cls);
        assertNotNull(badge, "index badge " + cls);
      }
    }
    assertEquals(47, index.select(".domain-grid span.badge").size());
  }

  @Test
  void everyPageHasTheContentSecurityPolicyAndNoInlineScriptOrStyle() {
    for (String path : SiteFixtures.pages(site)) {
      Document page = Jsoup.parse(SiteFixtures.text(site, path));
      Element csp = page.selectFirst("head meta[http-equiv=Content-Security-Policy]");
      assertNotNull(csp, path);
      assertEquals(
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self';"
              + " object-src 'none'; base-uri 'none'; form-action 'none'",
          csp.attr("content"));
      for (Element script : page.select("script")) {
        assertFalse(script.attr("src").isEmpty(), path + ": inline script");
      }
      assertTrue(page.select("style").isEmpty(), path + ": <style> element");
      assertTrue(page.select("[style]").isEmpty(), path + ": style attribute");
      assertTrue(
          page.select("[onclick], [onload], [onerror]").isEmpty(),
          path + ": event handler attribute");
      // The theme is applied by a blocking script before the stylesheets, so there is no flash.
      Elements head = page.head().children();
      int init = head.indexOf(page.selectFirst("head script[src$=assets/theme-init.js]"));
      int firstSheet = head.indexOf(page.selectFirst("head link[rel=stylesheet]"));
      assertTrue(init >= 0 && init < firstSheet, path + ": theme-init.js before the stylesheets");
      assertFalse(page.selectFirst("head script[src$=assets/theme-init.js]").hasAttr("defer"));
    }
  }

  @Test
  void everyLinkIsRelativeAndResolvesInsideTheSite() {
    for (String path : SiteFixtures.pages(site)) {
      Document page = Jsoup.parse(SiteFixtures.text(site, path));
      for (Element e : page.select("[href], [src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        assertFalse(
            url.startsWith("/") || url.contains("://") || url.startsWith("//"), path + ": " + url);
        String target = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        String file = target.isEmpty() ? path : resolve(path, target);
        assertTrue(site.containsKey(file), path + " links to missing " + url + " (" + file + ")");
        if (!fragment.isEmpty() && file.endsWith(".html")) {
          Document other = Jsoup.parse(SiteFixtures.text(site, file));
          assertNotNull(other.getElementById(fragment), path + " links to missing fragment " + url);
        }
      }
    }
  }

  @Test
  void theSiteHoldsItsOwnCopiesOfTheTokenFilesAndTheFont() {
    SortedMap<String, byte[]> tokens = TokenExporter.export(catalog, TokenOptions.defaults());
    assertEquals(7, tokens.size());
    for (Map.Entry<String, byte[]> e : tokens.entrySet()) {
      assertArrayEquals(e.getValue(), site.get("downloads/" + e.getKey()), e.getKey());
    }
    Document downloads = Jsoup.parse(SiteFixtures.text(site, "downloads.html"));
    for (String path : tokens.keySet()) {
      assertNotNull(
          downloads.selectFirst("a[href=downloads/" + path + "]"), "download link " + path);
    }
    for (String font :
        new String[] {"Roboto-Regular.woff2", "Roboto-Medium.woff2", "LICENSE.txt"}) {
      assertTrue(site.containsKey("assets/fonts/" + font), font);
    }
    String css = SiteFixtures.text(site, "assets/site.css");
    assertTrue(css.contains("url(\"fonts/Roboto-Regular.woff2\")"));
    assertTrue(css.contains("url(\"fonts/Roboto-Medium.woff2\")"));
    assertTrue(site.containsKey("search-index.js"));
  }

  @Test
  void theTonesPageShowsEveryToneInBothThemesWithContrast() {
    Document tones = Jsoup.parse(SiteFixtures.text(site, "tones.html"));
    String palette = SiteFixtures.text(site, "assets/palette.css");
    for (Tone t : catalog.tones().values()) {
      Element card = tones.getElementById(t.name());
      assertNotNull(card, t.name());
      String text = card.text();
      assertTrue(
          text.contains(t.light().background().hex()) && text.contains(t.dark().background().hex()),
          t.name());
      assertTrue(
          text.contains(t.light().foreground().hex()) && text.contains(t.dark().foreground().hex()),
          t.name());
      assertTrue(text.contains(Validator.ratio(t.light().textContrast())), t.name());
      assertTrue(text.contains(Validator.ratio(t.dark().textContrast())), t.name());
      assertTrue(
          palette.contains(
              ".palette--"
                  + t.name()
                  + "--dark {\n  background-color: "
                  + t.dark().background().hex()));
    }
  }

  @Test
  void outputIsByteIdenticalAcrossRunsLocalesAndTimeZones() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      SortedMap<String, byte[]> again = SiteFixtures.render(catalog, SiteOptions.defaults());
      assertEquals(site.keySet(), again.keySet());
      for (String path : site.keySet()) {
        assertArrayEquals(site.get(path), again.get(path), path);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    for (String path : SiteFixtures.pages(site)) {
      assertFalse(SiteFixtures.text(site, path).contains("\r"), path);
    }
  }

  @Test
  void aCustomPrefixAndTitleReachEveryBadgeAndPage() {
    SortedMap<String, byte[]> custom =
        SiteFixtures.render(
            catalog,
            new SiteOptions(
                "Acme badges", dev.unifiedbadges.model.validate.ContrastLevel.AAA, "ub"));
    Document page = Jsoup.parse(SiteFixtures.text(custom, "domains/finding-status.html"));
    assertTrue(page.title().endsWith("Acme badges"), page.title());
    Element badge = page.getElementById("new").selectFirst("span.ub.ub--finding-status--new");
    assertNotNull(badge);
    assertNotNull(badge.selectFirst("span.ub__icon"));
    assertEquals("New", badge.selectFirst("span.ub__label").text());
    assertTrue(page.getElementById("new").text().contains("AAA"));
    // The previews and the theme switch must use the badge CSS's own attribute, data-ub-theme.
    assertEquals("data-ub-theme", page.selectFirst("html").attr("data-theme-attribute"));
    assertEquals(
        "light", page.getElementById("new").selectFirst(".preview--light").attr("data-ub-theme"));
    assertEquals(
        "dark", page.getElementById("new").selectFirst(".preview--dark").attr("data-ub-theme"));
    assertTrue(
        page.select("[data-badge-theme]").isEmpty(),
        "no preview forces the default prefix's attribute");
    String downloads = Jsoup.parse(SiteFixtures.text(custom, "downloads.html")).text();
    assertTrue(downloads.contains("set data-ub-theme=\"light\""), downloads);
  }

  @Test
  void theDownloadsPageShowsTheNpmPackageAndTheGeneratedJavaForARealPairing() {
    String text = Jsoup.parse(SiteFixtures.text(site, "downloads.html")).text();
    assertTrue(text.contains("With the npm format among the formats"), text);
    assertTrue(text.contains("import \"your-package/css\";"), text);
    // The built-in catalog's first domain and value, as the java format names them.
    assertTrue(
        text.contains("Badge badge = Badges.BackupScheduleRunStatus.resolve(valueFromYourData);"),
        text);
    assertTrue(
        text.contains("String html = Badges.html(Badges.BackupScheduleRunStatus.RUNNING);"), text);
  }

  @Test
  void theDownloadsPageSaysWhenBadgesTurnDarkForEitherDarkMode() {
    String media = Jsoup.parse(SiteFixtures.text(site, "downloads.html")).text();
    assertTrue(media.contains("The badges follow the system's light or dark preference."), media);
    assertTrue(media.contains("generate with darkMode attribute"), media);

    SortedMap<String, byte[]> attribute =
        SiteFixtures.render(catalog, SiteOptions.defaults().withDarkMode(DarkMode.ATTRIBUTE));
    String text = Jsoup.parse(SiteFixtures.text(attribute, "downloads.html")).text();
    assertTrue(
        text.contains(
            "These badges are light unless the page asks for dark: set"
                + " data-badge-theme=\"dark\""),
        text);
    assertFalse(text.contains("follow the system"), text);
    assertFalse(
        SiteFixtures.text(attribute, "downloads/css/badges.css").contains("prefers-color-scheme"),
        "the site offers the CSS it describes");
  }

  private static Map<String, String> copies(Element row) {
    Map<String, String> copies = new java.util.TreeMap<>();
    for (Element r : row.select(".copy-row")) {
      String label = r.selectFirst(".copy-row__label").text();
      // The button copies the text of the code beside it.
      assertNotNull(r.selectFirst("button[type=button][data-copy]"), "copy button of " + label);
      copies.put(label, r.selectFirst(".copy-row__code").wholeText());
    }
    return copies;
  }

  private static String resolve(String from, String relative) {
    java.nio.file.Path base = java.nio.file.Path.of(from).getParent();
    java.nio.file.Path p = base == null ? java.nio.file.Path.of(relative) : base.resolve(relative);
    return p.normalize().toString().replace('\\', '/');
  }
}

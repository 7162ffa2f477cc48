package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.load.Definitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels, titles, descriptions and aliases full of markup, quotes, template syntax, bidi text,
 * emoji sequences and invisible characters come out of every format exactly as they went in, and
 * never as markup or code.
 */
class HostileContentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Elements the site never renders itself; each would come from an injected label. */
  private static final List<String> FOREIGN_ELEMENTS =
      List.of(
          "img",
          "iframe",
          "object",
          "embed",
          "style",
          "b",
          "i",
          "em",
          "svg",
          "math",
          "base",
          "template");

  @TempDir static Path work;

  private static Path out;
  private static BadgeCatalog catalog;

  @BeforeAll
  static void generate() throws Exception {
    Path defs = Hostile.writeContent(work.resolve("defs"));
    out = work.resolve("out").resolve("badges");
    new Generator()
        .generate(
            new GenerationRequest(
                Definitions.at(defs),
                out,
                GenerationRequest.DEFAULT_FORMATS,
                null,
                null,
                Map.of("site.title", Hostile.SITE_TITLE),
                false));
    catalog = new Generator().check(Definitions.at(defs), null, false).catalog();
  }

  @Test
  void theLoaderKeepsEveryHostileStringVerbatim() {
    Domain d = catalog.domain("hostile.labels").orElseThrow();
    for (int i = 0; i < Hostile.LABELS.size(); i++) {
      assertEquals(Hostile.LABELS.get(i), d.values().get(i).label(), "label " + i);
    }
    assertEquals(Hostile.DOMAIN_TITLE, d.title());
    assertEquals(Hostile.DOMAIN_DESCRIPTION.strip(), d.description());
    assertEquals(Hostile.UNKNOWN_LABEL, d.unknown().label());
    assertEquals(Hostile.CATALOG_UNKNOWN_LABEL, catalog.unknown().label());
  }

  @Test
  void everySitePageRendersHostileTextAsTextAndInjectsNoElementScriptOrHandler()
      throws IOException {
    List<Path> pages = Trees.htmlPages(out.resolve("site"));
    assertTrue(pages.size() >= 5, pages::toString);
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      String where = out.relativize(page).toString();
      for (Element script : doc.select("script")) {
        assertTrue(script.data().isEmpty(), where + ": inline script " + script.outerHtml());
        String src = script.attr("src");
        assertTrue(
            src.endsWith("assets/theme-init.js")
                || src.endsWith("assets/site.js")
                || src.endsWith("search-index.js"),
            where + ": unexpected script " + script.outerHtml());
      }
      for (String tag : FOREIGN_ELEMENTS) {
        assertEquals(
            0,
            doc.select(tag).size(),
            where + ": injected <" + tag + ">: " + doc.select(tag).outerHtml());
      }
      assertEquals(
          1,
          doc.select("h1").size(),
          where + ": exactly one h1, got " + doc.select("h1").outerHtml());
      assertEquals(1, doc.select("title").size(), where + ": exactly one title");
      assertTrue(
          doc.title().contains(Hostile.SITE_TITLE),
          where + ": the site title in <title>: " + doc.title());
      assertEquals(
          Hostile.SITE_TITLE,
          doc.selectFirst(".site-title").wholeText(),
          where + ": the site title in the header");
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertFalse(
              a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
              where + ": event handler " + e.outerHtml());
          assertFalse(
              a.getKey().contains("\"") || a.getKey().contains("'"),
              where + ": broken attribute " + a.getKey());
        }
      }
      // Every badge on every page has exactly the icon and label spans.
      for (Element badge : doc.select("span.badge")) {
        assertEquals(2, badge.children().size(), where + ": " + badge.outerHtml());
        assertEquals(
            1, badge.select("> span.badge__label").size(), where + ": " + badge.outerHtml());
        assertTrue(
            badge.select("> span.badge__label").first().children().isEmpty(),
            where + ": markup in a label: " + badge.outerHtml());
      }
    }
  }

  @Test
  void theDomainPageShowsEveryLabelDescriptionAliasAndSnippetExactly() throws IOException {
    for (Domain d : catalog.domainList()) {
      Document doc =
          Jsoup.parse(
              out.resolve("site/domains/" + Names.kebab(d.name()) + ".html").toFile(), "UTF-8");
      assertEquals(d.title(), doc.selectFirst("h1").wholeText(), "h1");
      assertTrue(doc.title().contains(d.title()), "title: " + doc.title());
      // Attributes cannot hold <bdi>: right-to-left text there sits between FSI and PDI.
      String meta = doc.selectFirst("meta[name=description]").attr("content");
      if (meta.startsWith("\u2068") && meta.endsWith("\u2069")) {
        meta = meta.substring(1, meta.length() - 1);
      }
      assertEquals(d.description(), meta, "meta description");
      for (Badge b : d.values()) {
        Element item = doc.getElementById(Names.kebab(b.value()));
        assertNotNull(item, "an item per value: " + b.value());
        checkPairing(item, b, d.name() + "/" + b.value());
        assertEquals(b.value(), item.selectFirst("code.pairing__value").wholeText());
        List<String> aliases = item.select("code.alias").eachText();
        assertEquals(
            b.aliases(),
            item.select("code.alias").stream().map(Element::wholeText).toList(),
            "aliases " + aliases);
        assertTrue(
            item.attr("data-search").contains(b.label().toLowerCase(Locale.ROOT)),
            "the search text holds the label: " + item.attr("data-search"));
      }
      Element unknown = doc.getElementById("unknown");
      assertNotNull(unknown);
      checkPairing(unknown, catalog.unknownFor(d), d.name() + "/unknown");
    }
  }

  private static void checkPairing(Element item, Badge b, String where) {
    Elements labels = item.select(".badge__label");
    assertEquals(2, labels.size(), where + ": a light and a dark preview");
    for (Element label : labels) {
      assertEquals(b.label(), label.wholeText(), where + ": badge label");
    }
    assertEquals(b.label(), fact(item, "Label").wholeText(), where + ": Label fact");
    if (!b.description().isEmpty()) {
      assertEquals(
          b.description(), fact(item, "Description").wholeText(), where + ": Description fact");
    }
    // The HTML snippet to copy is shown as text; as HTML it must be exactly one badge with this
    // label.
    String snippet = item.selectFirst(".copy-row__code").wholeText();
    Element body = Jsoup.parseBodyFragment(snippet).body();
    assertEquals(1, body.children().size(), where + ": snippet " + snippet);
    assertEquals(3, body.select("span").size(), where + ": snippet " + snippet);
    assertEquals(3, body.getAllElements().size() - 1, where + ": snippet " + snippet);
    assertEquals(
        b.label(), body.selectFirst(".badge__label").wholeText(), where + ": snippet label");
  }

  private static Element fact(Element item, String term) {
    for (Element facts : item.select(".facts__item")) {
      if (facts.selectFirst("dt").wholeText().equals(term)) {
        return facts.selectFirst("dd");
      }
    }
    throw new AssertionError("no '" + term + "' fact in " + item.outerHtml());
  }

  @Test
  void theIndexAndDownloadsPagesShowEveryLabelExactly() throws IOException {
    Document index = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
    Set<String> shown = new TreeSet<>();
    index.select(".badge__label").forEach(e -> shown.add(e.wholeText()));
    for (Domain d : catalog.domainList()) {
      for (Badge b : d.values()) {
        assertTrue(shown.contains(b.label()), "index shows " + b.label() + "; shown: " + shown);
      }
      assertTrue(
          index.select(".domain-card__title").stream()
              .anyMatch(e -> e.wholeText().equals(d.title())),
          "index card title " + d.title());
    }
    assertTrue(shown.contains(catalog.unknown().label()), "index shows the catalog fallback");

    Document downloads = Jsoup.parse(out.resolve("site/downloads.html").toFile(), "UTF-8");
    Badge first = catalog.domainList().get(0).values().get(0);
    boolean found = false;
    for (Element code : downloads.select("pre code")) {
      String text = code.wholeText();
      int at = text.indexOf("<span class=\"badge ");
      if (at >= 0) {
        Element body = Jsoup.parseBodyFragment(text.substring(at)).body();
        assertEquals(
            first.label(), body.selectFirst(".badge__label").wholeText(), "downloads snippet");
        found = true;
      }
    }
    assertTrue(found, "the downloads page shows a snippet");
  }

  @Test
  void theDtcgExtensionsHoldEveryStringExactly() throws IOException {
    for (String file :
        List.of("tokens/badges.light.tokens.json", "tokens/badges.dark.tokens.json")) {
      JsonNode root = JSON.readTree(out.resolve(file).toFile()).path("badge");
      for (Domain d : catalog.domainList()) {
        JsonNode group = root.path(Names.kebab(d.name()));
        assertEquals(
            d.description(), group.path("$description").asText(), file + " domain description");
        assertEquals(d.title(), ext(group).path("title").asText(), file + " domain title");
        assertEquals(d.name(), ext(group).path("domain").asText());
        for (Badge b : d.values()) {
          JsonNode x = ext(group.path(Names.kebab(b.value())));
          assertEquals(b.label(), x.path("label").asText(), file + " " + b.value());
          assertEquals(b.value(), x.path("value").asText());
          assertEquals(
              b.description(),
              x.path("description").asText(""),
              file + " description of " + b.value());
          List<String> aliases = new ArrayList<>();
          x.path("aliases").forEach(a -> aliases.add(a.asText()));
          assertEquals(b.aliases(), aliases);
        }
        assertEquals(
            catalog.unknownFor(d).label(), ext(group.path("unknown")).path("label").asText());
      }
      assertEquals(catalog.unknown().label(), ext(root.path("unknown")).path("label").asText());
      assertArrayEquals(
          Files.readAllBytes(out.resolve(file)),
          Files.readAllBytes(out.resolve("site/downloads/" + file)));
    }
  }

  private static JsonNode ext(JsonNode group) {
    JsonNode x = group.path("$extensions").path("dev.unifiedbadges");
    assertFalse(x.isMissingNode(), "extension present in " + group);
    return x;
  }

  @Test
  void theJsModuleAndSearchIndexHoldEveryStringExactly() throws Exception {
    List<String[]> queries = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Domain d : catalog.domainList()) {
      for (Badge b : d.values()) {
        queries.add(new String[] {d.name(), b.value()});
        expected.add(b.label());
        queries.add(new String[] {d.name(), "  " + b.value().toUpperCase(Locale.ROOT) + "\t"});
        expected.add(b.label());
        for (String alias : b.aliases()) {
          queries.add(new String[] {d.name(), alias});
          expected.add(b.label());
        }
      }
      queries.add(new String[] {d.name(), "</script><script>alert(1)</script>"});
      expected.add(catalog.unknownFor(d).label());
      queries.add(new String[] {d.name(), null});
      expected.add(catalog.unknownFor(d).label());
    }
    JsonNode result = NodeRunner.run(work.resolve("node"), out, queries);

    for (int i = 0; i < queries.size(); i++) {
      assertEquals(
          expected.get(i),
          result.path("resolved").get(i).path("label").asText(),
          "badgeFor"
              + List.of(queries.get(i)[0], String.valueOf(queries.get(i)[1]))
              + " -> "
              + result.path("resolved").get(i));
    }
    Map<String, JsonNode> domains = new HashMap<>();
    result.path("catalog").path("domains").forEach(e -> domains.put(e.get(0).asText(), e.get(1)));
    assertEquals(catalog.domains().keySet(), new TreeSet<>(domains.keySet()));
    for (Domain d : catalog.domainList()) {
      JsonNode js = domains.get(d.name());
      assertEquals(d.title(), js.path("title").asText());
      assertEquals(d.description(), js.path("description").asText());
      assertEquals(d.values().size(), js.path("values").size());
      for (int i = 0; i < d.values().size(); i++) {
        Badge b = d.values().get(i);
        JsonNode row = js.path("values").get(i);
        assertEquals(b.value(), row.get(0).asText());
        assertEquals(b.label(), row.get(1).path("label").asText());
        assertEquals(b.description(), row.get(1).path("description").asText());
      }
      assertEquals(catalog.unknownFor(d).label(), js.path("unknown").path("label").asText());
    }
    assertEquals(
        catalog.unknown().label(), result.path("catalog").path("unknown").path("label").asText());

    // search-index.js: a classic script evaluated as such.
    JsonNode index = result.path("searchIndex");
    Set<String> indexed = new TreeSet<>();
    index.path("values").forEach(v -> indexed.add(v.get(2).asText()));
    Set<String> titles = new TreeSet<>();
    index.path("domains").forEach(v -> titles.add(v.get(1).asText()));
    for (Domain d : catalog.domainList()) {
      assertTrue(titles.contains(d.title()), "search index title " + d.title());
      for (Badge b : d.values()) {
        assertTrue(indexed.contains(b.label()), "search index label " + b.label());
      }
    }
  }

  @Test
  void theCssHoldsNoLabelTextAndStaysWellFormed() throws IOException {
    for (String file :
        List.of("css/badges.css", "css/badges.min.css", "site/downloads/css/badges.css")) {
      String css = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
      CssCheck.Sheet sheet = CssCheck.parse(css);
      for (Domain d : catalog.domainList()) {
        for (Badge b : d.values()) {
          assertFalse(css.contains(b.label()), file + " contains the label " + b.label());
          assertFalse(
              css.contains(b.description()) && !b.description().isEmpty(),
              file + " contains a description");
        }
      }
      // Text that is in the CSS (domain names in comments) cannot end a comment early.
      for (String comment : sheet.comments()) {
        assertFalse(comment.contains("*/"), comment);
      }
      Set<String> classes = CssCheck.classNames(sheet);
      for (Domain d : catalog.domainList()) {
        for (Badge b : d.values()) {
          String cls = "badge--" + Names.kebab(d.name()) + "--" + Names.kebab(b.value());
          assertTrue(classes.contains(cls), file + " styles " + cls);
        }
      }
    }
  }
}

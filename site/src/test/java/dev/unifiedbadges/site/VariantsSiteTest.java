package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.VariantColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.model.validate.Validator;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Variants and sizes on the site: each domain page's switch (its markup, the attributes it sets,
 * the guidance of every option), the tones page's matrix of every tone, variant and theme with the
 * contrast of each pair, and the previews painted in the catalog's surfaces.
 */
class VariantsSiteTest {

  private final BadgeCatalog catalog = TestCatalogs.builtin();
  private final SortedMap<String, byte[]> site = SiteFixtures.builtinSite();

  @Test
  void everyDomainPageHasTheSwitchOverAllItsBadges() {
    for (Domain d : catalog.domainList()) {
      String path = "domains/" + Names.kebab(d.name()) + ".html";
      Document page = Jsoup.parse(SiteFixtures.text(site, path));
      Element box = page.selectFirst("[data-style-switch]");
      assertNotNull(box, path);
      assertTrue(box.hasAttr("hidden"), path + ": hidden until site.js runs");
      Element target = page.getElementById(box.attr("data-style-switch-target"));
      assertNotNull(target, path);
      assertEquals("site--badges", target.id());
      assertEquals(
          d.values().size(), target.select("li.pairing").size(), path + ": every value inside");
      assertNotNull(target.getElementById("unknown"), path + ": the fallback inside");
      assertEquals(
          page.select(".preview").size(),
          target.select(".preview").size(),
          path + ": every preview inside");

      Element variants = box.selectFirst("fieldset[data-style-group=variant]");
      assertEquals("data-badge-variant", variants.attr("data-style-attribute"));
      assertEquals("subtle", variants.attr("data-style-default"));
      assertEquals("Variant", variants.selectFirst("legend").text());
      assertOptions(
          page,
          variants,
          "site--variant",
          List.of("subtle", "solid", "outline", "dot"),
          List.of("Subtle", "Solid", "Outline", "Dot"),
          List.of(
              Variant.SUBTLE.guidance(),
              Variant.SOLID.guidance(),
              Variant.OUTLINE.guidance(),
              Variant.DOT.guidance()),
          "subtle");

      Element sizes = box.selectFirst("fieldset[data-style-group=size]");
      assertEquals("data-badge-size", sizes.attr("data-style-attribute"));
      assertEquals("md", sizes.attr("data-style-default"));
      assertOptions(
          page,
          sizes,
          "site--size",
          List.of("sm", "md", "lg"),
          List.of("Small", "Medium", "Large"),
          List.of(Size.SM.guidance(), Size.MD.guidance(), Size.LG.guidance()),
          "md");
    }
  }

  private static void assertOptions(
      Document page,
      Element group,
      String name,
      List<String> ids,
      List<String> labels,
      List<String> guidance,
      String checked) {
    Elements radios = group.select("input[type=radio]");
    assertEquals(ids.size(), radios.size());
    for (int i = 0; i < ids.size(); i++) {
      Element radio = radios.get(i);
      assertEquals(name, radio.attr("name"));
      assertEquals(ids.get(i), radio.attr("value"));
      assertEquals(labels.get(i), radio.nextElementSibling().text());
      assertEquals(ids.get(i).equals(checked), radio.hasAttr("checked"), ids.get(i));
      Element note = page.getElementById(radio.attr("aria-describedby"));
      assertNotNull(note, "the description of " + ids.get(i));
      assertEquals(ids.get(i), note.attr("data-style-note"));
      assertEquals(guidance.get(i), note.selectFirst(".style-switch__guidance").text());
      assertEquals(!ids.get(i).equals(checked), note.hasAttr("hidden"), "only one note shows");
      if (!ids.get(i).equals(checked)) {
        assertTrue(
            note.text().contains("badge--" + ids.get(i)), "the note names the class: " + note);
      }
    }
  }

  @Test
  void theSwitchFollowsTheCssPrefix() {
    SortedMap<String, byte[]> custom =
        SiteFixtures.render(catalog, new SiteOptions("Acme", ContrastLevel.AA, "ub"));
    Document page = Jsoup.parse(SiteFixtures.text(custom, "domains/finding-status.html"));
    assertEquals(
        "data-ub-variant",
        page.selectFirst("fieldset[data-style-group=variant]").attr("data-style-attribute"));
    assertEquals(
        "data-ub-size",
        page.selectFirst("fieldset[data-style-group=size]").attr("data-style-attribute"));
    assertTrue(page.getElementById("site--variant-solid").text().contains("ub--solid"));
    Document tones = Jsoup.parse(SiteFixtures.text(custom, "tones.html"));
    assertFalse(tones.select(".variant-cell[data-variant=outline] .ub.ub--outline").isEmpty());
    assertTrue(tones.select("[data-badge-theme]").isEmpty());
  }

  @Test
  void theTonesPageShowsEveryToneInEveryVariantAndThemeWithItsFigures() {
    Document tones = Jsoup.parse(SiteFixtures.text(site, "tones.html"));
    int cells = 0;
    for (Tone t : catalog.tones().values()) {
      Element card = tones.getElementById(t.name());
      assertNotNull(card, t.name());
      Elements rows = card.select(".variant-matrix li.variant-row");
      assertEquals(Variant.values().length, rows.size(), t.name());
      for (Variant v : Variant.values()) {
        Element row = rows.get(v.ordinal());
        assertEquals(v.id(), row.attr("data-variant"));
        for (Theme theme : Theme.values()) {
          String where = t.name() + " " + v.id() + " " + theme.id();
          Element cell =
              row.selectFirst(
                  ".variant-cell[data-variant=" + v.id() + "][data-theme=" + theme.id() + "]");
          assertNotNull(cell, where);
          cells++;
          Element preview = cell.selectFirst(".preview--" + theme.id());
          assertEquals(theme.id(), preview.attr("data-badge-theme"), where);
          Element badge = preview.selectFirst("span.badge");
          assertNotNull(badge, where);
          assertNotNull(badge.selectFirst("span.badge__icon"), where);
          assertNotNull(badge.selectFirst("span.badge__label"), where);
          if (v == Variant.SUBTLE) {
            for (Variant other : Variant.values()) {
              assertFalse(badge.hasClass("badge--" + other.id()), where);
            }
          } else {
            assertTrue(badge.hasClass("badge--" + v.id()), where + ": " + badge.className());
          }
          VariantColors c = t.variant(theme, v, catalog.surface(theme));
          Rgb behind = c.behind();
          assertTrue(cell.selectFirst(".variant-cell__behind").text().contains(behind.hex()));
          assertEquals(
              c.background() == null,
              cell.selectFirst(".variant-cell__behind").text().startsWith("On the surface"),
              where);
          List<String> expected = new ArrayList<>();
          expected.add(
              figure("Text", c.textContrast(), ContrastLevel.AA.textPasses(c.textContrast())));
          if (c.border() != null) {
            expected.add(nonText("Border", Rgb.contrast(c.border(), behind)));
          }
          if (c.icon() != null) {
            expected.add(nonText("Icon", Rgb.contrast(c.icon(), behind)));
          }
          if (c.dot() != null) {
            expected.add(nonText("Dot", Rgb.contrast(c.dot(), behind)));
          }
          List<String> shown = new ArrayList<>();
          for (Element item : cell.select(".ratios__item")) {
            shown.add(
                item.selectFirst("dt").text()
                    + " "
                    + item.selectFirst(".ratio").text()
                    + " "
                    + (item.selectFirst(".verdict--pass") != null ? "pass" : "fail"));
          }
          assertEquals(expected, shown, where);
        }
      }
    }
    assertEquals(catalog.tones().size() * Variant.values().length * 2, cells);
  }

  private static String figure(String what, double ratio, boolean passes) {
    return what + " " + Validator.ratio(ratio) + " " + (passes ? "pass" : "fail");
  }

  private static String nonText(String what, double ratio) {
    return figure(what, ratio, ratio >= ContrastLevel.NON_TEXT_MINIMUM);
  }

  @Test
  void theTonesPageSaysWhenToUseEachVariant() {
    Document tones = Jsoup.parse(SiteFixtures.text(site, "tones.html"));
    Elements items = tones.select(".variant-guide__item");
    assertEquals(Variant.values().length, items.size());
    for (Variant v : Variant.values()) {
      assertEquals(v.guidance(), items.get(v.ordinal()).selectFirst("dd").text());
    }
    assertTrue(items.get(Variant.SOLID.ordinal()).text().contains("badge--solid"));
    String intro = tones.selectFirst(".intro").text();
    assertTrue(intro.contains("#ffffff") && intro.contains("#0f172a"), intro);
  }

  @Test
  void thePreviewsPaintTheCatalogsSurfaces() {
    String css = SiteFixtures.text(site, "assets/surfaces.css");
    assertTrue(css.contains(".preview--light {\n  background-color: #ffffff;"), css);
    assertTrue(css.contains(".preview--dark {\n  background-color: #0f172a;"), css);
    for (String path : SiteFixtures.pages(site)) {
      Document page = Jsoup.parse(SiteFixtures.text(site, path));
      Elements sheets = page.select("link[rel=stylesheet]");
      List<String> hrefs = sheets.eachAttr("href");
      int surfaces = -1;
      int own = -1;
      for (int i = 0; i < hrefs.size(); i++) {
        if (hrefs.get(i).endsWith("assets/surfaces.css")) {
          surfaces = i;
        } else if (hrefs.get(i).endsWith("assets/site.css")) {
          own = i;
        }
      }
      assertTrue(surfaces > own && own >= 0, path + ": surfaces.css after site.css " + hrefs);
    }
    BadgeCatalog onOther =
        catalog.withSurfaces(
            new Surface(Rgb.of("#fafaf9"), Rgb.of("#1c1917")),
            new Surface(Rgb.of("#1c1917"), Rgb.of("#f5f5f4")));
    String other = Surfaces.css(onOther);
    assertTrue(
        other.contains(".preview--light {\n  background-color: #fafaf9;\n  color: #1c1917;"),
        other);
    assertTrue(
        other.contains(".preview--dark {\n  background-color: #1c1917;\n  color: #f5f5f4;"), other);
  }
}

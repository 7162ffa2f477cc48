package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.diff.CatalogChanges;
import dev.unifiedbadges.diff.CatalogDiff;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotColors;
import dev.unifiedbadges.diff.snapshot.SnapshotTone;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.site.page.CodeText;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The changes page: every change under its class, each changed badge before and after. */
class ChangesPageTest {

  private static final SortedMap<String, byte[]> SITE =
      ChangeFixtures.render(SiteOptions.defaults());

  private static Document page() {
    return Jsoup.parse(SiteFixtures.text(SITE, "changes.html"));
  }

  /** The change whose subject reads {@code subject}. */
  private static Element change(Document page, String subject) {
    for (Element c : page.select("li.change")) {
      if (c.selectFirst(".change__subject").text().equals(subject)) {
        return c;
      }
    }
    throw new AssertionError("no change about " + subject);
  }

  private static List<String> subjects(Document page, String group) {
    return page.select("section#" + group + " li.change .change__subject").eachText();
  }

  @Test
  void aRealDiffShowsEveryChangeWithTheNamesInItsSentencesAsCode() {
    CatalogSnapshot baseline = ChangeFixtures.baseline();
    BadgeCatalog current = ChangeFixtures.current();
    CatalogChanges changes =
        CatalogDiff.compare(
            baseline, CatalogSnapshot.of(current, TokenOptions.defaults()), "1.4.0");
    Document page =
        Jsoup.parse(
            SiteFixtures.text(
                ChangeFixtures.render(
                    current, SiteOptions.defaults(), new SiteChanges(changes, baseline)),
                "changes.html"));

    assertEquals(changes.changes().size(), page.select("li.change").size());
    for (Element message : page.select("li.change .change__message")) {
      assertFalse(message.text().contains("`"), message::text);
    }
    Element high = change(page, "finding.severity: high").selectFirst(".change__message");
    assertEquals("high", high.selectFirst("code").text(), high::outerHtml);
    assertNotNull(high.selectFirst("code > bdi"), "a name in a message is isolated");
  }

  @Test
  void aMessageWithAnUnclosedBacktickKeepsItAsText() {
    StringOutput html = new StringOutput();
    new CodeText("Value `a<b` and a stray ` here").writeTo(new OwaspHtmlTemplateOutput(html));
    assertEquals(
        "<bdi>Value <code><bdi>a&lt;b</bdi></code> and a stray ` here</bdi>", html.toString());
  }

  @Test
  void theSummaryCountsEachClassAndNamesTheBumpAndTheBaseline() {
    Document page = page();
    assertEquals("Changes", page.selectFirst("h1").text());
    assertTrue(
        page.selectFirst(".lead").text().contains("9 changes since the baseline dev.example"),
        page.selectFirst(".lead").text());
    assertEquals(
        List.of(
            "2 Breaking",
            "3 Visual",
            "3 Additive",
            "1 Documentation",
            "Suggested version bump: major"),
        page.select(".stats__item").eachText());
    assertEquals(
        List.of("#breaking", "#visual", "#additive", "#documentation"),
        page.select(".stats__item a").eachAttr("href"));
  }

  @Test
  void eachChangeIsListedUnderItsClass() {
    Document page = page();
    assertEquals(
        List.of("breaking", "visual", "additive", "documentation"),
        page.select("section.change-group").eachAttr("id"));
    assertEquals(
        List.of("restore_run.status: superseded", "inventory_sync_run.status: success"),
        subjects(page, "breaking"));
    assertEquals(
        List.of("finding.severity: high", "operation_run.outcome: partial", "tone warning"),
        subjects(page, "visual"));
    assertEquals(
        List.of(
            "entra_group_sync_run.safety_stop_triggered",
            "restore_run.status: previewed",
            "tenant.status: archived"),
        subjects(page, "additive"));
    assertEquals(List.of("tenant.status"), subjects(page, "documentation"));
    // Breaking changes say how to stay compatible; the others have no fix.
    assertEquals(2, page.select("section#breaking .change__fix").size());
    assertEquals(2, page.select(".change__fix").size());
    assertEquals(
        "Fix Add ok to the aliases of success.",
        change(page, "inventory_sync_run.status: success").selectFirst(".change__fix").text());
    assertEquals(
        "domains/finding-severity.html#high",
        change(page, "finding.severity: high").selectFirst(".change__subject a").attr("href"));
    assertEquals(
        "tones.html#warning",
        change(page, "tone warning").selectFirst(".change__subject a").attr("href"));
    assertNotNull(
        change(page, "restore_run.status: superseded").selectFirst(".change__subject a"),
        "a removed value links to its domain");
  }

  @Test
  void aChangedBadgeIsShownBeforeAndAfterInBothThemes() {
    Element c = change(page(), "finding.severity: high");
    Element comparison = c.selectFirst(".comparison");
    Element before = comparison.selectFirst(".comparison__side--before");
    Element after = comparison.selectFirst(".comparison__side--after");
    Elements beforeBadges = before.select(".badge");
    Elements afterBadges = after.select(".badge");
    assertEquals(2, beforeBadges.size());
    assertEquals(2, afterBadges.size());
    assertEquals("light", before.selectFirst(".preview--light").attr("data-badge-theme"));
    assertEquals("dark", before.selectFirst(".preview--dark").attr("data-badge-theme"));
    assertTrue(
        before
            .selectFirst(".preview--light .badge")
            .className()
            .matches("badge badge-was-\\d+--light"),
        before.html());
    assertTrue(
        before
            .selectFirst(".preview--dark .badge")
            .className()
            .matches("badge badge-was-\\d+--dark"));
    for (Element b : afterBadges) {
      assertEquals("badge badge--finding-severity--high", b.className());
      assertEquals("High", b.text());
    }
    // The label as the baseline had it, before; as it is now, after.
    Element label = change(page(), "operation_run.outcome: partial");
    assertEquals(
        List.of("Partly done", "Partly done"),
        label.select(".comparison__side--before .badge__label").eachText());
    assertEquals(
        List.of("Partial", "Partial"),
        label.select(".comparison__side--after .badge__label").eachText());
    // A renamed value: the old name's badge before, the new one's after.
    Element renamed = change(page(), "inventory_sync_run.status: success");
    assertEquals("OK", renamed.selectFirst(".comparison__side--before .badge__label").text());
    assertEquals(
        "badge badge--inventory-sync-run-status--success",
        renamed.selectFirst(".comparison__side--after .badge").className());
  }

  @Test
  void aRemovedValueHasOnlyABeforeAndAnAddedOneOnlyAnAfter() {
    Document page = page();
    Element removed = change(page, "restore_run.status: superseded");
    assertEquals(2, removed.select(".comparison__side--before .badge").size());
    assertEquals(0, removed.select(".comparison__side--after .badge").size());
    assertEquals(
        "Removed", removed.selectFirst(".comparison__side--after .comparison__none").text());

    Element added = change(page, "restore_run.status: previewed");
    assertEquals(0, added.select(".comparison__side--before .badge").size());
    assertEquals(
        "Not in the baseline",
        added.selectFirst(".comparison__side--before .comparison__none").text());
    assertEquals(
        List.of(
            "badge badge--restore-run-status--previewed",
            "badge badge--restore-run-status--previewed"),
        added.select(".comparison__side--after .badge").eachAttr("class"));

    Element domain = change(page, "entra_group_sync_run.safety_stop_triggered");
    assertEquals(List.of("true", "false"), domain.select(".comparison__caption").eachText());
    assertEquals(4, domain.select(".comparison__side--after .badge").size());
    assertEquals(0, domain.select(".comparison__side--before .badge").size());

    // Words only: no badges.
    assertEquals(0, change(page, "tenant.status").select(".comparison").size());
  }

  @Test
  void aTonesColourChangeShowsEachBadgeOfThatTone() {
    Element c = change(page(), "tone warning");
    // Every value that is warning now and was warning then (finding.severity: high was not).
    List<String> captions = c.select(".comparison__caption").eachText();
    assertTrue(captions.contains("finding.severity: medium"), captions.toString());
    assertTrue(captions.contains("operation_run.outcome: partial"), captions.toString());
    assertFalse(captions.contains("finding.severity: high"), captions.toString());
    int warnings =
        (int)
            ChangeFixtures.current().domainList().stream()
                .flatMap(d -> d.values().stream())
                .filter(b -> b.tone().equals("warning"))
                .count();
    int shown = Math.min(warnings, ChangesModel.MAX_COMPARISONS);
    assertEquals(shown, captions.size());
    if (warnings > shown) {
      assertEquals(
          "and " + (warnings - shown) + " more badges not shown",
          c.selectFirst(".change__more").text());
    }
  }

  @Test
  void aToneNoValueUsesIsShownAsASpecimen() {
    CatalogChanges changes =
        new CatalogChanges(
            "old",
            List.of(
                new dev.unifiedbadges.diff.Change(
                    dev.unifiedbadges.diff.ChangeKind.TONE_COLORS_CHANGED,
                    null,
                    null,
                    "accent",
                    null,
                    null,
                    "Tone accent changed its dark colours.",
                    null)));
    CatalogSnapshot base = ChangeFixtures.baseline();
    SortedMap<String, byte[]> site =
        ChangeFixtures.render(
            TestCatalogs.withDeprecations(),
            SiteOptions.defaults(),
            new SiteChanges(changes, base));
    Element c = Jsoup.parse(SiteFixtures.text(site, "changes.html")).selectFirst("li.change");
    assertEquals("Tone accent", c.selectFirst(".comparison__caption").text());
    assertEquals(
        "badge badge--tone-accent", c.selectFirst(".comparison__side--after .badge").className());
    assertEquals("accent", c.selectFirst(".comparison__side--before .badge").text());
  }

  @Test
  void changesCssPaintsTheBeforeBadgesWithTheBaselinesColoursAndIcons() {
    String css = SiteFixtures.text(SITE, "assets/changes.css");
    Map<String, String> rules = rules(css);
    Element high = change(page(), "finding.severity: high");
    String light = high.selectFirst(".comparison__side--before .preview--light .badge").className();
    String dark = high.selectFirst(".comparison__side--before .preview--dark .badge").className();
    String lightRule = rules.get("." + light.replace(' ', '.'));
    String darkRule = rules.get("." + dark.replace(' ', '.'));
    assertNotNull(lightRule, light + " has no rule in\n" + css);
    assertNotNull(darkRule, dark + " has no rule");
    // high was a warning badge: the baseline's light warning, and its dark one (unchanged).
    assertTrue(lightRule.contains("--badge-bg: " + ChangeFixtures.OLD_WARNING_BG + ";"), lightRule);
    assertTrue(lightRule.contains("--badge-fg: " + ChangeFixtures.OLD_WARNING_FG + ";"), lightRule);
    assertTrue(lightRule.contains("--badge-border: #a16207;"), lightRule);
    assertTrue(
        lightRule.contains("--badge-icon-color: " + ChangeFixtures.OLD_WARNING_FG), lightRule);
    SnapshotColors darkWarning = ChangeFixtures.baseline().tones().get("warning").dark();
    assertTrue(darkRule.contains("--badge-bg: " + darkWarning.background() + ";"), darkRule);
    // The icon as a mask image, as badges.css sets --badge-icon-*.
    assertTrue(lightRule.contains("--badge-icon: url(\"data:image/svg+xml,%3Csvg"), lightRule);
    // No changed badge spins (badges.css animates only progress icons).
    assertFalse(css.contains("icon-animation"), css);
    // Only the changes page loads it.
    for (String path : SiteFixtures.pages(SITE)) {
      boolean links = SiteFixtures.text(SITE, path).contains("assets/changes.css");
      assertEquals(path.equals("changes.html"), links, path);
    }
  }

  @Test
  void aHostileBaselineCannotWriteCss() {
    CatalogSnapshot base = ChangeFixtures.baseline();
    SortedMap<String, SnapshotTone> tones = new TreeMap<>(base.tones());
    SnapshotTone w = tones.get("warning");
    tones.put(
        "warning",
        new SnapshotTone(
            "warning",
            new SnapshotColors("red;} body{display:none", "#000", null, "#zzz"),
            w.dark()));
    CatalogSnapshot hostile =
        new CatalogSnapshot(
            base.snapshotVersion(),
            base.generatorVersion(),
            base.baseClass(),
            tones,
            base.domains(),
            base.unknown());
    SortedMap<String, byte[]> site =
        ChangeFixtures.render(
            ChangeFixtures.current(),
            SiteOptions.defaults(),
            new SiteChanges(ChangeFixtures.changes(), hostile));
    String css = SiteFixtures.text(site, "assets/changes.css");
    assertFalse(css.contains("display:none"), css);
    assertFalse(css.contains("#zzz"), css);
    assertTrue(css.contains("--badge-bg: unset;"), css);
    assertTrue(css.contains("--badge-fg: #000;"), css);
  }

  @Test
  void noPageHasAStyleAttributeOrInlineScriptOrStyle() {
    List<String> problems = new ArrayList<>();
    for (String path : SiteFixtures.pages(SITE)) {
      Document page = Jsoup.parse(SiteFixtures.text(SITE, path));
      page.select("[style]").forEach(e -> problems.add(path + ": style= on " + e.cssSelector()));
      page.select("style").forEach(e -> problems.add(path + ": <style>"));
      page.select("script:not([src])").forEach(e -> problems.add(path + ": inline script"));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPageLinksToTheChangesPageWhichIsCurrentOnlyThere() {
    for (String path : SiteFixtures.pages(SITE)) {
      Document page = Jsoup.parse(SiteFixtures.text(SITE, path));
      Element link = page.selectFirst(".site-nav a:containsOwn(Changes)");
      assertNotNull(link, path + " has no Changes link");
      String root = path.startsWith("domains/") ? "../" : "";
      assertEquals(root + "changes.html", link.attr("href"), path);
      assertEquals(path.equals("changes.html") ? "page" : "", link.attr("aria-current"), path);
    }
  }

  @Test
  void withoutChangesThereIsNoPageNoLinkAndNothingElseDiffers() {
    SortedMap<String, byte[]> without =
        ChangeFixtures.render(ChangeFixtures.current(), SiteOptions.defaults(), null);
    assertFalse(without.containsKey("changes.html"));
    assertFalse(without.containsKey("assets/changes.css"));
    for (String path : SiteFixtures.pages(without)) {
      assertFalse(SiteFixtures.text(without, path).contains("changes.html"), path);
    }
    SortedMap<String, byte[]> old =
        SiteFixtures.render(ChangeFixtures.current(), SiteOptions.defaults());
    assertEquals(old.keySet(), without.keySet());
    for (String path : old.keySet()) {
      assertArrayEquals(old.get(path), without.get(path), path);
    }
    // With changes, the same files plus the page and its sheet; pages differ only by the nav link.
    List<String> added = new ArrayList<>(SITE.keySet());
    added.removeAll(without.keySet());
    assertEquals(List.of("assets/changes.css", "changes.html"), added);
    String navLink = "<li><a href=\"changes.html\">Changes</a></li>\n";
    assertEquals(
        SiteFixtures.text(without, "tones.html"),
        SiteFixtures.text(SITE, "tones.html").replace(navLink, ""));
  }

  @Test
  void theIndexSaysHowManyChangesThereAreAndLinksToThem() {
    Document index = Jsoup.parse(SiteFixtures.text(SITE, "index.html"));
    Element link = index.selectFirst(".stats__item a[href=changes.html]");
    assertNotNull(link, "no link to the changes page on the index");
    assertEquals("9 changes since dev.example:badges:1.4.0", link.text());
  }

  @Test
  void withNoChangesThePageSaysSo() {
    SortedMap<String, byte[]> site =
        ChangeFixtures.render(
            ChangeFixtures.current(),
            SiteOptions.defaults(),
            new SiteChanges(new CatalogChanges("v1.4.0", List.of()), ChangeFixtures.baseline()));
    Document page = Jsoup.parse(SiteFixtures.text(site, "changes.html"));
    assertEquals("No changes against v1.4.0.", page.selectFirst(".lead").text());
    assertEquals(0, page.select("li.change").size());
    assertTrue(page.select(".stats__item").eachText().contains("Suggested version bump: none"));
  }

  @Test
  void theBeforeBadgesUseTheSitesCssPrefix() {
    SortedMap<String, byte[]> site =
        ChangeFixtures.render(SiteOptions.defaults().withCssPrefix("ub"));
    Document page = Jsoup.parse(SiteFixtures.text(site, "changes.html"));
    Element high = change(page, "finding.severity: high");
    assertTrue(
        high.selectFirst(".comparison__side--before .ub")
            .className()
            .matches("ub ub-was-\\d+--light"));
    assertEquals("light", high.selectFirst(".preview--light").attr("data-ub-theme"));
    String css = SiteFixtures.text(site, "assets/changes.css");
    assertTrue(css.contains(".ub.ub-was-1--light {\n  --ub-bg: "), css);
    assertFalse(css.contains("--badge-"), css);
  }

  /** Selector to declarations, for the simple rules changes.css is made of. */
  private static Map<String, String> rules(String css) {
    Map<String, String> out = new TreeMap<>();
    Matcher m = Pattern.compile("(?m)^(\\S[^{\\n]*) \\{\\n(.*?)^\\}", Pattern.DOTALL).matcher(css);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }
}

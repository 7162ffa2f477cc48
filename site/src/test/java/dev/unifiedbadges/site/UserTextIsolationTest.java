package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.diff.CatalogChanges;
import dev.unifiedbadges.diff.Change;
import dev.unifiedbadges.diff.ChangeKind;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotBadge;
import dev.unifiedbadges.diff.snapshot.SnapshotDomain;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.site.page.UserText;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every text the site does not write itself is bidirectionally isolated on every page: in the body,
 * as the only content of a {@code <bdi>} (or of a badge's label); in the {@code <title>} and in
 * attributes, between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. Each such
 * text in the catalog below carries a U+202E RIGHT-TO-LEFT OVERRIDE, so the check finds it wherever
 * a template puts it.
 */
class UserTextIsolationTest {

  private static final char RLO = '\u202E';
  private static final String SITE_TITLE = RLO + "site title";

  /**
   * Names may not hold bidi controls (they are invisible characters), so they start with an Arabic
   * letter instead: a strong right-to-left character reorders neutral site text next to it too.
   */
  private static final char ALEF = '\u0627';

  /**
   * Every free text in the definitions, each with an override or (names) a right-to-left letter;
   * one description with a stray U+2069.
   */
  private static final String CATALOG =
      """
      unknown: { label: "\\u202Ecatalog unknown", tone: neutral, icon: circle-help, description: "\\u202Ecatalog unknown description" }
      domains:
        "\\u0627order.state":
          title: "\\u202Eorder title"
          description: "\\u202Eorder description"
          values:
            "\\u0627open":
              label: "\\u202Eopen label"
              tone: info
              icon: circle-check
              aliases: ["\\u0627open alias"]
              description: "\\u202Estray\\u2069 pop"
            "\\u0627closed": { label: "\\u202Eclosed label", tone: success, icon: circle-check }
          unknown: { label: "\\u202Eorder unknown", tone: neutral, icon: circle-help, description: "\\u202Eorder unknown description" }
        "\\u0627ticket.state":
          title: "\\u202Eticket title"
          values:
            "\\u0627new": { label: "\\u202Enew label", tone: info, icon: circle-check }
      """;

  @Test
  void everyUserTextOnEveryPageIsIsolatedFromTheSiteText() throws Exception {
    BadgeCatalog catalog = TestCatalogs.fromYaml(CATALOG);
    SortedMap<String, byte[]> site =
        SiteFixtures.render(catalog, SiteOptions.defaults().withTitle(SITE_TITLE));
    List<String> problems = new ArrayList<>();
    Set<String> isolated = new HashSet<>();
    check(site, SiteFixtures.pages(site), problems, isolated);
    assertEquals(List.of(), problems);
    // So that the check above cannot pass by finding nothing: each text turned up isolated.
    for (String expected :
        List.of(
            SITE_TITLE,
            ALEF + "order.state",
            RLO + "order title",
            RLO + "order description",
            ALEF + "open",
            RLO + "open label",
            ALEF + "open alias",
            UserText.balanced(RLO + "stray\u2069 pop"),
            RLO + "order unknown",
            RLO + "order unknown description",
            RLO + "catalog unknown",
            RLO + "catalog unknown description",
            RLO + "ticket title")) {
      assertTrue(isolated.contains(expected), "'" + show(expected) + "' never isolated");
    }
  }

  /**
   * Adds to {@code problems} each user text on the pages outside an isolate, and to {@code
   * isolated} each one inside.
   */
  private static void check(
      SortedMap<String, byte[]> site,
      List<String> paths,
      List<String> problems,
      Set<String> isolated) {
    for (String path : paths) {
      Document page = Jsoup.parse(SiteFixtures.text(site, path));
      for (Element e : page.getAllElements()) {
        for (TextNode t : e.textNodes()) {
          String text = t.getWholeText();
          if (text.indexOf(RLO) < 0 && text.indexOf(ALEF) < 0) {
            continue;
          }
          if (text.indexOf(RLO) < 0 && isCode(e)) {
            // A class name or token path made of names: code in a line of its own (a grid item
            // or a <pre>), where a right-to-left name reorders only that code.
            continue;
          }
          if (e.nameIs("title")) {
            checkBetweenIsolates(problems, path + " <title>", text);
          } else if (isolates(e, t)) {
            isolated.add(text);
          } else {
            problems.add(path + ": '" + show(text) + "' outside an isolate in " + e.cssSelector());
          }
        }
        for (Attribute a : e.attributes()) {
          // data-search is the lower-cased text the filter matches: never shown or spoken.
          if (a.getValue().indexOf(RLO) >= 0 && !a.getKey().equals("data-search")) {
            checkBetweenIsolates(
                problems, path + " " + e.cssSelector() + " [" + a.getKey() + "]", a.getValue());
          }
        }
      }
    }
  }

  /**
   * The changes page (and the index's link to it) isolates the baseline's name, each change's
   * subject, message, fix and states, the captions, and the labels of badges as the baseline had
   * them.
   */
  @Test
  void everyUserTextOnTheChangesPageIsIsolated() throws Exception {
    BadgeCatalog catalog = TestCatalogs.fromYaml(CATALOG);
    CatalogSnapshot now = CatalogSnapshot.of(catalog, TokenOptions.defaults());
    SnapshotDomain order = now.domains().get(ALEF + "order.state");
    SnapshotBadge open = order.values().get(0);
    List<SnapshotBadge> oldValues = new ArrayList<>();
    oldValues.add(
        new SnapshotBadge(
            open.value(),
            RLO + "old open label",
            open.tone(),
            open.icon(),
            open.description(),
            open.aliases(),
            open.className(),
            null));
    oldValues.add(
        new SnapshotBadge(
            ALEF + "gone",
            RLO + "gone label",
            "neutral",
            "circle-help",
            "",
            List.of(),
            "badge--x--gone",
            null));
    SortedMap<String, SnapshotDomain> domains = new TreeMap<>(now.domains());
    domains.put(
        order.name(),
        new SnapshotDomain(
            order.name(),
            order.title(),
            order.description(),
            null,
            order.unknown(),
            order.ownUnknown(),
            oldValues));
    CatalogSnapshot baseline =
        new CatalogSnapshot(
            now.snapshotVersion(),
            now.generatorVersion(),
            now.baseClass(),
            now.tones(),
            domains,
            now.unknown());
    String domain = ALEF + "order.state";
    CatalogChanges changes =
        new CatalogChanges(
            RLO + "baseline",
            List.of(
                new Change(
                    ChangeKind.VALUE_REMOVED,
                    domain,
                    ALEF + "gone",
                    null,
                    RLO + "gone before",
                    null,
                    RLO + "gone message",
                    RLO + "gone fix"),
                new Change(
                    ChangeKind.LABEL_CHANGED,
                    domain,
                    ALEF + "open",
                    null,
                    RLO + "old open label",
                    RLO + "open label",
                    RLO + "label message",
                    null),
                new Change(
                    ChangeKind.VALUE_ADDED,
                    domain,
                    ALEF + "closed",
                    null,
                    null,
                    null,
                    RLO + "added message",
                    null),
                new Change(
                    ChangeKind.DOMAIN_ADDED,
                    ALEF + "ticket.state",
                    null,
                    null,
                    null,
                    null,
                    RLO + "domain message",
                    null)));
    SortedMap<String, byte[]> site =
        ChangeFixtures.render(
            catalog,
            SiteOptions.defaults().withTitle(SITE_TITLE),
            new SiteChanges(changes, baseline));
    List<String> problems = new ArrayList<>();
    Set<String> isolated = new HashSet<>();
    check(site, SiteFixtures.pages(site), problems, isolated); // the index names the baseline too
    assertEquals(List.of(), problems);
    for (String expected :
        List.of(
            SITE_TITLE,
            RLO + "baseline",
            domain + ": " + ALEF + "gone",
            RLO + "gone before",
            RLO + "gone message",
            RLO + "gone fix",
            RLO + "gone label",
            RLO + "old open label",
            RLO + "label message",
            RLO + "added message",
            RLO + "domain message",
            ALEF + "ticket.state",
            ALEF + "new")) {
      assertTrue(isolated.contains(expected), "'" + show(expected) + "' never isolated");
    }
  }

  @Test
  void isolatedTextIsBalancedSoItCannotCloseTheIsolateAroundIt() {
    assertEquals("plain", UserText.balanced("plain"));
    assertEquals("\u2068a\u2069b", UserText.balanced("a\u2069b"));
    assertEquals("\u2067a\u2066b\u2069\u2069", UserText.balanced("\u2067a\u2066b\u2069"));
    assertEquals("\u2068\u2069\u2067\u2069", UserText.balanced("\u2069\u2067"));
    assertEquals("\u2068" + RLO + "x\u2069", new UserText(RLO + "x").isolated());
    assertEquals("\u2068\u0627\u2069", new UserText("\u0627").isolated());
    assertEquals("Acme badges", new UserText("Acme badges").isolated(), "nothing to reorder");
  }

  /**
   * A {@code <bdi>} holding only the text, balanced; or a badge's label, which the badge CSS lays
   * out as a flex item of the inline-flex badge, and so as a paragraph of its own.
   */
  private static boolean isolates(Element parent, TextNode t) {
    if (parent.nameIs("bdi")) {
      return parent.childNodeSize() == 1 && isBalanced(t.getWholeText());
    }
    Element badge = parent.parent();
    return parent.hasClass("badge__label")
        && parent.childNodeSize() == 1
        && badge != null
        && badge.hasClass("badge");
  }

  private static boolean isCode(Element e) {
    return e.nameIs("code") && (e.hasClass("copy-row__code") || e.parent().nameIs("pre"));
  }

  /** Every override in the text lies between an isolate initiator and its U+2069. */
  private static void checkBetweenIsolates(List<String> problems, String where, String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u2066' && c <= '\u2068') {
        depth++;
      } else if (c == '\u2069') {
        depth--;
      } else if (c == RLO && depth <= 0) {
        problems.add(where + ": an override outside an isolate in '" + show(text) + "'");
        return;
      }
      if (depth < 0) {
        problems.add(where + ": an isolate closed that was never opened in '" + show(text) + "'");
        return;
      }
    }
    if (depth != 0) {
      problems.add(where + ": an isolate left open in '" + show(text) + "'");
    }
  }

  private static boolean isBalanced(String text) {
    List<String> problems = new ArrayList<>();
    checkBetweenIsolates(problems, "", "\u2068" + text + "\u2069");
    return problems.isEmpty();
  }

  /** The text with its invisible controls as escapes, for messages. */
  private static String show(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.getType(cp) == Character.FORMAT) {
                sb.append(String.format(Locale.ROOT, "<U+%04X>", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }
}

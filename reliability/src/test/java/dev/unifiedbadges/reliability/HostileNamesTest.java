package dev.unifiedbadges.reliability;

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
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.testing.CatalogFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Domain and value names built to escape the output directory or break a name ({@code ../}, quotes,
 * braces, spaces, backslashes, {@code %2e%2e}, {@code __proto__}, leading digits, RTL): every file
 * stays inside the output, every CSS class is an identifier, every DTCG token name is legal, every
 * link resolves inside the site, and names that sanitise to the same thing are reported by
 * validation instead of crashing an exporter.
 */
class HostileNamesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DTCG_PROPERTIES =
      Set.of("$schema", "$description", "$type", "$value", "$extensions", "$deprecated");

  @TempDir static Path work;

  private static Path out;
  private static BadgeCatalog catalog;

  @BeforeAll
  static void generate() throws Exception {
    Path defs = Hostile.writeNames(work.resolve("defs"));
    out = work.resolve("out").resolve("badges");
    new Generator().generate(GenerationRequest.of(defs, out));
    catalog = new Generator().check(Definitions.at(defs), null, false).catalog();
    assertEquals(
        Hostile.DOMAIN_NAMES.size(), catalog.domains().size(), "every hostile domain is accepted");
  }

  @Test
  void everyOutputPathStaysInsideTheOutputDirectory() throws IOException {
    Path root = out.toRealPath();
    Set<String> top = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        assertFalse(Files.isSymbolicLink(p), "no links in the output: " + p);
        assertTrue(p.toRealPath().startsWith(root), p + " is outside " + root);
        String rel = out.relativize(p).toString();
        if (!rel.isEmpty()) {
          top.add(rel.split("/")[0]);
          for (String segment : rel.split("/")) {
            assertFalse(
                segment.equals("..") || segment.equals(".") || segment.contains("\\"),
                "path segment in " + rel);
          }
        }
      }
    }
    assertEquals(Set.of(".unified-badges", "css", "js", "site", "snapshot", "tokens"), top);
    // Nothing was written next to the output (such as ../../etc/passwd resolved against it).
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertEquals(
          Set.of("badges", ".badges.lock"),
          siblings.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> list = Files.list(out.resolve("site/domains"))) {
      list.forEach(p -> pages.add(p.getFileName().toString()));
    }
    Set<String> expected = new TreeSet<>();
    for (String name : Hostile.DOMAIN_NAMES) {
      expected.add(SiteRenderer.domainPage(name).substring("domains/".length()));
    }
    assertEquals(expected, pages, "one page per domain, named by its ASCII-escaped kebab name");
    for (String page : pages) {
      assertTrue(page.matches("[a-z0-9_-]+\\.html"), "page name " + page);
    }
  }

  @Test
  void everyCssClassIsAValidIdentifierAndEveryBadgeClassInTheSiteIsStyled() throws IOException {
    String css = Files.readString(out.resolve("css/badges.css"), StandardCharsets.UTF_8);
    Set<String> styled = CssCheck.classNames(CssCheck.parse(css));
    Set<String> minStyled =
        CssCheck.classNames(
            CssCheck.parse(
                Files.readString(out.resolve("css/badges.min.css"), StandardCharsets.UTF_8)));
    assertEquals(styled, minStyled, "the minified CSS styles the same classes");
    for (String cls : styled) {
      assertTrue(CssCheck.PLAIN_IDENT.matcher(cls).matches(), "class is a CSS identifier: " + cls);
    }
    for (Domain d : catalog.domainList()) {
      for (Badge b : d.values()) {
        String cls = "badge--" + Names.kebab(d.name()) + "--" + Names.kebab(b.value());
        assertTrue(
            styled.contains(cls), "CSS styles " + cls + " (" + d.name() + " / " + b.value() + ")");
      }
      assertTrue(styled.contains("badge--" + Names.kebab(d.name()) + "--unknown"));
    }
    for (Path page : Trees.htmlPages(out.resolve("site"))) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element e : doc.select("[class]")) {
        for (String cls : e.classNames()) {
          assertTrue(
              CssCheck.PLAIN_IDENT.matcher(cls).matches(), page.getFileName() + ": class " + cls);
        }
      }
      for (Element badge : doc.select("span.badge")) {
        for (String cls : badge.classNames()) {
          assertTrue(
              styled.contains(cls),
              page.getFileName() + ": badge class " + cls + " is not in the CSS");
        }
      }
    }
  }

  @Test
  void everyDtcgTokenNameIsLegalAndEveryAliasResolves() throws IOException {
    for (String file :
        List.of("tokens/badges.light.tokens.json", "tokens/badges.dark.tokens.json")) {
      JsonNode root = JSON.readTree(out.resolve(file).toFile());
      Set<String> tokens = new HashSet<>();
      List<String> aliases = new ArrayList<>();
      walk(root, "", file, tokens, aliases);
      for (String alias : aliases) {
        assertTrue(alias.startsWith("{") && alias.endsWith("}"), alias);
        assertTrue(
            tokens.contains(alias.substring(1, alias.length() - 1)),
            file + ": alias " + alias + " resolves");
      }
      for (Domain d : catalog.domainList()) {
        for (Badge b : d.values()) {
          JsonNode x =
              root.path("badge")
                  .path(Names.kebab(d.name()))
                  .path(Names.kebab(b.value()))
                  .path("$extensions")
                  .path("dev.unifiedbadges");
          assertEquals(d.name(), x.path("domain").asText(), file);
          assertEquals(b.value(), x.path("value").asText(), file);
        }
      }
    }
  }

  private static void walk(
      JsonNode node, String path, String file, Set<String> tokens, List<String> aliases) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (key.startsWith("$")) {
        assertTrue(
            DTCG_PROPERTIES.contains(key), file + ": unknown property " + key + " at " + path);
        if (key.equals("$value")) {
          tokens.add(path);
          if (e.getValue().isTextual() && e.getValue().asText().startsWith("{")) {
            aliases.add(e.getValue().asText());
          }
        }
        continue;
      }
      assertFalse(
          key.isEmpty() || key.contains(".") || key.contains("{") || key.contains("}"),
          file + ": illegal token or group name '" + key + "' at " + path);
      if (e.getValue().isObject()) {
        walk(e.getValue(), path.isEmpty() ? key : path + "." + key, file, tokens, aliases);
      }
    }
  }

  @Test
  void everyLinkInTheSiteResolvesToAFileInsideTheSite() throws IOException {
    Path site = out.resolve("site").toRealPath();
    for (Path page : Trees.htmlPages(out.resolve("site"))) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element e : doc.select("a[href], link[href], script[src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (ref.startsWith("#")) {
          assertNotNull(
              doc.getElementById(URI.create(ref).getFragment()),
              page.getFileName() + ": anchor " + ref);
          continue;
        }
        URI uri;
        try {
          uri = new URI(ref);
        } catch (java.net.URISyntaxException x) {
          throw new AssertionError(page.getFileName() + ": not a valid URL: " + ref, x);
        }
        assertTrue(
            uri.getScheme() == null && uri.getHost() == null,
            page.getFileName() + ": external link " + ref);
        Path target = page.getParent().resolve(uri.getPath()).normalize();
        assertTrue(
            target.startsWith(site) || target.toRealPath().startsWith(site),
            page.getFileName() + ": " + ref + " leaves the site");
        assertTrue(
            Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS),
            page.getFileName() + ": " + ref + " -> no such file");
        if (uri.getFragment() != null && target.toString().endsWith(".html")) {
          Document linked = Jsoup.parse(target.toFile(), "UTF-8");
          assertNotNull(
              linked.getElementById(uri.getFragment()),
              page.getFileName() + ": " + ref + " -> no such anchor");
        }
      }
    }
  }

  @Test
  void theJsModuleResolvesEveryHostileNameToItsBadge() throws Exception {
    List<String[]> queries = new ArrayList<>();
    List<Badge> expected = new ArrayList<>();
    for (Domain d : catalog.domainList()) {
      for (Badge b : d.values()) {
        queries.add(new String[] {d.name(), b.value()});
        expected.add(b);
        for (String alias : b.aliases()) {
          queries.add(new String[] {d.name(), alias});
          expected.add(b);
        }
      }
      queries.add(new String[] {d.name(), "hasOwnProperty"});
      expected.add(catalog.unknownFor(d));
    }
    JsonNode result = NodeRunner.run(work.resolve("node"), out, queries);
    for (int i = 0; i < queries.size(); i++) {
      JsonNode got = result.path("resolved").get(i);
      Badge b = expected.get(i);
      String where = "badgeFor(" + queries.get(i)[0] + ", " + queries.get(i)[1] + ") -> " + got;
      assertEquals(b.label(), got.path("label").asText(), where);
      assertEquals(b.value(), got.path("value").asText(), where);
      assertTrue(CssCheck.PLAIN_IDENT.matcher(got.path("className").asText()).matches(), where);
    }
    Set<String> jsDomains = new TreeSet<>();
    result.path("catalog").path("domains").forEach(e -> jsDomains.add(e.get(0).asText()));
    assertEquals(catalog.domains().keySet(), jsDomains);
  }

  @Test
  void namesThatSanitiseToTheSameThingAreReportedByValidationAndNothingIsWritten()
      throws Exception {
    String yaml =
        """
        domains:
          x.y:
            values:
              queued: { label: Queued, tone: neutral, icon: clock }
          x_y:
            values:
              queued: { label: Queued, tone: neutral, icon: clock }
          "../":
            values:
              queued: { label: Queued, tone: neutral, icon: clock }
          "%2E%2E":
            values:
              in-progress: { label: In progress, tone: info, icon: loader-circle }
              in_progress: { label: In progress, tone: info, icon: loader-circle }
              "{in.progress}": { label: In progress, tone: info, icon: loader-circle }
              "%%": { label: Percent, tone: neutral, icon: clock }
              "Unknown ": { label: Unknown, tone: neutral, icon: clock }
          Tone:
            values:
              queued: { label: Queued, tone: neutral, icon: clock }
          "{badge.unknown}":
            values:
              queued: { label: Queued, tone: neutral, icon: clock }
        """;
    Path defs = work.resolve("collisions");
    CatalogFiles.write(defs, "collide.badges.yaml", yaml);
    Path target = work.resolve("collide-out").resolve("badges");
    new Generator()
        .generate(
            GenerationRequest.of(
                CatalogFiles.writeSmall(work.resolve("collide-good"), "A"), target));
    SortedMap<String, String> before = Trees.snapshot(target);

    DefinitionException e = Refusals.refused(defs, target);
    String report = Refusals.report(e);
    for (String fragment :
        List.of(
            "both become 'x-y'",
            "'../' has no letters or digits",
            "both become 'in-progress'",
            "'{in.progress}'",
            "'%%' has no letters or digits",
            "'Unknown ' is reserved",
            "'Tone' becomes 'tone'")) {
      assertTrue(report.contains(fragment), "reported: " + fragment + "\n" + report);
    }
    // Not reserved: badge-unknown is a legal group name under "badge"; it must not be reported.
    assertFalse(report.contains("'{badge.unknown}' becomes 'badge-unknown'"), report);
    for (Diagnostic d : e.errors()) {
      assertTrue(d.location().line() > 1, "a real position: " + d.format());
      assertFalse(d.fix().isBlank(), "a fix: " + d.format());
    }
    Trees.assertSame(
        before, Trees.snapshot(target), "the refused run left the previous output alone");
    Trees.assertNoLeftovers(target);
  }
}

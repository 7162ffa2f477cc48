package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Characters;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs badges.js in Node and checks badgeFor against BadgeCatalog.resolve for many inputs. */
class NodeModuleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SCRIPT =
      """
      import { readFileSync, writeFileSync } from "node:fs";
      import { createRequire } from "node:module";
      import { pathToFileURL } from "node:url";
      const mod = await import(pathToFileURL(process.argv[2]).href);
      const cjs = createRequire(import.meta.url)(process.argv[2].replace(/\\.js$/, ".cjs"));
      const cases = JSON.parse(readFileSync(process.argv[3], "utf8"));
      function input(c) {
        switch (c.kind) {
          case "null": return null;
          case "undefined": return undefined;
          case "boolean": return c.value === "true";
          case "number": return Number(c.value);
          default: return c.value;
        }
      }
      function resolve(m, c) {
        try {
          const b = m.badgeFor(c.domain, input(c));
          return { value: b.value, label: b.label, tone: b.tone, icon: b.icon, className: b.className,
            classes: m.badgeClassName(c.domain, input(c)), html: m.badgeHtml(c.domain, input(c)) };
        } catch (e) {
          return { error: e.message };
        }
      }
      const results = cases.map((c) => resolve(mod, c));
      const commonJsDiffers = cases.filter((c, i) => JSON.stringify(resolve(cjs, c)) !== JSON.stringify(results[i]));
      const c = mod.catalog;
      const shape = {
        domains: Object.keys(c.domains),
        values: Object.fromEntries(Object.entries(c.domains).map(([k, d]) => [k, Object.keys(d.values)])),
        frozen: Object.isFrozen(c) && Object.isFrozen(c.domains)
          && Object.values(c.domains).every((d) => Object.isFrozen(d) && Object.isFrozen(d.values)
            && Object.values(d.values).every((b) => Object.isFrozen(b) && Object.isFrozen(b.aliases))),
        unknown: c.unknown.className,
      };
      writeFileSync(process.argv[4], JSON.stringify({ results, shape, commonJsDiffers }));
      """;

  private static Path node;

  @BeforeAll
  static void findNode() {
    node = Processes.onPath("node").orElse(null);
    Assumptions.assumeTrue(
        node != null, "node is not on the PATH: skipping the JavaScript module test");
  }

  static Stream<Arguments> catalogs() {
    return Stream.of(
        Arguments.of("builtin", TestCatalogs.builtin()),
        Arguments.of("awkward", TestCatalogs.awkward()),
        Arguments.of("synthetic", TestCatalogs.syntheticServices(20, 10)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void badgeForResolvesExactlyLikeJava(String name, BadgeCatalog catalog, @TempDir Path tmp)
      throws IOException {
    CssNames css = new CssNames("badge");
    List<Map<String, String>> cases = new ArrayList<>();
    List<Map<String, String>> expected = new ArrayList<>();
    for (Domain d : catalog.domains().values()) {
      List<String> inputs = new ArrayList<>();
      for (Badge b : d.values()) {
        inputs.add(b.value());
        inputs.add(" " + b.value().toUpperCase(Locale.ROOT) + "\t\n");
        inputs.add("\f\r" + b.value());
        inputs.add(nfd(b.value()));
        inputs.add(" " + nfd(b.value().toLowerCase(Locale.ROOT)) + "\t");
        inputs.addAll(b.aliases());
        for (String alias : b.aliases()) {
          inputs.add("  " + alias.toUpperCase(Locale.ROOT) + " ");
          inputs.add(nfd(alias));
        }
      }
      inputs.addAll(
          List.of(
              "",
              "  FAILED ",
              "nope",
              "ÄÖ",
              "äö",
              "\u00a0failed",
              "\u000bfailed",
              "FAİLED",
              "A\u0308O\u0308",
              "a\u0308o\u0308",
              "unknown",
              "  ",
              "Ä"));
      for (String input : inputs) {
        addCase(cases, expected, catalog, css, d, "string", input);
      }
      addCase(cases, expected, catalog, css, d, "null", null);
      addCase(cases, expected, catalog, css, d, "undefined", null);
      addCase(cases, expected, catalog, css, d, "boolean", "true");
      addCase(cases, expected, catalog, css, d, "boolean", "false");
      addCase(cases, expected, catalog, css, d, "number", "404");
    }
    for (String unknownDomain :
        List.of("nope.domain", "", "Tenant.Status", "__proto__x", "constructor")) {
      cases.add(Map.of("domain", unknownDomain, "kind", "string", "value", "x"));
      String message;
      try {
        catalog.resolve(unknownDomain, "x");
        throw new AssertionError("Java resolved unknown domain " + unknownDomain);
      } catch (IllegalArgumentException e) {
        message = e.getMessage();
      }
      expected.add(Map.of("error", message));
    }

    Map<String, Object> result = runInNode(catalog, cases, tmp);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> actual = (List<Map<String, String>>) result.get("results");
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "case " + cases.get(i));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> shape = (Map<String, Object>) result.get("shape");
    assertEquals(
        new ArrayList<>(catalog.domains().keySet()),
        shape.get("domains"),
        "every domain, as an own property");
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Domain d : catalog.domains().values()) {
      values.put(d.name(), d.values().stream().map(Badge::value).sorted().toList());
    }
    @SuppressWarnings("unchecked")
    Map<String, List<String>> actualValues = (Map<String, List<String>>) shape.get("values");
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      assertEquals(
          e.getValue(),
          actualValues.get(e.getKey()).stream().sorted().toList(),
          "values of " + e.getKey());
    }
    assertEquals(Boolean.TRUE, shape.get("frozen"), "catalog data is deeply frozen");
    assertEquals(List.of(), result.get("commonJsDiffers"), "the CommonJS entry resolves alike");
    assertEquals("badge--unknown", shape.get("unknown"));
    assertTrue(actual.size() > catalog.pairingCount());
  }

  @Test
  void anNfdValueResolvesToItsNfcDefinitionInJsAsInJava(@TempDir Path tmp) throws IOException {
    BadgeCatalog catalog =
        BadgeCatalog.of(
            TestCatalogs.builtin().tones(),
            List.of(
                new Domain(
                    "menu.item",
                    "Menu",
                    "",
                    List.of(
                        new Badge("caf\u00e9", "Caf\u00e9", "info", "coffee", List.of(), ""),
                        new Badge("tea", "Tea", "info", "leaf", List.of("\u00c4\u00d6"), "")),
                    null)),
            TestCatalogs.builtin().unknown());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("cafe\u0301", "caf\u00e9");
    expected.put(" cafe\u0301\n", "caf\u00e9");
    expected.put("A\u0308O\u0308", "tea");
    expected.put("CAFE\u0301", "unknown"); // NFC first: "CAF\u00c9", which ASCII folding leaves
    List<Map<String, String>> cases = new ArrayList<>();
    for (String input : expected.keySet()) {
      cases.add(Map.of("domain", "menu.item", "kind", "string", "value", input));
    }
    Map<String, Object> result = runInNode(catalog, cases, tmp);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> actual = (List<Map<String, String>>) result.get("results");
    int i = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertEquals(e.getValue(), catalog.resolve("menu.item", e.getKey()).value(), "Java");
      assertEquals(e.getValue(), actual.get(i++).get("value"), "JS");
    }
  }

  /** Runs {@code badgeFor} on each case in Node; the script's results and the catalog's shape. */
  private static Map<String, Object> runInNode(
      BadgeCatalog catalog, List<Map<String, String>> cases, Path tmp) throws IOException {
    Path js = tmp.resolve("badges.js");
    Map<String, byte[]> files =
        TokenExporter.export(
            catalog, TokenOptions.defaults(), List.of(new JsFormat(), new NpmFormat()), Map.of());
    Files.write(js, files.get(JsFormat.JS));
    Files.write(tmp.resolve("badges.cjs"), files.get(NpmFormat.CJS));
    Files.writeString(
        tmp.resolve("package.json"), "{\"type\": \"module\"}\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("check.mjs"), SCRIPT, StandardCharsets.UTF_8);
    Path casesFile = tmp.resolve("cases.json");
    JSON.writeValue(casesFile.toFile(), cases);
    Path resultFile = tmp.resolve("result.json");
    Processes.Result r =
        Processes.run(
            List.of(
                node.toString(),
                "check.mjs",
                js.toString(),
                casesFile.toString(),
                resultFile.toString()),
            tmp,
            Map.of(),
            120);
    assertEquals(0, r.exitCode(), r.describe());
    return JSON.readValue(resultFile.toFile(), new TypeReference<Map<String, Object>>() {});
  }

  /**
   * The label as HTML text as the catalog site writes it ({@code & < >} as entities, the bidi
   * controls as references), and the quotes as entities too, so it is also safe in an attribute.
   */
  private static String html(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Characters.isBidiControl(c)) {
            sb.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static void addCase(
      List<Map<String, String>> cases,
      List<Map<String, String>> expected,
      BadgeCatalog catalog,
      CssNames css,
      Domain d,
      String kind,
      String value) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("domain", d.name());
    c.put("kind", kind);
    if (value != null) {
      c.put("value", value);
    }
    cases.add(c);
    Badge b = catalog.resolve(d.name(), value);
    boolean pairing = d.values().contains(b);
    Map<String, String> e = new LinkedHashMap<>();
    e.put("value", b.value());
    e.put("label", b.label());
    e.put("tone", b.tone());
    e.put("icon", b.icon());
    String className = pairing ? css.pairing(d.name(), b.value()) : css.unknown(d.name());
    e.put("className", className);
    e.put("classes", css.base() + " " + className);
    e.put(
        "html",
        "<span class=\""
            + css.base()
            + " "
            + className
            + "\"><span class=\""
            + css.iconElement()
            + "\" aria-hidden=\"true\"></span><span class=\""
            + css.labelElement()
            + "\">"
            + html(b.label())
            + "</span></span>");
    expected.add(e);
  }
}

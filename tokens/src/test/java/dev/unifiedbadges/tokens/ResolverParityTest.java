package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three resolvers agree: {@code BadgeCatalog.resolve}, the generated Java's {@code
 * Badges.resolve} and the JS module's {@code badgeFor}, over every value and alias, their case and
 * white-space variants, null, unknown domains and a few thousand seeded random strings.
 */
class ResolverParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RANDOM_STRINGS = 3000;

  /**
   * What random strings are made of: ASCII letters of both cases, the white space the rule trims
   * and some it does not, dotted and dotless i, sharp s, the separators names use, and combining
   * marks (acute, cedilla, dot above), which the lookup key's NFC step composes with what precedes
   * them in Java, in the generated Java and in the JS module alike.
   */
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t\n\r\f\u000b\u00a0"
          + "\u0130\u0131\u00df\u00e9\u00c9_-.\u0301\u0327\u0307";

  private static final String SCRIPT =
      """
      import { readFileSync, writeFileSync } from "node:fs";
      import { pathToFileURL } from "node:url";
      const mod = await import(pathToFileURL(process.argv[2]).href);
      const cases = JSON.parse(readFileSync(process.argv[3], "utf8"));
      const results = cases.map((c) => {
        try {
          const b = mod.badgeFor(c.domain, c.value ?? null);
          return { value: b.value, label: b.label, tone: b.tone, icon: b.icon, className: b.className };
        } catch (e) {
          return { error: e.message };
        }
      });
      writeFileSync(process.argv[4], JSON.stringify(results));
      """;

  static Stream<Arguments> catalogs() {
    return Stream.of(
        Arguments.of("builtin", TestCatalogs.builtin(), 1L),
        Arguments.of("awkward", TestCatalogs.awkward(), 2L),
        Arguments.of("synthetic", TestCatalogs.syntheticServices(12, 9), 3L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void generatedJavaCatalogAndJsResolveEveryInputAlike(
      String name, BadgeCatalog catalog, long seed, @TempDir Path tmp) throws Exception {
    CssNames css = new CssNames("badge");
    GeneratedJava generated = GeneratedJava.compile(catalog, css, tmp.resolve("java"));

    List<Map<String, String>> cases = cases(catalog, new Random(seed));
    List<Map<String, String>> expected = new ArrayList<>();
    for (Map<String, String> c : cases) {
      expected.add(fromCatalog(catalog, css, c.get("domain"), c.get("value")));
      assertEquals(
          expected.get(expected.size() - 1),
          fromGeneratedJava(generated, c.get("domain"), c.get("value")),
          "generated Java, case " + c);
    }

    Path node = Processes.onPath("node").orElse(null);
    Assumptions.assumeTrue(node != null, "node is not on the PATH: the JS side is not compared");
    Path js = tmp.resolve("badges.js");
    Files.write(js, TokenExporter.export(catalog, TokenOptions.defaults()).get(TokenExporter.JS));
    Files.writeString(tmp.resolve("package.json"), "{\"type\": \"module\"}\n");
    Files.writeString(tmp.resolve("parity.mjs"), SCRIPT, StandardCharsets.UTF_8);
    Path casesFile = tmp.resolve("cases.json");
    Path resultFile = tmp.resolve("results.json");
    JSON.writeValue(casesFile.toFile(), cases);
    Processes.Result r =
        Processes.run(
            List.of(
                node.toString(),
                "parity.mjs",
                js.toString(),
                casesFile.toString(),
                resultFile.toString()),
            tmp,
            Map.of(),
            120);
    assertEquals(0, r.exitCode(), r.describe());
    List<Map<String, String>> fromJs =
        JSON.readValue(resultFile.toFile(), new TypeReference<List<Map<String, String>>>() {});
    assertEquals(cases.size(), fromJs.size());
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(expected.get(i), fromJs.get(i), "JS badgeFor, case " + cases.get(i));
    }
    assertTrue(cases.size() > RANDOM_STRINGS + catalog.pairingCount());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void generatedJavaComposesToNfcLikeTheCatalog(
      String name, BadgeCatalog catalog, long seed, @TempDir Path tmp) throws Exception {
    GeneratedJava generated = GeneratedJava.compile(catalog, new CssNames("badge"), tmp);
    for (Domain d : catalog.domains().values()) {
      for (String input : List.of("e\u0301", "E\u0301", " \u212b ", "\u00c5", "A\u030a")) {
        assertEquals(
            catalog.resolve(d.name(), input).value(),
            generated.resolve(d.name(), input).value(),
            d.name() + " " + input);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void anUnknownDomainFailsWithTheCatalogsMessage(
      String name, BadgeCatalog catalog, long seed, @TempDir Path tmp) throws Exception {
    GeneratedJava generated = GeneratedJava.compile(catalog, new CssNames("badge"), tmp);
    for (String domain : List.of("nope.domain", "", "Tenant.Status")) {
      IllegalArgumentException expected =
          assertThrows(IllegalArgumentException.class, () -> catalog.resolve(domain, "x"));
      IllegalArgumentException actual =
          assertThrows(IllegalArgumentException.class, () -> generated.resolve(domain, "x"));
      assertEquals(expected.getMessage(), actual.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> generated.resolve(null, "x"));
  }

  /** Every value and alias, variants of each, null, and random strings spread over the domains. */
  private static List<Map<String, String>> cases(BadgeCatalog catalog, Random random) {
    List<Map<String, String>> cases = new ArrayList<>();
    List<Domain> domains = catalog.domainList();
    List<String> names = new ArrayList<>();
    for (Domain d : domains) {
      for (Badge b : d.values()) {
        List<String> all = new ArrayList<>(b.aliases());
        all.add(0, b.value());
        names.addAll(all);
        for (String n : all) {
          for (String variant :
              List.of(
                  n,
                  n.toUpperCase(Locale.ROOT),
                  " " + n + " ",
                  "\t\n" + n.toUpperCase(Locale.ROOT) + "\r\f",
                  "\u00a0" + n,
                  n + "\u000b",
                  swapAsciiCase(n))) {
            cases.add(input(d, variant));
          }
        }
      }
      cases.add(input(d, null));
      cases.add(input(d, ""));
      cases.add(input(d, Badge.UNKNOWN));
    }
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      Domain d = domains.get(random.nextInt(domains.size()));
      String s =
          random.nextInt(3) == 0
              ? mutate(names.get(random.nextInt(names.size())), random)
              : randomString(random);
      cases.add(input(d, s));
    }
    for (String unknownDomain : List.of("nope.domain", "", "Tenant.Status", "__proto__")) {
      Map<String, String> c = new LinkedHashMap<>();
      c.put("domain", unknownDomain);
      c.put("value", "x");
      cases.add(c);
    }
    return cases;
  }

  private static Map<String, String> input(Domain d, String value) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("domain", d.name());
    c.put("value", value);
    return c;
  }

  private static String randomString(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /** A real name with its case flipped here and there and white space (trimmed or not) around. */
  private static String mutate(String name, Random random) {
    StringBuilder sb = new StringBuilder();
    String[] pad = {"", " ", "\t", "\n", "\u00a0", "\u000b", "\r\f"};
    sb.append(pad[random.nextInt(pad.length)]);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return sb.append(pad[random.nextInt(pad.length)]).toString();
  }

  private static String swapAsciiCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        sb.append((char) (c - 32));
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Map<String, String> fromCatalog(
      BadgeCatalog catalog, CssNames css, String domain, String value) {
    Badge b;
    try {
      b = catalog.resolve(domain, value);
    } catch (IllegalArgumentException e) {
      return Map.of("error", e.getMessage());
    }
    Domain d = catalog.domains().get(domain);
    String className =
        d.values().contains(b) ? css.pairing(d.name(), b.value()) : css.unknown(d.name());
    return Map.of(
        "value", b.value(),
        "label", b.label(),
        "tone", b.tone(),
        "icon", b.icon(),
        "className", className);
  }

  private static Map<String, String> fromGeneratedJava(
      GeneratedJava generated, String domain, String value) {
    dev.unifiedbadges.runtime.Badge b;
    try {
      b = generated.resolve(domain, value);
    } catch (IllegalArgumentException e) {
      return Map.of("error", e.getMessage());
    }
    assertTrue(b.cssClasses().startsWith("badge "), b.cssClasses());
    return Map.of(
        "value", b.value(),
        "label", b.label(),
        "tone", b.tone(),
        "icon", b.icon(),
        "className", b.cssClasses().substring("badge ".length()));
  }
}

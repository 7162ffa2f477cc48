package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.runtime.Size;
import dev.unifiedbadges.runtime.Variant;
import dev.unifiedbadges.testing.Processes;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated Java's {@code Badges.html(badge, variant, size, iconOnly)} (badge-runtime's {@code
 * BadgeHtml}) and the JS module's {@code badgeHtml(domain, value, { variant, size, iconOnly })}
 * write the same markup for every pairing, variant, size and icon-only, with the CSS prefix, and
 * read a variant or size given as text alike ({@code Variant.fromId}: surrounding space and case
 * ignored, anything else the default).
 */
class VariantHtmlParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SCRIPT =
      """
      import { readFileSync, writeFileSync } from "node:fs";
      import { pathToFileURL } from "node:url";
      const mod = await import(pathToFileURL(process.argv[2]).href);
      const cases = JSON.parse(readFileSync(process.argv[3], "utf8"));
      const results = cases.map((c) => {
        const options = { variant: c.variant, size: c.size, iconOnly: c.iconOnly === "true" };
        const html = mod.badgeHtml(c.domain, c.value, options);
        const classes = mod.badgeClassName(c.domain, c.value, options);
        return html.includes('class="' + classes + '"') ? html : "classes differ: " + classes;
      });
      writeFileSync(process.argv[4], JSON.stringify(results));
      """;

  private static final List<String> TEXT_OPTIONS =
      List.of(" SOLID ", "Dot", "ghost", "", " lg", "SM", "xl", "md", "subtle");

  @ParameterizedTest(name = "prefix {0}")
  @ValueSource(strings = {"badge", "ui-badge"})
  void javaAndJsWriteTheSameMarkupForEveryVariantAndSize(String prefix, @TempDir Path tmp)
      throws Exception {
    BadgeCatalog catalog = TestCatalogs.builtin();
    CssNames css = new CssNames(prefix);
    GeneratedJava generated = GeneratedJava.compile(catalog, css, tmp.resolve("java"));
    List<Map<String, String>> cases = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Domain d : catalog.domains().values()) {
      List<String> values = new ArrayList<>(d.values().stream().map(Badge::value).toList());
      values.add("no such value");
      for (String value : values) {
        dev.unifiedbadges.runtime.Badge badge = generated.resolve(d.name(), value);
        for (Variant v : Variant.values()) {
          for (Size s : Size.values()) {
            for (boolean iconOnly : new boolean[] {false, true}) {
              cases.add(
                  Map.of(
                      "domain",
                      d.name(),
                      "value",
                      value,
                      "variant",
                      v.id(),
                      "size",
                      s.id(),
                      "iconOnly",
                      Boolean.toString(iconOnly)));
              expected.add(generated.html(badge, v, s, iconOnly));
            }
          }
        }
        for (String text : TEXT_OPTIONS) {
          cases.add(
              Map.of(
                  "domain",
                  d.name(),
                  "value",
                  value,
                  "variant",
                  text,
                  "size",
                  text,
                  "iconOnly",
                  "false"));
          expected.add(generated.html(badge, Variant.fromId(text), Size.fromId(text), false));
        }
      }
    }
    String failed = expected.get(0);
    assertTrue(failed.startsWith("<span class=\"" + prefix + " "), failed);

    Path node = Processes.onPath("node").orElse(null);
    Assumptions.assumeTrue(node != null, "node is not on the PATH: the JS side is not compared");
    Path js = tmp.resolve("badges.js");
    Files.write(
        js,
        TokenExporter.export(
                catalog, new TokenOptions(prefix, TokenOptions.defaults().colorFormat(), false))
            .get(TokenExporter.JS));
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
    List<String> fromJs = JSON.readValue(resultFile.toFile(), new TypeReference<List<String>>() {});
    assertEquals(cases.size(), fromJs.size());
    Map<String, Integer> kinds = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(expected.get(i), fromJs.get(i), "case " + cases.get(i));
      kinds.merge(cases.get(i).get("variant"), 1, Integer::sum);
    }
    assertTrue(kinds.size() >= Variant.values().length + TEXT_OPTIONS.size() - 2, kinds.toString());
  }
}

package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.icon.IconSet;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenExporterTest {

  @Test
  void exportsEveryFileUnderItsPath() {
    SortedMap<String, byte[]> files =
        TokenExporter.export(TestCatalogs.builtin(), TokenOptions.defaults());
    assertEquals(
        List.of(
            "css/badges.css",
            "css/badges.min.css",
            "js/badges.d.ts",
            "js/badges.js",
            "tokens/badges.dark.tokens.json",
            "tokens/badges.light.tokens.json",
            "tokens/badges.resolver.json"),
        List.copyOf(files.keySet()));
    for (byte[] content : files.values()) {
      String text = new String(content, StandardCharsets.UTF_8);
      assertFalse(text.contains("\r"), "only \\n line ends");
      assertArrayEquals(content, text.getBytes(StandardCharsets.UTF_8), "valid UTF-8");
    }
  }

  @Test
  void minifiedCssIsOptional() {
    TokenOptions options = new TokenOptions("badge", ColorFormat.OBJECT, false);
    assertFalse(
        TokenExporter.export(TestCatalogs.builtin(), options).containsKey(TokenExporter.CSS_MIN));
  }

  @Test
  void minifiedCssHasNoLineBreaksOrIndentation() {
    SortedMap<String, byte[]> files =
        TokenExporter.export(TestCatalogs.awkward(), TokenOptions.defaults());
    String min = new String(files.get(TokenExporter.CSS_MIN), StandardCharsets.UTF_8);
    String css = new String(files.get(TokenExporter.CSS), StandardCharsets.UTF_8);
    assertFalse(min.contains("\n"));
    assertFalse(min.contains(";}"));
    assertFalse(min.contains("{ ") || min.contains(": ") || min.contains(" {"));
    assertTrue(min.length() < css.length() * 0.9, min.length() + " vs " + css.length());
  }

  @Test
  void cssHasAClassForEveryToneAndPairingAndFallback() {
    BadgeCatalog catalog = TestCatalogs.builtin();
    CssNames names = new CssNames("badge");
    String css = css(catalog, TokenOptions.defaults());
    for (String tone : catalog.tones().keySet()) {
      assertTrue(css.contains("\n." + names.tone(tone) + " {\n"), tone);
      assertTrue(css.contains("  " + names.toneProperty(tone, "bg") + ": #"), tone);
    }
    for (Domain d : catalog.domains().values()) {
      for (Badge b : d.values()) {
        assertTrue(
            css.contains("\n." + names.pairing(d.name(), b.value()) + " {\n"),
            d.name() + " " + b.value());
      }
      assertTrue(css.contains("\n." + names.unknown(d.name()) + " {\n"), d.name());
    }
    assertTrue(css.contains("\n." + names.catalogUnknown() + " {\n"));
  }

  @Test
  void eachIconIsDefinedOnceAndReferencedByPairings() {
    BadgeCatalog catalog = TestCatalogs.syntheticServices(30, 10);
    String css = css(catalog, TokenOptions.defaults());
    Matcher m =
        Pattern.compile("\n  (--badge-icon-[a-z0-9-]+): url\\(\"data:image/svg\\+xml,")
            .matcher(css);
    Set<String> defined = new java.util.HashSet<>();
    while (m.find()) {
      assertTrue(defined.add(m.group(1)), "defined twice: " + m.group(1));
    }
    Matcher uses = Pattern.compile("--badge-icon: var\\((--badge-icon-[a-z0-9-]+)\\)").matcher(css);
    int count = 0;
    while (uses.find()) {
      assertTrue(defined.contains(uses.group(1)), uses.group(1));
      count++;
    }
    assertEquals(
        catalog.pairingCount() + catalog.domains().size() + 2,
        count,
        "pairings, fallbacks, catalog fallback and base");
    assertEquals(
        defined.size(), css.split("data:image/svg\\+xml,", -1).length - 1, "each icon's SVG once");
  }

  @Test
  void exportsTwentyThousandPairings() {
    BadgeCatalog catalog = TestCatalogs.syntheticServices(1000, 20);
    SortedMap<String, byte[]> files = TokenExporter.export(catalog, TokenOptions.defaults());
    String css = new String(files.get(TokenExporter.CSS), StandardCharsets.UTF_8);
    assertEquals(
        20_000 + 1000,
        css.split("\n\\.badge--service-", -1).length - 1,
        "a rule per pairing and domain fallback");
    String min = new String(files.get(TokenExporter.CSS_MIN), StandardCharsets.UTF_8);
    assertEquals(20_000 + 1000, min.split("}\\.badge--service-", -1).length - 1);
    String light = new String(files.get(TokenExporter.TOKENS_LIGHT), StandardCharsets.UTF_8);
    assertEquals(
        21_000, light.split("\"dev\\.unifiedbadges\": \\{\n {12}\"label\"", -1).length - 1);
    String js = new String(files.get(TokenExporter.JS), StandardCharsets.UTF_8);
    assertEquals(21_001, js.split("\"badge--", -1).length - 1);
  }

  @Test
  void iconPropertyNamesCannotCollideWithLayoutProperties() {
    for (String reserved : List.of("color", "size", "animation")) {
      assertFalse(IconSet.lucide().contains(reserved), reserved);
    }
  }

  @Test
  void onlyProgressIconsSpin() {
    String css = css(TestCatalogs.builtin(), TokenOptions.defaults());
    String[] rules = css.split("\n}\n");
    int spinning = 0;
    for (String rule : rules) {
      if (rule.contains("--badge-icon-animation: badge-spin")) {
        spinning++;
        assertTrue(rule.contains("--badge-icon: var(--badge-icon-loader-circle);"), rule);
      }
    }
    assertEquals(5, spinning, "the five 'running' values of the built-in catalog");
    assertTrue(
        css.contains(
            "@media (prefers-reduced-motion: reduce) {\n  .badge__icon {\n    animation: none;\n  }\n}"));
  }

  @Test
  void thePrefixIsConfigurable() {
    String css = css(TestCatalogs.builtin(), new TokenOptions("ub-tag", ColorFormat.OBJECT, true));
    assertFalse(css.contains(".badge") || css.contains("-badge"), "no trace of the default prefix");
    assertTrue(css.contains("\n.ub-tag--operation-run-outcome--partial {\n"));
    assertTrue(css.contains("--ub-tag-tone-warning-bg: #fef3c7;"));
    assertTrue(css.contains("[data-ub-tag-theme=dark] {"));
    assertTrue(css.contains("@keyframes ub-tag-spin {"));
    String js =
        new String(
            TokenExporter.export(
                    TestCatalogs.builtin(), new TokenOptions("ub-tag", ColorFormat.OBJECT, true))
                .get(TokenExporter.JS),
            StandardCharsets.UTF_8);
    assertTrue(js.contains("\"ub-tag--operation-run-outcome--partial\""));
  }

  @Test
  void hexFormatWritesPlainStrings() {
    String light =
        new String(
            TokenExporter.export(
                    TestCatalogs.builtin(), new TokenOptions("badge", ColorFormat.HEX, false))
                .get(TokenExporter.TOKENS_LIGHT),
            StandardCharsets.UTF_8);
    assertTrue(light.contains("\"$value\": \"#fef3c7\""));
    assertFalse(light.contains("colorSpace"));
  }

  @Test
  void awkwardNamesAreEscapedInCss() {
    String css = css(TestCatalogs.awkward(), TokenOptions.defaults());
    assertTrue(css.contains("\n.badge--2fa-status--404 {\n"));
    assertTrue(css.contains("\n.badge--größe-status--日本 {\n"));
    assertTrue(css.contains("/* Domain 2fa.status* / */"), "a name cannot end the comment early");
  }

  @Test
  void rejectsCatalogsThatValidationWouldReject() {
    BadgeCatalog base = TestCatalogs.builtin();
    Badge ok = new Badge("ok", "OK", "success", "circle-check", List.of(), "");
    assertThrows(
        IllegalArgumentException.class,
        () -> export(base, new Badge("ok", "OK", "nope", "circle-check", List.of(), "")));
    assertThrows(
        IllegalArgumentException.class,
        () -> export(base, new Badge("ok", "OK", "success", "no-such-icon", List.of(), "")));
    assertThrows(
        IllegalArgumentException.class,
        () -> export(base, new Badge("...", "Dots", "success", "circle-check", List.of(), "")));
    assertThrows(
        IllegalArgumentException.class,
        () -> export(base, new Badge("Unknown", "U", "success", "circle-check", List.of(), "")));
    assertThrows(
        IllegalArgumentException.class,
        () -> export(base, ok, new Badge("OK", "OK", "success", "circle-check", List.of(), "")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TokenExporter.export(
                BadgeCatalog.of(
                    base.tones(),
                    List.of(new Domain("tone", "", "", List.of(ok), null)),
                    base.unknown()),
                TokenOptions.defaults()));
  }

  @Test
  void aFailingSinkFailsTheExportWithItsException() {
    IOException full = new IOException("No space left on device");
    FileSink failing =
        new FileSink() {
          @Override
          public void put(String path, byte[] content) throws IOException {
            throw full;
          }

          @Override
          public java.io.OutputStream open(String path) throws IOException {
            throw full;
          }

          @Override
          public void putCopy(String path, String earlier) throws IOException {
            throw full;
          }
        };
    for (BadgeCatalog catalog :
        List.of(TestCatalogs.builtin(), TestCatalogs.syntheticServices(150, 20))) {
      IOException thrown =
          assertThrows(
              IOException.class,
              () -> TokenExporter.export(catalog, TokenOptions.defaults(), failing));
      assertTrue(
          thrown == full || List.of(thrown.getSuppressed()).contains(full), String.valueOf(thrown));
    }
  }

  private static void export(BadgeCatalog base, Badge... values) {
    TokenExporter.export(
        BadgeCatalog.of(
            base.tones(),
            List.of(new Domain("x.y", "", "", List.of(values), null)),
            base.unknown()),
        TokenOptions.defaults());
  }

  private static String css(BadgeCatalog catalog, TokenOptions options) {
    return new String(
        TokenExporter.export(catalog, options).get(TokenExporter.CSS), StandardCharsets.UTF_8);
  }
}

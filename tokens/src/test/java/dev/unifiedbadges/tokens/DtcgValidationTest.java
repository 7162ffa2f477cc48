package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Names;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the DTCG files against the Format and Resolver Module 2025.10 rules, independently of the
 * writer.
 */
class DtcgValidationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");
  private static final Pattern HEX_ALPHA = Pattern.compile("#[0-9a-f]{6}([0-9a-f]{2})?");

  static Stream<Arguments> catalogs() {
    return Stream.of(
        Arguments.of("builtin", TestCatalogs.builtin()),
        Arguments.of("awkward", TestCatalogs.awkward()),
        Arguments.of("synthetic", TestCatalogs.syntheticServices(40, 12)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void tokenFilesAreValidDtcg(String name, BadgeCatalog catalog) throws IOException {
    for (ColorFormat format : ColorFormat.values()) {
      SortedMap<String, byte[]> files =
          TokenExporter.export(catalog, new TokenOptions("badge", format, false));
      for (Theme theme : Theme.values()) {
        String path = theme == Theme.LIGHT ? TokenExporter.TOKENS_LIGHT : TokenExporter.TOKENS_DARK;
        JsonNode root = JSON.readTree(files.get(path));
        List<String> problems = new ArrayList<>();
        validate(root, format, problems);
        assertEquals(List.of(), problems, name + " " + format + " " + path);
        checkContent(catalog, root, theme, format);
      }
    }
  }

  @Test
  void resolverFollowsTheResolverModule() throws IOException {
    JsonNode r =
        JSON.readTree(
            TokenExporter.export(TestCatalogs.builtin(), TokenOptions.defaults())
                .get(TokenExporter.RESOLVER));
    assertEquals(
        "https://www.designtokens.org/schemas/2025.10/resolver.json", r.get("$schema").asText());
    assertEquals("2025.10", r.get("version").asText());
    JsonNode theme = r.get("modifiers").get("theme");
    assertEquals("light", theme.get("default").asText());
    assertEquals(List.of("light", "dark"), fieldNames(theme.get("contexts")));
    assertEquals(
        "badges.light.tokens.json", theme.get("contexts").get("light").get(0).get("$ref").asText());
    assertEquals(
        "badges.dark.tokens.json", theme.get("contexts").get("dark").get(0).get("$ref").asText());
    assertTrue(theme.get("contexts").has(theme.get("default").asText()), "default names a context");
    assertEquals(1, r.get("resolutionOrder").size());
    assertEquals("#/modifiers/theme", r.get("resolutionOrder").get(0).get("$ref").asText());
    Set<String> allowed =
        Set.of(
            "$schema",
            "name",
            "version",
            "description",
            "sets",
            "modifiers",
            "resolutionOrder",
            "$extensions",
            "$defs");
    for (String key : fieldNames(r)) {
      assertTrue(allowed.contains(key), "unexpected resolver key " + key);
    }
  }

  @Test
  void componentsAgreeWithHexForEveryChannelValue() {
    for (int c = 0; c <= 255; c++) {
      String text = DtcgExporter.component(c);
      double v = Double.parseDouble(text);
      assertTrue(v >= 0 && v <= 1, text);
      assertTrue(text.length() <= 6, "at most four decimals: " + text);
      assertEquals(c, (int) Math.round(v * 255), "channel " + c + " -> " + text);
      assertEquals(
          Math.round(c / 255.0 * 10_000) / 10_000.0, v, 1e-12, "rounded to four decimals: " + c);
      assertEquals(text, javaScriptNumber(v), "written as JavaScript would: " + c);
    }
  }

  @Test
  void aTransparentBorderStandsInForATheme() throws IOException {
    BadgeCatalog catalog = TestCatalogs.awkward();
    JsonNode dark =
        JSON.readTree(
            TokenExporter.export(catalog, TokenOptions.defaults()).get(TokenExporter.TOKENS_DARK));
    JsonNode light =
        JSON.readTree(
            TokenExporter.export(catalog, TokenOptions.defaults()).get(TokenExporter.TOKENS_LIGHT));
    // 'plain' draws a border only in dark: light gets a transparent one so aliases still resolve.
    assertEquals(0, light.at("/badge/tone/plain/border/$value/alpha").asInt(-1));
    assertEquals("#808080", dark.at("/badge/tone/plain/border/$value/hex").asText());
    assertEquals("#0000ff", light.at("/badge/tone/plain/icon/$value/hex").asText());
    // '1st' draws none in either theme: no border token, and its pairings alias none.
    assertTrue(light.at("/badge/tone/1st/border").isMissingNode());
    assertTrue(light.at("/badge/2fa-status/ok/border").isMissingNode());
    assertEquals("{badge.tone.1st.icon}", light.at("/badge/2fa-status/ok/icon/$value").asText());
  }

  // --- an independent DTCG checker ---------------------------------------------------------------

  static void validate(JsonNode root, ColorFormat format, List<String> problems) {
    if (!root.path("$schema")
        .asText()
        .equals("https://www.designtokens.org/schemas/2025.10/format.json")) {
      problems.add("$schema missing or wrong: " + root.path("$schema"));
    }
    Map<String, JsonNode> tokens = new LinkedHashMap<>();
    collect(root, "", null, tokens, problems);
    for (Map.Entry<String, JsonNode> e : tokens.entrySet()) {
      JsonNode value = e.getValue().get("$value");
      Set<String> seen = new HashSet<>();
      String path = e.getKey();
      while (value.isTextual() && value.asText().startsWith("{")) {
        String ref = value.asText();
        if (!ref.endsWith("}")) {
          problems.add(path + ": malformed alias " + ref);
          break;
        }
        String target = ref.substring(1, ref.length() - 1);
        if (!seen.add(target)) {
          problems.add(e.getKey() + ": alias cycle through " + target);
          break;
        }
        JsonNode t = tokens.get(target);
        if (t == null) {
          problems.add(e.getKey() + ": alias " + ref + " does not resolve to a token");
          break;
        }
        path = target;
        value = t.get("$value");
      }
      if (value.isTextual() && value.asText().startsWith("{")) {
        continue;
      }
      checkColor(e.getKey(), value, format, problems);
    }
  }

  /** Walks groups; tokens are objects with $value. {@code type} is the inherited $type. */
  private static void collect(
      JsonNode group,
      String path,
      String type,
      Map<String, JsonNode> tokens,
      List<String> problems) {
    if (group.has("$type")) {
      type = group.get("$type").asText();
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = group.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (key.startsWith("$")) {
        if (!Set.of("$schema", "$type", "$description", "$extensions", "$value", "$deprecated")
            .contains(key)) {
          problems.add(path + ": unknown property " + key);
        }
        if (key.equals("$extensions") && !e.getValue().isObject()) {
          problems.add(path + ": $extensions is not an object");
        }
        continue;
      }
      String child = path.isEmpty() ? key : path + "." + key;
      if (!key.equals(key.strip())
          || key.isEmpty()
          || key.contains(".")
          || key.contains("{")
          || key.contains("}")) {
        problems.add("illegal name '" + key + "' at " + path);
      }
      if (!DtcgNames.isValid(key)) {
        problems.add("DtcgNames rejects '" + key + "' at " + path);
      }
      JsonNode node = e.getValue();
      if (!node.isObject()) {
        problems.add(child + ": neither a group nor a token");
      } else if (node.has("$value")) {
        String t = node.has("$type") ? node.get("$type").asText() : type;
        if (!"color".equals(t)) {
          problems.add(child + ": type is " + t + ", not color");
        }
        tokens.put(child, node);
      } else {
        collect(node, child, type, tokens, problems);
      }
    }
  }

  private static void checkColor(
      String path, JsonNode value, ColorFormat format, List<String> problems) {
    if (format == ColorFormat.HEX) {
      if (!value.isTextual() || !HEX_ALPHA.matcher(value.asText()).matches()) {
        problems.add(path + ": not a hex colour string: " + value);
      }
      return;
    }
    if (!value.isObject()) {
      problems.add(path + ": colour value is not an object: " + value);
      return;
    }
    for (String key : fieldNames(value)) {
      if (!Set.of("colorSpace", "components", "alpha", "hex").contains(key)) {
        problems.add(path + ": unknown colour key " + key);
      }
    }
    if (!"srgb".equals(value.path("colorSpace").asText())) {
      problems.add(path + ": colorSpace is not srgb");
    }
    JsonNode components = value.path("components");
    if (!components.isArray() || components.size() != 3) {
      problems.add(path + ": components is not an array of three");
      return;
    }
    String hex = value.path("hex").asText();
    if (!HEX.matcher(hex).matches()) {
      problems.add(path + ": hex '" + hex + "' is not #rrggbb");
      return;
    }
    Rgb rgb = Rgb.of(hex);
    int[] channels = {rgb.red(), rgb.green(), rgb.blue()};
    for (int i = 0; i < 3; i++) {
      JsonNode c = components.get(i);
      if (!c.isNumber() || c.asDouble() < 0 || c.asDouble() > 1) {
        problems.add(path + ": component " + i + " is not a number in 0..1: " + c);
      } else if (Math.round(c.asDouble() * 255) != channels[i]) {
        problems.add(path + ": component " + i + " " + c + " disagrees with hex " + hex);
      } else if (c.asText().contains(".")
          && c.asText().length() - c.asText().indexOf('.') - 1 > 4) {
        problems.add(path + ": component " + i + " has more than four decimals: " + c);
      }
    }
    if (value.has("alpha")
        && (!value.get("alpha").isNumber()
            || value.get("alpha").asDouble() < 0
            || value.get("alpha").asDouble() > 1)) {
      problems.add(path + ": alpha out of range");
    }
  }

  /** Every pairing and fallback is where the architecture says, with its metadata and aliases. */
  private static void checkContent(
      BadgeCatalog catalog, JsonNode root, Theme theme, ColorFormat format) {
    JsonNode badge = root.get("badge");
    for (Tone tone : catalog.tones().values()) {
      ToneColors c = tone.colors(theme);
      JsonNode t = badge.get("tone").get(tone.name());
      String bg =
          format == ColorFormat.HEX
              ? t.at("/background/$value").asText()
              : t.at("/background/$value/hex").asText();
      assertEquals(c.background().hex(), bg, tone.name());
      String icon =
          format == ColorFormat.HEX
              ? t.at("/icon/$value").asText()
              : t.at("/icon/$value/hex").asText();
      assertEquals(c.iconColor().hex(), icon, tone.name());
    }
    for (Domain d : catalog.domains().values()) {
      JsonNode group = badge.get(Names.kebab(d.name()));
      assertEquals(d.name(), group.at("/$extensions/dev.unifiedbadges/domain").asText());
      for (Badge b : d.values()) {
        checkBadge(group.get(Names.kebab(b.value())), b, d.name());
      }
      checkBadge(group.get("unknown"), catalog.unknownFor(d), d.name());
    }
    checkBadge(badge.get("unknown"), catalog.unknown(), null);
  }

  private static void checkBadge(JsonNode group, Badge b, String domain) {
    JsonNode ext = group.get("$extensions").get("dev.unifiedbadges");
    assertEquals(
        List.of("label", "tone", "icon", "domain", "value", "aliases", "description"),
        fieldNames(ext));
    assertEquals(b.label(), ext.get("label").asText());
    assertEquals(b.tone(), ext.get("tone").asText());
    assertEquals(b.icon(), ext.get("icon").asText());
    assertEquals(domain, ext.get("domain").isNull() ? null : ext.get("domain").asText());
    assertEquals(b.value(), ext.get("value").asText());
    List<String> aliases = new ArrayList<>();
    ext.get("aliases").forEach(a -> aliases.add(a.asText()));
    assertEquals(b.aliases(), aliases);
    assertEquals(b.description(), ext.get("description").asText());
    assertEquals(
        "{badge.tone." + b.tone() + ".background}", group.at("/background/$value").asText());
    assertEquals(
        "{badge.tone." + b.tone() + ".foreground}", group.at("/foreground/$value").asText());
    assertEquals("{badge.tone." + b.tone() + ".icon}", group.at("/icon/$value").asText());
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** How JavaScript's Number#toString writes 0..1 values with at most four decimals. */
  private static String javaScriptNumber(double v) {
    if (v == 0) {
      return "0";
    }
    if (v == 1) {
      return "1";
    }
    String s =
        new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", v))
            .stripTrailingZeros()
            .toPlainString();
    return s;
  }
}

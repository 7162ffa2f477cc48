package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.validate.ContrastLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code BuiltinCatalog.java} is the built-in YAML as code, so a build on the built-in catalog
 * loads no YAML parser. This test regenerates that code from the YAML, loaded and validated the
 * slow way, and fails if the checked-in file differs; {@code -Dbadges.updateGolden=true} rewrites
 * it.
 */
class BuiltinCatalogCodeTest {

  private static final Path SOURCE =
      Path.of(System.getProperty("badges.moduleDir", "."))
          .resolve("src/main/java/dev/unifiedbadges/model/load/BuiltinCatalog.java");

  @Test
  void theCheckedInCodeIsTheBuiltinYaml() throws IOException, DefinitionException {
    LoadedCatalog slow =
        DefinitionLoader.parseBuiltin(
            new LoadOptions(ContrastLevel.AA, LoadOptions.DEFAULT_MAX_FILE_BYTES));
    assertEquals(List.of(), slow.warnings(), "the built-in catalog lints clean");
    BadgeCatalog parsed = slow.catalog();
    String expected = code(parsed);
    String actual = Files.exists(SOURCE) ? Files.readString(SOURCE, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      if (Boolean.getBoolean("badges.updateGolden")) {
        Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        return;
      }
      fail(
          SOURCE
              + " is not the code of builtin.badges.yaml; rerun with -Dbadges.updateGolden=true after changing"
              + " the YAML, and review the diff");
    }
    assertEquals(parsed, BuiltinCatalog.catalog(), "the code builds exactly the parsed catalog");
  }

  @Test
  void loadingTheBuiltinCatalogGivesWhatItsYamlGivesAtEveryContrastLevel() throws Exception {
    for (ContrastLevel level : ContrastLevel.values()) {
      LoadOptions options = new LoadOptions(level, LoadOptions.DEFAULT_MAX_FILE_BYTES);
      DefinitionLoader loader = new DefinitionLoader(options);
      LoadedCatalog slow;
      try {
        slow = DefinitionLoader.parseBuiltin(options);
      } catch (DefinitionException expected) {
        DefinitionException e =
            assertThrows(
                DefinitionException.class,
                () -> loader.load(loader.read(Definitions.builtIn())),
                level.name());
        assertEquals(expected.diagnostics(), e.diagnostics(), level.name());
        continue;
      }
      assertEquals(slow, loader.load(loader.read(Definitions.builtIn())), level.name());
      assertEquals(slow, loader.loadBuiltin(), level.name());
    }
  }

  private static String code(BadgeCatalog c) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "// Generated from builtin.badges.yaml by BuiltinCatalogCodeTest; do not edit. After changing the\n");
    sb.append(
        "// YAML: mvn -pl badge-model test -Dtest=BuiltinCatalogCodeTest -Dbadges.updateGolden=true\n");
    sb.append("package dev.unifiedbadges.model.load;\n\n");
    sb.append("import dev.unifiedbadges.model.Badge;\n");
    sb.append("import dev.unifiedbadges.model.BadgeCatalog;\n");
    sb.append("import dev.unifiedbadges.model.Domain;\n");
    sb.append("import dev.unifiedbadges.model.Surface;\n");
    sb.append("import dev.unifiedbadges.model.Tone;\n");
    sb.append("import dev.unifiedbadges.model.ToneColors;\n");
    sb.append("import dev.unifiedbadges.model.color.Rgb;\n");
    sb.append("import java.util.List;\n");
    sb.append("import java.util.Map;\n");
    sb.append("import java.util.TreeMap;\n\n");
    sb.append(
        "/** The built-in catalog as code: a build that uses it loads no YAML parser (a cold start's largest cost). */\n");
    sb.append("final class BuiltinCatalog {\n\n");
    sb.append("  private BuiltinCatalog() {}\n\n");
    sb.append("  static BadgeCatalog catalog() {\n");
    sb.append("    Map<String, Tone> tones = new TreeMap<>();\n");
    for (Tone t : c.tones().values()) {
      sb.append("    tones.put(\n        ")
          .append(lit(t.name()))
          .append(",\n        new Tone(\n            ")
          .append(lit(t.name()))
          .append(",\n            ")
          .append(colors(t.light()))
          .append(",\n            ")
          .append(colors(t.dark()))
          .append("));\n");
    }
    sb.append("    List<Domain> domains =\n        List.of(");
    boolean firstDomain = true;
    for (Domain d : c.domains().values()) {
      sb.append(firstDomain ? "\n" : ",\n");
      firstDomain = false;
      sb.append("            new Domain(\n                ")
          .append(lit(d.name()))
          .append(",\n                ")
          .append(lit(d.title()))
          .append(",\n                ")
          .append(lit(d.description()))
          .append(",\n                List.of(");
      boolean firstValue = true;
      for (Badge b : d.values()) {
        sb.append(firstValue ? "\n" : ",\n");
        firstValue = false;
        sb.append("                    ").append(badge(b));
      }
      sb.append("),\n                ")
          .append(d.unknown() == null ? "null" : badge(d.unknown()))
          .append(")");
    }
    sb.append(");\n");
    sb.append("    return BadgeCatalog.of(tones, domains, ")
        .append(badge(c.unknown()))
        .append(")\n        .withSurfaces(")
        .append(surface(c.lightSurface()))
        .append(", ")
        .append(surface(c.darkSurface()))
        .append(");\n");
    sb.append("  }\n\n");
    sb.append(
        "  private static Rgb rgb(String hex) {\n    return hex == null ? null : Rgb.of(hex);\n  }\n}\n");
    return sb.toString();
  }

  private static String colors(ToneColors c) {
    return "new ToneColors(rgb("
        + lit(c.background().hex())
        + "), rgb("
        + lit(c.foreground().hex())
        + "), rgb("
        + hex(c.border())
        + "), rgb("
        + hex(c.icon())
        + "), "
        + (c.solid() == null
            ? "null"
            : "new ToneColors.Solid(rgb("
                + hex(c.solid().background())
                + "), rgb("
                + hex(c.solid().foreground())
                + "))")
        + ", "
        + (c.outline() == null
            ? "null"
            : "new ToneColors.Outline(rgb("
                + hex(c.outline().foreground())
                + "), rgb("
                + hex(c.outline().border())
                + "))")
        + ", rgb("
        + hex(c.dot())
        + "))";
  }

  private static String surface(Surface s) {
    return "new Surface(rgb(" + hex(s.background()) + "), rgb(" + hex(s.foreground()) + "))";
  }

  private static String hex(Rgb rgb) {
    return rgb == null ? "null" : lit(rgb.hex());
  }

  private static String badge(Badge b) {
    StringBuilder aliases = new StringBuilder("List.of(");
    List<String> list = b.aliases();
    for (int i = 0; i < list.size(); i++) {
      aliases.append(i == 0 ? "" : ", ").append(lit(list.get(i)));
    }
    aliases.append(")");
    return "new Badge("
        + lit(b.value())
        + ", "
        + lit(b.label())
        + ", "
        + lit(b.tone())
        + ", "
        + lit(b.icon())
        + ", "
        + aliases
        + ", "
        + lit(b.description())
        + ")";
  }

  private static String lit(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (ch < 0x20 || ch > 0x7e) {
            sb.append(String.format("\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}

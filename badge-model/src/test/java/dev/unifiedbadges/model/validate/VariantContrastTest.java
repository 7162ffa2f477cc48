package dev.unifiedbadges.model.validate;

import static dev.unifiedbadges.model.testing.Defs.error;
import static dev.unifiedbadges.model.testing.Defs.fails;
import static dev.unifiedbadges.model.testing.Defs.list;
import static dev.unifiedbadges.model.testing.Defs.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.VariantColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.runtime.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every variant's pairs are checked in both themes: text at the configured level against its fill
 * (the surface without one), border and dot 3:1 against what they sit on, each error at the colour
 * to change with every figure.
 */
class VariantContrastTest {

  /**
   * A tone whose every variant passes in both themes; {@code light}/{@code dark} edit one theme.
   */
  private static String tone(String light, String dark) {
    return """
        tones:
          brand:
            light:
              background: "#dcfce7"
              foreground: "#14532d"
              border: "#15803d"
        %s
            dark:
              background: "#052e16"
              foreground: "#bbf7d0"
              border: "#22c55e"
        %s
        domains:
          d:
            values:
              x: { label: X, tone: brand, icon: circle-check }
        """
        .formatted(light.indent(6).stripTrailing(), dark.indent(6).stripTrailing());
  }

  private static final String GOOD_LIGHT =
      """
      solid: { background: "#166534", foreground: "#ffffff" }
      outline: { foreground: "#14532d", border: "#15803d" }
      dot: "#16a34a"
      """;

  private static final String GOOD_DARK =
      """
      solid: { background: "#4ade80", foreground: "#0f172a" }
      outline: { foreground: "#bbf7d0", border: "#22c55e" }
      dot: "#22c55e"
      """;

  private static String edit(Theme theme, String from, String to) {
    return theme == Theme.LIGHT
        ? tone(GOOD_LIGHT.replace(from, to), GOOD_DARK)
        : tone(GOOD_LIGHT, GOOD_DARK.replace(from, to));
  }

  /** The one error a definition gets, asserting it is the only one. */
  private static Diagnostic onlyError(String yaml) {
    DefinitionException e = fails(yaml);
    assertEquals(1, e.errors().size(), list(e.diagnostics()));
    return e.errors().get(0);
  }

  /** The line of {@code key} under the given theme in {@link #tone}'s output, 1-based. */
  private static int line(String yaml, Theme theme, String key) {
    List<String> lines = yaml.lines().toList();
    int themeLine = lines.indexOf("    " + theme.id() + ":");
    for (int i = themeLine + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(key + ":")) {
        return i + 1;
      }
    }
    throw new AssertionError(key + " not under " + theme);
  }

  @Test
  void theFixtureItselfPassesInEveryVariantAndTheme() throws DefinitionException {
    LoadedCatalog loaded = load(tone(GOOD_LIGHT, GOOD_DARK));
    assertEquals(List.of(), loaded.warnings());
    Tone brand = loaded.catalog().tones().get("brand");
    for (Theme theme : Theme.values()) {
      for (Variant v : Variant.values()) {
        VariantColors c = brand.variant(theme, v, loaded.catalog().surface(theme));
        assertTrue(c.textContrast() >= 4.5, theme + " " + v + ": " + c.textContrast());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void aSolidTextBelowTheLevelIsAnErrorAtTheSolidForegroundWithBothColours(Theme theme) {
    String from = theme == Theme.LIGHT ? "#166534" : "#4ade80";
    String to = theme == Theme.LIGHT ? "#4ade80" : "#166534";
    String yaml = edit(theme, "background: \"" + from + "\"", "background: \"" + to + "\"");

    Diagnostic d = onlyError(yaml);

    assertEquals("/tones/brand/" + theme.id() + "/solid/foreground", d.path());
    assertEquals(line(yaml, theme, "solid"), d.location().line());
    assertTrue(
        d.message()
            .startsWith("solid text contrast of tone 'brand' in the " + theme.id() + " theme is "),
        d.message());
    assertTrue(d.message().contains(" on background " + Rgb.of(to)), d.message());
    assertTrue(d.message().contains("WCAG AA needs at least 4.50:1"), d.message());
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void anOutlineTextBelowTheLevelOnTheSurfaceIsAnErrorAtTheOutlineForeground(Theme theme) {
    String from =
        theme == Theme.LIGHT
            ? "foreground: \"#14532d\", border"
            : "foreground: \"#bbf7d0\", border";
    String to =
        theme == Theme.LIGHT
            ? "foreground: \"#86efac\", border"
            : "foreground: \"#166534\", border";

    Diagnostic d = onlyError(edit(theme, from, to));

    assertEquals("/tones/brand/" + theme.id() + "/outline/foreground", d.path());
    Surface surface = Surface.defaultFor(theme);
    assertTrue(
        d.message().startsWith("outline text contrast of tone 'brand' in the " + theme.id()),
        d.message());
    assertTrue(d.message().contains(" on surface " + surface.background()), d.message());
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void anOutlineBorderBelowThreeToOneOnTheSurfaceIsAnErrorAtTheOutlineBorder(Theme theme) {
    String from = theme == Theme.LIGHT ? "border: \"#15803d\" }" : "border: \"#22c55e\" }";
    String to = theme == Theme.LIGHT ? "border: \"#bbf7d0\" }" : "border: \"#14532d\" }";

    Diagnostic d = onlyError(edit(theme, from, to));

    assertEquals("/tones/brand/" + theme.id() + "/outline/border", d.path());
    assertTrue(
        d.message().startsWith("outline border contrast of tone 'brand' in the " + theme.id()),
        d.message());
    assertTrue(
        d.message().contains("it needs at least 3:1 against the page (WCAG 1.4.11)"), d.message());
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void aDotBelowThreeToOneOnTheSurfaceIsAnErrorAtTheDot(Theme theme) {
    String from = theme == Theme.LIGHT ? "dot: \"#16a34a\"" : "dot: \"#22c55e\"";
    String to = theme == Theme.LIGHT ? "dot: \"#dcfce7\"" : "dot: \"#052e16\"";
    String yaml = edit(theme, from, to);

    Diagnostic d = onlyError(yaml);

    assertEquals("/tones/brand/" + theme.id() + "/dot", d.path());
    assertEquals(line(yaml, theme, "dot"), d.location().line());
    assertTrue(
        d.message().startsWith("dot contrast of tone 'brand' in the " + theme.id()), d.message());
    if (theme == Theme.LIGHT) {
      // The light surface is white: it cannot get lighter, so the fix does not suggest it.
      assertEquals("make the dot darker", d.fix());
    }
  }

  @ParameterizedTest
  @EnumSource(Theme.class)
  void aSurfaceWhoseTextFailsIsAnErrorAtTheSurfaceForeground(Theme theme) {
    String surface =
        theme == Theme.LIGHT
            ? "surfaces:\n  light: { background: \"#ffffff\", foreground: \"#cbd5e1\" }\n"
            : "surfaces:\n  dark: { background: \"#0f172a\", foreground: \"#334155\" }\n";

    Diagnostic d = onlyError(surface + tone(GOOD_LIGHT, GOOD_DARK));

    assertEquals("/surfaces/" + theme.id() + "/foreground", d.path());
    assertEquals(2, d.location().line());
    assertTrue(
        d.message()
            .startsWith(
                "text contrast of the " + theme.id() + " surface (the dot variant's label)"),
        d.message());
  }

  @Test
  void aSurfaceThatHidesOutlinesAndDotsIsReportedAtEachColourThatFailsOnIt() {
    // A green page: the outline border and the dot no longer stand out.
    String yaml =
        "surfaces:\n  light: { background: \"#16a34a\", foreground: \"#ffffff\" }\n"
            + tone(GOOD_LIGHT, GOOD_DARK);

    DefinitionException e = fails(yaml);

    error(
        e,
        line(yaml, Theme.LIGHT, "dot") + ":12",
        "dot contrast of tone 'brand' in the light theme is 1.00:1");
    assertTrue(
        e.errors().stream().anyMatch(d -> d.path().equals("/tones/brand/light/outline/border")),
        list(e.diagnostics()));
  }

  @Test
  void aDerivedSolidThatFailsAaaPointsAtTheColourItIsDerivedFromAndSaysHowToGiveOne() {
    String yaml = tone("", GOOD_DARK);
    DefinitionException e =
        fails(
            new LoadOptions(ContrastLevel.AAA, LoadOptions.DEFAULT_MAX_FILE_BYTES),
            "defs.badges.yaml",
            yaml.getBytes(StandardCharsets.UTF_8));

    Diagnostic d =
        e.errors().stream()
            .filter(x -> x.message().startsWith("solid text contrast"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(list(e.diagnostics())));
    assertEquals("/tones/brand/light/border", d.path());
    assertTrue(d.message().contains("(derived from the border)"), d.message());
    assertTrue(d.fix().startsWith("give the tone its own colours: solid: {"), d.fix());
  }

  @Test
  void aToneWithoutVariantColoursGetsADerivedSolidThatPassesAa() throws DefinitionException {
    LoadedCatalog loaded = load(tone("", ""));
    Tone brand = loaded.catalog().tones().get("brand");
    for (Theme theme : Theme.values()) {
      assertTrue(!brand.colors(theme).hasOwnSolid());
      VariantColors solid = brand.variant(theme, Variant.SOLID, loaded.catalog().surface(theme));
      assertTrue(solid.textContrast() >= 4.5, theme + ": " + solid);
    }
  }

  @Test
  void aFallbackThatRepeatsAFailingSubtleColourIsNotReportedAgain() {
    // The subtle text fails; outline text falls back to the same colour: one error, not two.
    Diagnostic d =
        onlyError(
            """
            tones:
              pale:
                light: { background: "#ffffff", foreground: "#999999" }
                dark: { background: "#000000", foreground: "#ffffff" }
            domains:
              d:
                values:
                  x: { label: X, tone: pale, icon: circle }
            """);
    assertEquals("/tones/pale/light/foreground", d.path());
    assertTrue(d.message().startsWith("text contrast of tone 'pale'"), d.message());
  }

  @ParameterizedTest
  @EnumSource(ContrastLevel.class)
  void theBuiltinCatalogPassesEveryVariantInBothThemesAtEveryLevelWithoutWarnings(
      ContrastLevel level) throws DefinitionException {
    LoadedCatalog loaded =
        new DefinitionLoader(new LoadOptions(level, LoadOptions.DEFAULT_MAX_FILE_BYTES))
            .loadBuiltin();
    assertEquals(List.of(), loaded.warnings());
    BadgeCatalog c = loaded.catalog();
    for (Tone t : c.tones().values()) {
      for (Theme theme : Theme.values()) {
        assertTrue(
            t.colors(theme).hasOwnSolid(), "built-in tones define solid by hand: " + t.name());
        for (Variant v : Variant.values()) {
          VariantColors vc = t.variant(theme, v, c.surface(theme));
          assertTrue(level.textPasses(vc.textContrast()), t.name() + " " + theme + " " + v);
          if (vc.border() != null) {
            assertTrue(
                Rgb.contrast(vc.border(), vc.behind()) >= 3, t.name() + " " + theme + " " + v);
          }
          if (vc.dot() != null) {
            assertTrue(Rgb.contrast(vc.dot(), vc.behind()) >= 3, t.name() + " " + theme + " " + v);
          }
        }
      }
    }
  }
}

package dev.unifiedbadges.model.load;

import static dev.unifiedbadges.model.testing.Defs.error;
import static dev.unifiedbadges.model.testing.Defs.fails;
import static dev.unifiedbadges.model.testing.Defs.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The variant keys of a tone and the catalog's surfaces, read with positions for every mistake. */
class VariantDefinitionsTest {

  private static final String DOMAIN =
      """
      domains:
        d:
          values:
            x: { label: X, tone: brand, icon: circle-check }
      """;

  @Test
  void variantColoursAndSurfacesAreRead() throws DefinitionException {
    BadgeCatalog c =
        load("""
                surfaces:
                  light: { background: "#fafafa", foreground: "#111111" }
                tones:
                  brand:
                    light:
                      background: "#dcfce7"
                      foreground: "#14532d"
                      solid: { background: "#166534", foreground: "#ffffff" }
                      outline: { foreground: "#14532d", border: "#15803d" }
                      dot: "#16a34a"
                    dark: { background: "#052e16", foreground: "#bbf7d0" }
                """
                + DOMAIN)
            .catalog();
    ToneColors light = c.tones().get("brand").light();
    assertEquals(new ToneColors.Solid(Rgb.of("#166534"), Rgb.of("#ffffff")), light.solid());
    assertEquals(new ToneColors.Outline(Rgb.of("#14532d"), Rgb.of("#15803d")), light.outline());
    assertEquals(Rgb.of("#16a34a"), light.dot());
    assertEquals(new Surface(Rgb.of("#fafafa"), Rgb.of("#111111")), c.surface(Theme.LIGHT));
    assertEquals(Surface.DEFAULT_DARK, c.surface(Theme.DARK), "an unset surface is the default");
    ToneColors dark = c.tones().get("brand").dark();
    assertNull(dark.solid());
    assertEquals(
        new ToneColors.Outline(dark.foreground(), dark.foreground()), dark.outlineColors());
    assertEquals(dark.foreground(), dark.dotColor(), "no border: the dot takes the icon colour");
  }

  @Test
  void aSolidWithoutItsForegroundNamesTheMissingKeyAndWhere() {
    DefinitionException e =
        fails(
            """
            tones:
              brand:
                light:
                  background: "#dcfce7"
                  foreground: "#14532d"
                  solid: { background: "#166534" }
                dark: { background: "#052e16", foreground: "#bbf7d0" }
            """
                + DOMAIN);
    Diagnostic d =
        error(e, "6:14", "missing 'foreground' colour in the light solid colours of tone 'brand'");
    assertEquals("/tones/brand/light/solid/foreground", d.path());
  }

  @Test
  void aMisspeltOutlineKeyGetsADidYouMean() {
    DefinitionException e =
        fails(
            """
            tones:
              brand:
                light:
                  background: "#dcfce7"
                  foreground: "#14532d"
                  outline: { foreground: "#14532d", boder: "#15803d" }
                dark: { background: "#052e16", foreground: "#bbf7d0" }
            """
                + DOMAIN);
    Diagnostic d = error(e, "6:41", "'boder'");
    assertTrue(d.fix().contains("did you mean 'border'?"), d.fix());
  }

  @Test
  void aMalformedDotColourIsRefusedAtItsValue() {
    DefinitionException e =
        fails(
            """
            tones:
              brand:
                light: { background: "#dcfce7", foreground: "#14532d", dot: "green" }
                dark: { background: "#052e16", foreground: "#bbf7d0" }
            """
                + DOMAIN);
    error(e, "3:65", "malformed colour 'green' for dot");
  }

  @Test
  void aSurfaceDefinedInTwoFilesIsAnErrorNamingTheFirst() {
    DefinitionLoader loader = new DefinitionLoader();
    String surface = "surfaces:\n  light: { background: \"#ffffff\", foreground: \"#111111\" }\n";
    DefinitionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DefinitionException.class,
            () ->
                loader.load(
                    List.of(
                        new DefinitionSource(
                            "a.badges.yaml", bytes(surface + DOMAIN.replace("brand", "neutral"))),
                        new DefinitionSource("b.badges.yaml", bytes(surface)))));
    Diagnostic d = error(e, "2:3", "the light surface is already defined at a.badges.yaml:2:3");
    assertEquals("b.badges.yaml", d.location().file());
  }

  @Test
  void anUnknownSurfaceThemeIsRefused() {
    DefinitionException e =
        fails(
            "surfaces:\n  sepia: { background: \"#ffffff\", foreground: \"#111111\" }\n"
                + DOMAIN.replace("brand", "neutral"));
    error(e, "2:3", "'sepia'");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

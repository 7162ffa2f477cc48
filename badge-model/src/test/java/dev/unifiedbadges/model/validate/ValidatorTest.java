package dev.unifiedbadges.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.DefinitionSource;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.testing.Defs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private static final Rgb WHITE = Rgb.of("#ffffff");
  private static final Rgb BLACK = Rgb.of("#000000");
  private static final ToneColors GOOD_DARK = new ToneColors(BLACK, WHITE, null, null);

  private static List<Diagnostic> validate(ContrastLevel level, ToneColors light) {
    Tone tone = new Tone("brand", light, GOOD_DARK);
    Badge unknown = new Badge("unknown", "Unknown", "brand", "circle-help", List.of(), "");
    Domain domain =
        new Domain(
            "d", null, null, List.of(new Badge("x", "X", "brand", "ban", List.of(), "")), null);
    BadgeCatalog catalog = BadgeCatalog.of(Map.of("brand", tone), List.of(domain), unknown);
    return new Validator(new ValidationOptions(level)).validate(catalog, SourceMap.none());
  }

  private static String messages(List<Diagnostic> diagnostics) {
    return String.join("\n", diagnostics.stream().map(Diagnostic::message).toList());
  }

  @Test
  void aBorderBelowThreeToOneIsAnError() {
    // #eeeeee on white: 1.16:1
    List<Diagnostic> errors =
        validate(ContrastLevel.AA, new ToneColors(WHITE, BLACK, Rgb.of("#eeeeee"), null));
    assertEquals(1, errors.size(), messages(errors));
    Diagnostic d = errors.get(0);
    assertEquals("/tones/brand/light/border", d.path());
    assertTrue(
        d.message().startsWith("border contrast of tone 'brand' in the light theme is 1.16:1"),
        d.message());
    assertTrue(d.message().contains("needs at least 3:1 (WCAG 1.4.11)"), d.message());
    assertTrue(d.fix().contains("make the border darker"), d.fix());
  }

  @Test
  void aBorderAtThreeToOneOrMorePasses() {
    // #949494 on white is 3.03:1, #959595 is 2.99:1
    assertTrue(Rgb.contrast(Rgb.of("#949494"), WHITE) >= 3.0);
    assertTrue(Rgb.contrast(Rgb.of("#959595"), WHITE) < 3.0);
    assertEquals(
        List.of(),
        validate(ContrastLevel.AA, new ToneColors(WHITE, BLACK, Rgb.of("#949494"), null)));
    assertEquals(
        1,
        validate(ContrastLevel.AA, new ToneColors(WHITE, BLACK, Rgb.of("#959595"), null)).size());
  }

  @Test
  void anIconColourBelowThreeToOneIsAnError() {
    List<Diagnostic> errors =
        validate(ContrastLevel.AA, new ToneColors(WHITE, BLACK, null, Rgb.of("#dddddd")));
    assertEquals(1, errors.size(), messages(errors));
    assertEquals("/tones/brand/light/icon", errors.get(0).path());
    assertTrue(
        errors
            .get(0)
            .message()
            .startsWith("icon contrast of tone 'brand' in the light theme is 1.35:1"),
        errors.get(0).message());
    assertTrue(
        errors.get(0).fix().contains("remove 'icon' to use the foreground"), errors.get(0).fix());
  }

  @Test
  void contrastLevelOffDisablesTheContrastChecks() {
    ToneColors awful =
        new ToneColors(WHITE, Rgb.of("#fefefe"), Rgb.of("#fdfdfd"), Rgb.of("#fcfcfc"));
    assertEquals(3, validate(ContrastLevel.AA, awful).size());
    assertEquals(List.of(), validate(ContrastLevel.OFF, awful));
  }

  @Test
  void aaaIsStricterThanAa() {
    // #595959 on white: 7.00:1; #5a5a5a: 6.9:1; #767676: 4.54:1
    ToneColors aaOnly = new ToneColors(WHITE, Rgb.of("#767676"), null, null);
    assertEquals(List.of(), validate(ContrastLevel.AA, aaOnly));
    List<Diagnostic> errors = validate(ContrastLevel.AAA, aaOnly);
    assertEquals(1, errors.size(), messages(errors));
    assertTrue(errors.get(0).message().contains("is 4.54:1"), errors.get(0).message());
    assertTrue(
        errors.get(0).message().contains("WCAG AAA needs at least 7.00:1"),
        errors.get(0).message());
    assertEquals(
        List.of(),
        validate(ContrastLevel.AAA, new ToneColors(WHITE, Rgb.of("#595959"), null, null)));
    assertEquals(
        1,
        validate(ContrastLevel.AAA, new ToneColors(WHITE, Rgb.of("#5a5a5a"), null, null)).size());
  }

  @Test
  void textJustBelowAaFails() {
    List<Diagnostic> errors =
        validate(ContrastLevel.AA, new ToneColors(WHITE, Rgb.of("#777777"), null, null));
    assertEquals(1, errors.size(), messages(errors));
    assertTrue(
        errors
            .get(0)
            .message()
            .contains(
                "is 4.47:1 (foreground #777777 on background #ffffff); WCAG AA needs at least 4.50:1"),
        errors.get(0).message());
  }

  @Test
  void theLoaderAppliesTheConfiguredLevel() throws Exception {
    byte[] yaml =
        """
        tones:
          mid:
            light: { background: "#ffffff", foreground: "#767676" }
            dark: { background: "#000000", foreground: "#ffffff" }
        domains:
          d: { values: { x: { label: X, tone: mid, icon: ban } } }
        """
            .getBytes(StandardCharsets.UTF_8);
    List<DefinitionSource> sources = List.of(new DefinitionSource(Defs.FILE, yaml));
    new DefinitionLoader(LoadOptions.defaults()).load(sources);
    DefinitionException e =
        Defs.fails(LoadOptions.defaults().withContrastLevel(ContrastLevel.AAA), Defs.FILE, yaml);
    Defs.error(e, "3:49", "text contrast of tone 'mid' in the light theme is 4.54:1");
    new DefinitionLoader(LoadOptions.defaults().withContrastLevel(ContrastLevel.OFF)).load(sources);
  }

  @Test
  void contrastLevelParsing() {
    assertEquals(Optional.of(ContrastLevel.AA), ContrastLevel.parse("aa"));
    assertEquals(Optional.of(ContrastLevel.AAA), ContrastLevel.parse(" AAA "));
    assertEquals(Optional.of(ContrastLevel.OFF), ContrastLevel.parse("Off"));
    assertEquals(Optional.empty(), ContrastLevel.parse("A"));
    assertEquals(Optional.empty(), ContrastLevel.parse(null));
    assertTrue(ContrastLevel.AAA.textMinimum() > ContrastLevel.AA.textMinimum());
    assertTrue(ContrastLevel.OFF.textPasses(1.0));
  }

  @Test
  void ratiosAreRoundedDown() {
    assertEquals("4.49:1", Validator.ratio(4.499));
    assertEquals("4.50:1", Validator.ratio(4.5));
    assertEquals("21.00:1", Validator.ratio(21.0));
    assertEquals("1.00:1", Validator.ratio(1.0));
  }
}

package dev.unifiedbadges.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.generator.FormatRegistry;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.tokens.format.ColorFormat;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class ParametersTest {

  private static final List<String> AVAILABLE = FormatRegistry.builtIn().ids();

  @Test
  void formatsAcceptElementsCommaListsAndAnyCase() throws MojoFailureException {
    assertEquals(
        List.of("css", "tokens", "js", "site"),
        Parameters.formats(List.of("css,tokens,js,site"), AVAILABLE));
    assertEquals(List.of("css", "site"), Parameters.formats(List.of("CSS", " site "), AVAILABLE));
    assertEquals(
        List.of("tokens", "js"), Parameters.formats(List.of("tokens, js,", "js"), AVAILABLE));
  }

  @Test
  void anUnknownFormatNamesTheParameterTheValueAndTheAvailableFormats() {
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class, () -> Parameters.formats(List.of("css", "pdf"), AVAILABLE));
    assertEquals(
        "Invalid value 'css,pdf' for parameter 'formats' (property badges.formats)."
            + " Allowed: css, tokens, js, snapshot, site, java, npm (comma-separated; a third-party format is available once its jar is"
            + " among the plugin's <dependencies>).",
        e.getMessage());
  }

  @Test
  void aThirdPartyFormatIdIsAcceptedOnceAvailable() throws MojoFailureException {
    List<String> withCsv = List.of("css", "tokens", "js", "site", "pairings-csv");
    assertEquals(
        List.of("pairings-csv", "site"), Parameters.formats(List.of("pairings-csv,site"), withCsv));
  }

  @Test
  void aJavaPackageIsDotSeparatedIdentifiersThatAreNoKeywords() throws MojoFailureException {
    assertEquals(
        "com.example.badges",
        Parameters.javaPackage(" com.example.badges ", "javaPackage", PropertyNames.JAVA_PACKAGE));
  }

  @Test
  void aJavaKeywordInThePackageNamesTheParameterThePartAndAFix() {
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class,
            () ->
                Parameters.javaPackage(
                    "com.example.default", "javaPackage", PropertyNames.JAVA_PACKAGE));
    assertEquals(
        "Invalid value 'com.example.default' for parameter 'javaPackage' (property"
            + " badges.javaPackage): 'default' is a Java keyword or literal. Allowed: a Java"
            + " package name, dot-separated identifiers that are no Java keyword, such as"
            + " 'com.example.badges'. Fix: set <javaPackage>"
            + " (-Dbadges.javaPackage=com.example.badges).",
        e.getMessage());
  }

  @Test
  void aPackageThatIsNoIdentifierIsRefusedWhereverItWasSet() {
    MojoFailureException e =
        assertThrows(
            MojoFailureException.class,
            () -> Parameters.javaPackage("com.my-app", "formatOptions java.package", null));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Invalid value 'com.my-app' for parameter 'formatOptions java.package': 'my-app'"
                    + " is not a Java identifier."),
        e.getMessage());
  }

  @Test
  void noFormatAtAllIsRejected() {
    assertThrows(MojoFailureException.class, () -> Parameters.formats(List.of(" , "), AVAILABLE));
    assertThrows(MojoFailureException.class, () -> Parameters.formats(List.of(), AVAILABLE));
    assertThrows(MojoFailureException.class, () -> Parameters.formats(null, AVAILABLE));
    assertThrows(
        MojoFailureException.class,
        () -> Parameters.formats(Arrays.asList((String) null), AVAILABLE));
  }

  @Test
  void contrastLevels() throws MojoFailureException {
    assertEquals(ContrastLevel.AA, Parameters.contrastLevel("AA"));
    assertEquals(ContrastLevel.AAA, Parameters.contrastLevel("aaa"));
    assertEquals(ContrastLevel.OFF, Parameters.contrastLevel("off"));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Parameters.contrastLevel("A"));
    assertEquals(
        "Invalid value 'A' for parameter 'contrastLevel' (property badges.contrastLevel). Allowed: AA, AAA, off.",
        e.getMessage());
    assertThrows(MojoFailureException.class, () -> Parameters.contrastLevel(null));
  }

  @Test
  void colorFormats() throws MojoFailureException {
    assertEquals(ColorFormat.OBJECT, Parameters.colorFormat("object"));
    assertEquals(ColorFormat.HEX, Parameters.colorFormat("HEX"));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Parameters.colorFormat("rgb"));
    assertTrue(e.getMessage().contains("'tokenColorFormat' (property badges.tokenColorFormat)"));
    assertTrue(e.getMessage().endsWith("Allowed: object, hex."));
  }

  @Test
  void cssPrefixes() throws MojoFailureException {
    assertEquals("badge", Parameters.cssPrefix("badge"));
    assertEquals("ub-badge", Parameters.cssPrefix(" ub-badge "));
    for (String bad : new String[] {"Badge", "1badge", "-badge", "ub--badge", "", "b_b"}) {
      MojoFailureException e =
          assertThrows(MojoFailureException.class, () -> Parameters.cssPrefix(bad), bad);
      assertTrue(
          e.getMessage().contains("'cssPrefix' (property badges.cssPrefix)"), e.getMessage());
    }
    assertThrows(MojoFailureException.class, () -> Parameters.cssPrefix(null));
  }

  @Test
  void catalog() throws MojoFailureException {
    assertFalse(Parameters.isBuiltinCatalog(null));
    assertFalse(Parameters.isBuiltinCatalog(" "));
    assertTrue(Parameters.isBuiltinCatalog("builtin"));
    assertTrue(Parameters.isBuiltinCatalog("BuiltIn"));
    MojoFailureException e =
        assertThrows(MojoFailureException.class, () -> Parameters.isBuiltinCatalog("central"));
    assertEquals(
        "Invalid value 'central' for parameter 'catalog' (property badges.catalog). Allowed: 'builtin' (the"
            + " built-in definitions), or leave it unset to read <definitions>.",
        e.getMessage());
  }

  @Test
  void npmPackageNamesFollowNpmsRules() throws MojoFailureException {
    assertEquals("acme-badges", Parameters.npmPackageName("acme-badges"));
    assertEquals("@acme/badges", Parameters.npmPackageName(" @acme/badges "));
    assertEquals("badges.ui_kit~2", Parameters.npmPackageName("badges.ui_kit~2"));
    for (String bad :
        List.of(
            "Badges",
            "_badges",
            ".badges",
            "@acme/_x",
            "acme badges",
            "a/b",
            "@acme",
            "badges!",
            "node_modules",
            "x".repeat(215),
            "")) {
      MojoFailureException e =
          assertThrows(MojoFailureException.class, () -> Parameters.npmPackageName(bad), bad);
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Invalid value '"
                      + bad
                      + "' for parameter 'npmPackageName' (property badges.npmPackageName)."
                      + " Allowed: lower-case letters"),
          e.getMessage());
      assertTrue(e.getMessage().contains("Fix: set <npmPackageName>"), e.getMessage());
    }
    assertEquals("x".repeat(214), Parameters.npmPackageName("x".repeat(214)));
  }

  @Test
  void mavenVersionsMapToSemverOrFailNamingTheParameter() throws MojoFailureException {
    assertEquals("1.2.3", Parameters.npmPackageVersion("1.2.3"));
    assertEquals("1.2.0-SNAPSHOT", Parameters.npmPackageVersion("1.2-SNAPSHOT"));
    assertEquals("1.0.0", Parameters.npmPackageVersion("1"));
    assertEquals("2.0.0-rc.1+build.5", Parameters.npmPackageVersion("2.0.0-rc.1+build.5"));
    assertEquals("1.0.0-beta-2", Parameters.npmPackageVersion("1.0-beta-2"));
    for (String bad : List.of("1.0.0.Final", "1.2.3.4", "01.2.3", "1.2.3-01", "latest", "")) {
      MojoFailureException e =
          assertThrows(MojoFailureException.class, () -> Parameters.npmPackageVersion(bad), bad);
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Invalid value '"
                      + bad
                      + "' for parameter 'npmPackageVersion' (property"
                      + " badges.npmPackageVersion). Allowed: a semantic version"),
          e.getMessage());
    }
  }
}

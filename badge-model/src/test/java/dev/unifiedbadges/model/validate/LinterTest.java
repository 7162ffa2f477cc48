package dev.unifiedbadges.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Severity;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.model.testing.Defs;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {

  private static final BadgeCatalog BUILTIN = new DefinitionLoader().loadBuiltin().catalog();

  private static Badge badge(String value, String tone, String icon, String... aliases) {
    return new Badge(value, value, tone, icon, List.of(aliases), "");
  }

  private static List<Diagnostic> lint(Domain... domains) {
    return new Linter()
        .lint(
            BadgeCatalog.of(BUILTIN.tones(), List.of(domains), BUILTIN.unknown()),
            SourceMap.none());
  }

  @Test
  void aWordWithTwoTonesInTwoDomainsGivesOneWarningNamingBoth() {
    List<Diagnostic> warnings =
        lint(
            new Domain(
                "build.status",
                null,
                null,
                List.of(badge("done", "success", "circle-check")),
                null),
            new Domain(
                "deploy.status", null, null, List.of(badge("done", "info", "circle-check")), null));
    assertEquals(1, warnings.size(), warnings.toString());
    Diagnostic w = warnings.get(0);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals(
        "'done' renders differently across domains: tone info, icon circle-check in deploy.status;"
            + " tone success, icon circle-check in build.status",
        w.message());
    assertTrue(w.fix().contains("same tone and icon in every domain"), w.fix());
  }

  @Test
  void trueAndFalseAreExempt() {
    assertEquals(
        List.of(),
        lint(
            new Domain(
                "a.current",
                null,
                null,
                List.of(badge("true", "accent", "star"), badge("false", "neutral", "star-off")),
                null),
            new Domain(
                "b.stopped",
                null,
                null,
                List.of(badge("true", "danger", "octagon-x"), badge("FALSE", "neutral", "circle")),
                null)));
  }

  @Test
  void aliasesAndCaseCountAsTheSameWord() {
    List<Diagnostic> warnings =
        lint(
            new Domain(
                "a", null, null, List.of(badge("cancelled", "neutral", "ban", "canceled")), null),
            new Domain("b", null, null, List.of(badge("Canceled", "danger", "ban")), null));
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(
        warnings.get(0).message().startsWith("'canceled' renders differently"),
        warnings.get(0).message());
  }

  @Test
  void consistentWordsAndTheBuiltInCatalogGiveNoWarnings() {
    assertEquals(
        List.of(),
        lint(
            new Domain("a", null, null, List.of(badge("failed", "danger", "circle-x")), null),
            new Domain("b", null, null, List.of(badge("failed", "danger", "circle-x")), null)));
    assertEquals(List.of(), new Linter().lint(BUILTIN, SourceMap.none()));
  }

  @Test
  void warningsPointAtTheOddOneOutAndDoNotFailLoading() throws Exception {
    LoadedCatalog loaded =
        Defs.load(
            """
        domains:
          a.status:
            values:
              failed: { label: Failed, tone: danger, icon: circle-x }
          b.status:
            values:
              failed: { label: Failed, tone: danger, icon: circle-x }
          c.status:
            values:
              failed: { label: Failed, tone: warning, icon: triangle-alert }
        """);
    assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
    Diagnostic w = loaded.warnings().get(0);
    assertEquals("defs.badges.yaml:10:7", w.location().toString());
    assertEquals("/domains/c.status/values/failed", w.path());
    assertTrue(
        w.message().contains("tone danger, icon circle-x in a.status, b.status"), w.message());
    assertTrue(w.message().contains("tone warning, icon triangle-alert in c.status"), w.message());
    assertTrue(
        w.format().startsWith("defs.badges.yaml:10:7: warning: 'failed' renders differently"),
        w.format());
  }
}

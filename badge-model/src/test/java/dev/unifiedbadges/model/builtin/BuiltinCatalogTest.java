package dev.unifiedbadges.model.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.diagnostic.SourceMap;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.model.validate.ContrastLevel;
import dev.unifiedbadges.model.validate.Linter;
import dev.unifiedbadges.model.validate.ValidationOptions;
import dev.unifiedbadges.model.validate.Validator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltinCatalogTest {

  private final LoadedCatalog loaded = new DefinitionLoader().loadBuiltin();
  private final BadgeCatalog catalog = loaded.catalog();

  @Test
  void hasTheElevenDomainsAndFortySevenPairingsOfTheDesign() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put(
        "backup_schedule_run.status",
        List.of("running", "success", "partial", "failed", "canceled", "skipped"));
    expected.put("entra_group_sync_run.safety_stop_triggered", List.of("true", "false"));
    expected.put(
        "entra_group_sync_run.status",
        List.of("pending", "running", "succeeded", "partial", "failed"));
    expected.put("finding.severity", List.of("low", "medium", "high"));
    expected.put("finding.status", List.of("new", "acknowledged"));
    expected.put(
        "inventory_sync_run.status",
        List.of("pending", "running", "success", "partial", "failed", "skipped"));
    expected.put(
        "operation_run.outcome", List.of("pending", "succeeded", "partial", "failed", "cancelled"));
    expected.put("operation_run.status", List.of("queued", "running", "completed"));
    expected.put(
        "restore_run.status",
        List.of(
            "draft",
            "scoped",
            "checked",
            "previewed",
            "pending",
            "queued",
            "running",
            "completed",
            "partial",
            "failed",
            "cancelled"));
    expected.put("tenant.is_current", List.of("true", "false"));
    expected.put("tenant.status", List.of("active", "archived"));
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (Domain d : catalog.domains().values()) {
      actual.put(d.name(), d.values().stream().map(Badge::value).toList());
    }
    assertEquals(expected, actual);
    assertEquals(47, catalog.pairingCount());
  }

  @Test
  void eachWordHasOneMeaningAsTheDesignTableSays() {
    Map<String, String> toneLabel = new HashMap<>();
    toneLabel.put("queued", "neutral/Queued");
    toneLabel.put("pending", "neutral/Pending");
    toneLabel.put("running", "info/Running");
    toneLabel.put("completed", "success/Completed");
    toneLabel.put("success", "success/Succeeded");
    toneLabel.put("succeeded", "success/Succeeded");
    toneLabel.put("active", "success/Active");
    toneLabel.put("partial", "warning/Partial");
    toneLabel.put("failed", "danger/Failed");
    toneLabel.put("cancelled", "neutral/Cancelled");
    toneLabel.put("canceled", "neutral/Cancelled");
    toneLabel.put("skipped", "neutral/Skipped");
    toneLabel.put("archived", "neutral/Archived");
    toneLabel.put("draft", "neutral/Draft");
    toneLabel.put("scoped", "info/Scoped");
    toneLabel.put("checked", "info/Checked");
    toneLabel.put("previewed", "info/Previewed");
    toneLabel.put("new", "warning/New");
    toneLabel.put("acknowledged", "neutral/Acknowledged");
    toneLabel.put("low", "neutral/Low");
    toneLabel.put("medium", "warning/Medium");
    toneLabel.put("high", "danger/High");
    for (Domain d : catalog.domains().values()) {
      for (Badge b : d.values()) {
        String expected = toneLabel.get(b.value());
        if (expected != null) {
          assertEquals(expected, b.tone() + "/" + b.label(), d.name() + " " + b.value());
        }
      }
    }
    assertEquals("accent/Current", look("tenant.is_current", "true"));
    assertEquals("neutral/Not current", look("tenant.is_current", "false"));
    assertEquals("danger/Safety stop", look("entra_group_sync_run.safety_stop_triggered", "true"));
    assertEquals(
        "neutral/No safety stop", look("entra_group_sync_run.safety_stop_triggered", "false"));
  }

  private String look(String domain, String value) {
    Badge b = catalog.resolve(domain, value);
    return b.tone() + "/" + b.label();
  }

  @Test
  void cancelledAndCanceledAreEachOthersAlias() {
    assertEquals("Cancelled", catalog.resolve("operation_run.outcome", "canceled").label());
    assertEquals("Cancelled", catalog.resolve("backup_schedule_run.status", "cancelled").label());
    assertEquals("Cancelled", catalog.resolve("restore_run.status", "canceled").label());
  }

  @Test
  void noIconIsUsedByTwoTonesSoColourIsNeverTheOnlyCue() {
    Map<String, String> toneByIcon = new HashMap<>();
    for (Domain d : catalog.domains().values()) {
      for (Badge b : d.values()) {
        String other = toneByIcon.putIfAbsent(b.icon(), b.tone());
        assertTrue(
            other == null || other.equals(b.tone()),
            b.icon() + " is used by " + other + " and " + b.tone());
      }
    }
  }

  @Test
  void passesItsOwnValidationWithZeroErrorsAndZeroWarningsAtAaInBothThemes() {
    assertEquals(List.of(), loaded.warnings());
    assertEquals(
        List.of(), new Validator(ValidationOptions.defaults()).validate(catalog, SourceMap.none()));
    assertEquals(List.of(), new Linter().lint(catalog, SourceMap.none()));
  }

  @Test
  void everyToneMeetsAaTextAndThreeToOneBorderContrastInBothThemes() {
    for (Tone tone : catalog.tones().values()) {
      for (Theme theme : Theme.values()) {
        var c = tone.colors(theme);
        assertTrue(
            c.textContrast() >= 4.5, tone.name() + " " + theme + " text " + c.textContrast());
        assertTrue(
            dev.unifiedbadges.model.color.Rgb.contrast(c.border(), c.background()) >= 3.0,
            tone.name() + " " + theme + " border");
      }
    }
    assertEquals(
        List.of("accent", "danger", "info", "neutral", "success", "warning"),
        List.copyOf(catalog.tones().keySet()));
  }

  @Test
  void passesEvenAaaTextContrastInBothThemes() {
    var loader = new DefinitionLoader(LoadOptions.defaults().withContrastLevel(ContrastLevel.AAA));
    assertEquals(47, loader.loadBuiltin().catalog().pairingCount());
  }
}

package dev.unifiedbadges.examples.tenantatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.examples.tenantatlas.badges.Badges;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatusBadgesTest {

  @Test
  void resolvesValuesAndAliasesThroughTheGeneratedClass() {
    assertEquals("Partial", StatusBadges.badge("operation_run.outcome", "partial").label());
    assertEquals("Cancelled", StatusBadges.badge("operation_run.outcome", "canceled").label());
    assertEquals(
        "Safety stop",
        StatusBadges.badge("entra_group_sync_run.safety_stop_triggered", "true").label());
    assertEquals(
        Badges.OperationRunOutcome.PARTIAL, Badges.OperationRunOutcome.resolve(" PARTIAL "));
  }

  @Test
  void unknownAndNullValuesFallBackToTheUnknownBadge() {
    assertEquals("Unknown", StatusBadges.badge("restore_run.status", "exploded").label());
    assertEquals("Unknown", StatusBadges.badge("restore_run.status", null).label());
    assertEquals(
        "badge badge--restore-run-status--unknown",
        StatusBadges.badge("restore_run.status", "exploded").cssClasses());
  }

  @Test
  void anUnknownDomainIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> StatusBadges.badge("no.such.domain", "x"));
  }

  @Test
  void rendersTheSharedBadgeMarkup() {
    assertEquals(
        "<span class=\"badge badge--operation-run-outcome--partial\"><span class=\"badge__icon\""
            + " aria-hidden=\"true\"></span><span class=\"badge__label\">Partial</span></span>",
        StatusBadges.html("operation_run.outcome", "partial"));
  }

  @Test
  void theBuildPutTheGeneratedStylesheetOnTheClassPath() throws IOException {
    URL css = StatusBadges.stylesheet();
    assertNotNull(
        css,
        "the WebJar's css/badges.css is missing: badges:generate with attach=true should add it");
    String text;
    try (InputStream in = css.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Every class the Java side renders exists in the generated CSS.
    for (String value : new String[] {"partial", "canceled", "whatever"}) {
      for (String cls :
          StatusBadges.badge("operation_run.outcome", value).cssClasses().split(" ")) {
        assertTrue(text.contains("." + cls + "{") || text.contains("." + cls + " {"), cls);
      }
    }
  }
}

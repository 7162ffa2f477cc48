package dev.unifiedbadges.examples.tenantatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatusBadgesTest {

  private final StatusBadges badges = new StatusBadges();

  @Test
  void resolvesValuesAndAliases() {
    assertEquals("Partial", badges.label("operation_run.outcome", "partial"));
    assertEquals("Cancelled", badges.label("operation_run.outcome", "canceled"));
    assertEquals("Safety stop", badges.label("entra_group_sync_run.safety_stop_triggered", "true"));
  }

  @Test
  void unknownAndNullValuesFallBackToTheUnknownBadge() {
    assertEquals("Unknown", badges.label("restore_run.status", "exploded"));
    assertEquals("Unknown", badges.label("restore_run.status", null));
    assertEquals(
        "badge--restore-run-status--unknown", badges.cssClass("restore_run.status", "exploded"));
  }

  @Test
  void anUnknownDomainIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> badges.label("no.such.domain", "x"));
  }

  @Test
  void rendersTheSharedBadgeMarkup() {
    assertEquals(
        "<span class=\"badge badge--operation-run-outcome--partial\"><span class=\"badge__icon\""
            + " aria-hidden=\"true\"></span><span class=\"badge__label\">Partial</span></span>",
        badges.html("operation_run.outcome", "partial"));
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
    assertTrue(text.contains("." + badges.cssClass("operation_run.outcome", "partial")));
    assertTrue(text.contains("." + badges.cssClass("finding.severity", "high")));
    assertTrue(text.contains("." + badges.cssClass("tenant.status", "whatever")));
  }
}

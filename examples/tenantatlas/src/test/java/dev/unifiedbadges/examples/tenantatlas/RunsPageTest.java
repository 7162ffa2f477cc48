package dev.unifiedbadges.examples.tenantatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.examples.tenantatlas.RunsPage.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunsPageTest {

  private final String page =
      RunsPage.render(
          List.of(
              new Run("Nightly sync", "succeeded"),
              new Run("Backfill <all>", "Canceled"),
              new Run("Import", "exploded")));

  @Test
  void eachRunShowsTheBadgeOfItsOutcomeAliasesAndUnknownValuesIncluded() {
    assertTrue(page.contains(StatusBadges.html("operation_run.outcome", "succeeded")), page);
    assertTrue(
        page.contains("badge--operation-run-outcome--cancelled\">"),
        "the alias 'canceled', in another case, resolves to the cancelled badge: " + page);
    assertTrue(page.contains("badge--operation-run-outcome--unknown\">"), page);
  }

  @Test
  void theTemplateEscapesTheAppsOwnTextAndKeepsTheBadgeMarkup() {
    assertTrue(page.contains("<td>Backfill &lt;all&gt;</td>"), page);
    assertEquals(4, page.split("class=\"badge__label\"", -1).length - 1, "three runs and a legend");
  }
}

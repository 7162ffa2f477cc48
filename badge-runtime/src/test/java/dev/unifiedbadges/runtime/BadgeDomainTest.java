package dev.unifiedbadges.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeDomainTest {

  private static final Badge CANCELLED = badge("cancelled", "Cancelled", "canceled");
  private static final Badge FAILED = badge("failed", "Failed");
  private static final Badge UNKNOWN = badge(Badge.UNKNOWN, "Unknown");
  private static final BadgeDomain OUTCOME =
      new BadgeDomain("operation_run.outcome", List.of(CANCELLED, FAILED), UNKNOWN);

  @Test
  void resolvesValuesAndAliases() {
    assertSame(FAILED, OUTCOME.resolve("failed"));
    assertSame(CANCELLED, OUTCOME.resolve("cancelled"));
    assertSame(CANCELLED, OUTCOME.resolve("canceled"));
  }

  @Test
  void ignoresAsciiCaseAndSurroundingWhiteSpace() {
    assertSame(FAILED, OUTCOME.resolve(" FAILED\n"));
    assertSame(CANCELLED, OUTCOME.resolve("\tCanceled "));
  }

  @Test
  void unknownAndNullValuesGiveTheFallback() {
    assertSame(UNKNOWN, OUTCOME.resolve("exploded"));
    assertSame(UNKNOWN, OUTCOME.resolve(null));
    assertSame(UNKNOWN, OUTCOME.resolve(""));
    assertSame(UNKNOWN, OUTCOME.resolve("f\u0130iled"));
    assertTrue(OUTCOME.resolve("x").isUnknown());
    assertFalse(FAILED.isUnknown());
  }

  @Test
  void anExactMatchWinsOverAnEarlierBadgeWithTheSameKey() {
    Badge lower = badge("ok", "lower");
    Badge upper = badge("OK", "upper");
    BadgeDomain domain = new BadgeDomain("d", List.of(lower, upper), UNKNOWN);
    assertSame(upper, domain.resolve("OK"));
    assertSame(lower, domain.resolve("ok"));
    assertSame(lower, domain.resolve(" Ok "), "no exact match: the first in definition order");
  }

  @Test
  void keepsItsValuesInDefinitionOrderAndImmutable() {
    List<Badge> values = new ArrayList<>(List.of(FAILED, CANCELLED));
    BadgeDomain domain = new BadgeDomain("d", values, UNKNOWN);
    values.clear();
    assertEquals(List.of(FAILED, CANCELLED), domain.values());
    assertThrows(UnsupportedOperationException.class, () -> domain.values().clear());
  }

  private static Badge badge(String value, String label, String... aliases) {
    return new Badge(
        "operation_run.outcome",
        value,
        label,
        "neutral",
        "circle-help",
        List.of(aliases),
        "badge badge--operation-run-outcome--" + value);
  }
}

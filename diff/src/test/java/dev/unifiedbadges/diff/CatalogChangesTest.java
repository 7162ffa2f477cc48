package dev.unifiedbadges.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line summary and the counts the reports start with. */
class CatalogChangesTest {

  private static Change change(ChangeKind kind, String value) {
    return new Change(kind, "job.status", value, null, null, null, "m", null);
  }

  @Test
  void theSummaryCountsEachClassPresentAndNamesTheBump() {
    CatalogChanges changes =
        new CatalogChanges(
            "1.2.0",
            List.of(
                change(ChangeKind.VALUE_REMOVED, "a"),
                change(ChangeKind.LABEL_CHANGED, "b"),
                change(ChangeKind.VALUE_ADDED, "c")));
    assertEquals(
        "3 changes against 1.2.0: 1 breaking, 1 visual, 1 additive; suggested bump: major",
        changes.summary());
  }

  @Test
  void oneChangeIsSingularAndDocumentationOnlyIsAPatch() {
    CatalogChanges changes =
        new CatalogChanges("x", List.of(change(ChangeKind.VALUE_DESCRIPTION_CHANGED, "a")));
    assertEquals("1 change against x: 1 documentation; suggested bump: patch", changes.summary());
    assertEquals(1, changes.count(ChangeClass.DOCUMENTATION));
    assertEquals(0, changes.count(ChangeClass.BREAKING));
  }

  @Test
  void noChangesSaySoAndNeedNoBump() {
    CatalogChanges none = new CatalogChanges("1.2.0", List.of());
    assertEquals("no changes against 1.2.0", none.summary());
    assertEquals(Bump.NONE, none.bump());
  }

  @Test
  void aRealDiffsSummaryAgreesWithItsChanges() throws DefinitionException {
    CatalogChanges mixed = Fixtures.mixed();
    assertEquals(
        "5 changes against 1.2.0: 1 breaking, 2 visual, 1 additive, 1 documentation;"
            + " suggested bump: major",
        mixed.summary());
  }
}

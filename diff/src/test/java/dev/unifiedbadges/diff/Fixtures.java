package dev.unifiedbadges.diff;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;

/** Change sets the report tests render: real diffs of real definitions. */
final class Fixtures {

  private Fixtures() {}

  /** One change of each class and a tone colour change, against {@code 1.2.0}. */
  static CatalogChanges mixed() throws DefinitionException {
    String base = ChangeClassificationTest.BASE;
    String edited =
        base.replace("label: Failed", "label: Failure")
            .replace(", aliases: [canceled]", "")
            .replace("background: \"#f3e8ff\"", "background: \"#ede9fe\"")
            .replace("title: Backup kind", "title: Kind of backup")
            .replace("icon: clock }", "icon: clock, deprecated: { replacedBy: partial } }");
    return CatalogDiff.compare(
        ChangeClassificationTest.snapshot(base, TokenOptions.defaults()),
        ChangeClassificationTest.snapshot(edited, TokenOptions.defaults()),
        "1.2.0");
  }

  /**
   * The built-in catalog against the awkward one: many changes whose names and labels hold quotes,
   * pipes, HTML, line separators and non-ASCII text.
   */
  static CatalogChanges awkward() {
    return CatalogDiff.compare(
        CatalogSnapshot.of(TestCatalogs.builtin(), TokenOptions.defaults()),
        CatalogSnapshot.of(TestCatalogs.awkward(), TokenOptions.defaults()),
        "built-in | `main`");
  }
}

package dev.unifiedbadges.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classification table: each case is baseline definitions and one edit, with the changes (kind
 * and class) and the bump the diff must report. Both sides go through the real loader, snapshot
 * writer and reader.
 */
class ChangeClassificationTest {

  /** A small catalog with a custom tone, an alias, a description and two domains. */
  static final String BASE =
      """
      tones:
        brand:
          light: { background: "#f3e8ff", foreground: "#3b0764", border: "#7e22ce" }
          dark:  { background: "#2e1065", foreground: "#f5f3ff" }
      unknown: { label: Unknown, tone: neutral, icon: circle-help }
      domains:
        restore_run.status:
          title: Restore run status
          description: Where a restore run is.
          values:
            queued:    { label: Queued, tone: neutral, icon: clock }
            partial:   { label: Partial, tone: warning, icon: triangle-alert, description: Some items failed. }
            failed:    { label: Failed, tone: danger, icon: circle-x }
            cancelled: { label: Cancelled, tone: neutral, icon: ban, aliases: [canceled] }
        backup.kind:
          title: Backup kind
          values:
            full:  { label: Full, tone: brand, icon: archive }
            delta: { label: Delta, tone: info, icon: layers }
      """;

  private static final String DEPRECATIONS = TestCatalogs.DEPRECATIONS_YAML;

  private static final Set<ChangeKind> COVERED = EnumSet.noneOf(ChangeKind.class);

  record Case(
      String name,
      String baseline,
      UnaryOperator<String> edit,
      TokenOptions afterOptions,
      List<String> expected,
      Bump bump) {

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case of(
      String name, String baseline, UnaryOperator<String> edit, Bump bump, String... expected) {
    return new Case(name, baseline, edit, TokenOptions.defaults(), List.of(expected), bump);
  }

  /** Replaces each {@code from} with its {@code to}, failing if one is not in the text. */
  private static UnaryOperator<String> replace(String... fromTo) {
    return text -> {
      String s = text;
      for (int i = 0; i < fromTo.length; i += 2) {
        assertTrue(s.contains(fromTo[i]), "the edit finds: " + fromTo[i]);
        s = s.replace(fromTo[i], fromTo[i + 1]);
      }
      return s;
    };
  }

  static Stream<Case> cases() {
    return Stream.of(
        of("no change at all", BASE, UnaryOperator.identity(), Bump.NONE),
        of(
            "a removed value is breaking",
            BASE,
            replace("      queued:    { label: Queued, tone: neutral, icon: clock }\n", ""),
            Bump.MAJOR,
            "value-removed breaking"),
        of(
            "a removed value with an alias is one change",
            BASE,
            replace(
                "      cancelled: { label: Cancelled, tone: neutral, icon: ban, aliases: [canceled] }\n",
                ""),
            Bump.MAJOR,
            "value-removed breaking"),
        of(
            "a value renamed without an alias is one breaking change",
            BASE,
            replace("partial:   {", "incomplete: {"),
            Bump.MAJOR,
            "value-renamed breaking"),
        of(
            "a value renamed with its old name as alias is not breaking",
            BASE,
            replace("partial:   {", "incomplete: { aliases: [partial],"),
            Bump.MINOR,
            "value-renamed-with-alias additive"),
        of(
            "a value that became an alias of another is visual",
            BASE,
            replace(
                "      partial:   { label: Partial, tone: warning, icon: triangle-alert, description: Some items failed. }\n",
                "",
                "icon: circle-x }",
                "icon: circle-x, aliases: [partial] }"),
            Bump.MINOR,
            "value-became-alias visual"),
        of(
            "a removed alias is breaking",
            BASE,
            replace(", aliases: [canceled]", ""),
            Bump.MAJOR,
            "alias-removed breaking"),
        of(
            "an added alias is additive",
            BASE,
            replace("icon: circle-x }", "icon: circle-x, aliases: [error] }"),
            Bump.MINOR,
            "alias-added additive"),
        of(
            "an alias moved to another value is visual",
            BASE,
            replace(
                ", aliases: [canceled]",
                "",
                "icon: circle-x }",
                "icon: circle-x, aliases: [canceled] }"),
            Bump.MINOR,
            "alias-moved visual"),
        of(
            "a removed domain is one breaking change",
            BASE,
            text -> text.substring(0, text.indexOf("  backup.kind:")),
            Bump.MAJOR,
            "domain-removed breaking"),
        of(
            "a renamed domain is breaking",
            BASE,
            replace("  backup.kind:", "  backup.type:"),
            Bump.MAJOR,
            "domain-renamed breaking"),
        of(
            "an added domain is one additive change",
            BASE,
            text ->
                text
                    + "  restore.kind:\n    title: Restore kind\n    values:\n"
                    + "      full: { label: Full, tone: brand, icon: archive }\n"
                    + "      items: { label: Items, tone: info, icon: list-checks }\n",
            Bump.MINOR,
            "domain-added additive"),
        of(
            "an added value is additive",
            BASE,
            text -> text + "      pinned: { label: Pinned, tone: accent, icon: star }\n",
            Bump.MINOR,
            "value-added additive"),
        of(
            "a removed tone is breaking and its values change tone",
            BASE,
            replace(
                "tones:\n"
                    + "  brand:\n"
                    + "    light: { background: \"#f3e8ff\", foreground: \"#3b0764\", border: \"#7e22ce\" }\n"
                    + "    dark:  { background: \"#2e1065\", foreground: \"#f5f3ff\" }\n",
                "",
                "tone: brand",
                "tone: accent"),
            Bump.MAJOR,
            "tone-removed breaking",
            "tone-changed visual"),
        of(
            "an added tone is additive",
            BASE,
            replace(
                "tones:\n",
                "tones:\n  calm:\n"
                    + "    light: { background: \"#ecfeff\", foreground: \"#164e63\" }\n"
                    + "    dark:  { background: \"#083344\", foreground: \"#cffafe\" }\n"),
            Bump.MINOR,
            "tone-added additive"),
        of(
            "a tone colour change only is visual",
            BASE,
            replace("background: \"#f3e8ff\"", "background: \"#ede9fe\""),
            Bump.MINOR,
            "tone-colors-changed visual"),
        of(
            "a tone changed in both themes is one change per theme",
            BASE,
            replace(
                "foreground: \"#3b0764\"",
                "foreground: \"#4c1d95\"",
                "foreground: \"#f5f3ff\"",
                "foreground: \"#ede9fe\""),
            Bump.MINOR,
            "tone-colors-changed visual",
            "tone-colors-changed visual"),
        of(
            "a value on another tone is visual",
            BASE,
            replace("tone: warning", "tone: danger"),
            Bump.MINOR,
            "tone-changed visual"),
        of(
            "a changed label is visual",
            BASE,
            replace("label: Failed", "label: Failure"),
            Bump.MINOR,
            "label-changed visual"),
        of(
            "a changed icon is visual",
            BASE,
            replace("icon: circle-x", "icon: octagon-x"),
            Bump.MINOR,
            "icon-changed visual"),
        of(
            "the catalog's unknown badge is one visual change, not one per domain",
            BASE,
            replace("icon: circle-help", "icon: circle-dashed"),
            Bump.MINOR,
            "unknown-changed visual"),
        of(
            "a domain's own unknown badge is visual",
            BASE,
            replace(
                "    title: Backup kind\n",
                "    title: Backup kind\n    unknown: { label: Other, tone: neutral, icon: circle-help }\n"),
            Bump.MINOR,
            "domain-unknown-changed visual"),
        of(
            "a deprecated value is additive",
            BASE,
            replace(
                "icon: clock }",
                "icon: clock, deprecated: { replacedBy: partial, removeIn: \"2.0\" } }"),
            Bump.MINOR,
            "value-deprecated additive"),
        of(
            "a deprecated domain is additive",
            BASE,
            replace(
                "    title: Backup kind\n",
                "    title: Backup kind\n    deprecated: { reason: Merged., replacedBy: restore_run.status }\n"),
            Bump.MINOR,
            "domain-deprecated additive"),
        of(
            "a value no longer deprecated is additive",
            DEPRECATIONS,
            replace(", deprecated: true", ""),
            Bump.MINOR,
            "value-undeprecated additive"),
        of(
            "a domain no longer deprecated is additive",
            DEPRECATIONS,
            replace(
                "    deprecated: { reason: Merged into job status., replacedBy: job.status }\n",
                ""),
            Bump.MINOR,
            "domain-undeprecated additive"),
        of(
            "a deprecation's new removal version is documentation",
            DEPRECATIONS,
            replace("removeIn: \"2.0\"", "removeIn: \"3.0\""),
            Bump.PATCH,
            "deprecation-changed documentation"),
        of(
            "a domain's title is documentation",
            BASE,
            replace("title: Backup kind", "title: Kind of backup"),
            Bump.PATCH,
            "domain-title-changed documentation"),
        of(
            "a domain's description is documentation",
            BASE,
            replace("Where a restore run is.", "Where a restore run stands."),
            Bump.PATCH,
            "domain-description-changed documentation"),
        of(
            "a value's description is documentation",
            BASE,
            replace("Some items failed.", "Some items were not restored."),
            Bump.PATCH,
            "value-description-changed documentation"),
        new Case(
            "a new CSS prefix is one breaking change for the whole catalog",
            BASE,
            UnaryOperator.identity(),
            new TokenOptions("ub-badge", ColorFormat.OBJECT, true),
            List.of("css-class-changed breaking"),
            Bump.MAJOR),
        of(
            "changes of every class come most severe first",
            BASE,
            replace(
                "label: Failed",
                "label: Failure",
                ", aliases: [canceled]",
                "",
                "title: Backup kind",
                "title: Kind of backup",
                "icon: clock }",
                "icon: clock, deprecated: true }"),
            Bump.MAJOR,
            "alias-removed breaking",
            "label-changed visual",
            "value-deprecated additive",
            "domain-title-changed documentation"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifies(Case c) throws DefinitionException {
    CatalogSnapshot before = snapshot(c.baseline(), TokenOptions.defaults());
    CatalogSnapshot after = snapshot(c.edit().apply(c.baseline()), c.afterOptions());
    CatalogChanges changes = CatalogDiff.compare(before, after, "1.2.0");
    List<String> actual = new ArrayList<>();
    for (Change change : changes.changes()) {
      actual.add(change.kind().id() + " " + change.changeClass().id());
      COVERED.add(change.kind());
    }
    assertEquals(c.expected(), actual, () -> String.valueOf(changes.changes()));
    assertEquals(c.bump(), changes.bump());
    assertEquals(c.expected().isEmpty(), changes.isEmpty());
    for (Change change : changes.of(ChangeClass.BREAKING)) {
      assertTrue(change.fix() != null && !change.fix().isBlank(), change + " says how to keep it");
    }
    for (ChangeClass cc : ChangeClass.values()) {
      if (cc != ChangeClass.BREAKING) {
        changes.of(cc).forEach(ch -> assertEquals(null, ch.fix(), ch.toString()));
      }
    }
  }

  @Test
  void theBuiltInCatalogComparedWithItselfHasNoChanges() {
    CatalogSnapshot builtin = CatalogSnapshot.of(TestCatalogs.builtin(), TokenOptions.defaults());
    CatalogSnapshot again = CatalogSnapshot.of(TestCatalogs.builtin(), TokenOptions.defaults());
    CatalogChanges changes = CatalogDiff.compare(builtin, again, "built-in");
    assertEquals(List.of(), changes.changes());
    assertEquals(Bump.NONE, changes.bump());
  }

  /** The table covers at least 25 kinds (all but the per-value class change, tested elsewhere). */
  @AfterAll
  static void theTableCoversMostKinds() {
    if (!COVERED.isEmpty()) {
      assertTrue(COVERED.size() >= 25, "kinds covered: " + COVERED);
    }
  }

  static CatalogSnapshot snapshot(String yaml, TokenOptions options) throws DefinitionException {
    return CatalogSnapshot.of(TestCatalogs.fromYaml(yaml), options);
  }
}

package dev.unifiedbadges.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.SnapshotFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the changes say: figures in messages, fixes, subjects after renames, and their order. */
class CatalogDiffTest {

  private static final String BASE = ChangeClassificationTest.BASE;

  private static CatalogChanges diff(String edited) throws DefinitionException {
    return CatalogDiff.compare(
        ChangeClassificationTest.snapshot(BASE, TokenOptions.defaults()),
        ChangeClassificationTest.snapshot(edited, TokenOptions.defaults()),
        "1.2.0");
  }

  private static String contrast(BadgeCatalog catalog, String tone, Theme theme) {
    ToneColors c = catalog.tones().get(tone).colors(theme);
    return String.format(Locale.ROOT, "%.1f:1", Rgb.contrast(c.foreground(), c.background()));
  }

  @Test
  void aToneChangeNamesTheTextContrastBeforeAndAfterInBothThemes() throws DefinitionException {
    Change c = diff(BASE.replace("tone: warning", "tone: danger")).changes().get(0);
    BadgeCatalog builtin = TestCatalogs.builtin();
    assertEquals(ChangeKind.TONE_CHANGED, c.kind());
    assertEquals("restore_run.status: partial", c.subject());
    assertEquals("warning", c.before());
    assertEquals("danger", c.after());
    assertEquals(
        "Value `partial`: warning → danger; text contrast light "
            + contrast(builtin, "warning", Theme.LIGHT)
            + " → "
            + contrast(builtin, "danger", Theme.LIGHT)
            + ", dark "
            + contrast(builtin, "warning", Theme.DARK)
            + " → "
            + contrast(builtin, "danger", Theme.DARK)
            + ".",
        c.message());
    assertTrue(c.message().matches(".*light \\d+\\.\\d:1 → \\d+\\.\\d:1, dark .*"), c.message());
  }

  @Test
  void aToneColourChangeListsEachChangedRoleAndTheTextContrastOfThatTheme()
      throws DefinitionException {
    List<Change> changes =
        diff(BASE.replace("background: \"#f3e8ff\"", "background: \"#fde68a\"")).changes();
    assertEquals(1, changes.size());
    Change c = changes.get(0);
    assertEquals("brand", c.tone());
    assertEquals("tone brand", c.subject());
    String before =
        String.format(Locale.ROOT, "%.1f:1", Rgb.contrast(Rgb.of("#3b0764"), Rgb.of("#f3e8ff")));
    String after =
        String.format(Locale.ROOT, "%.1f:1", Rgb.contrast(Rgb.of("#3b0764"), Rgb.of("#fde68a")));
    assertEquals(
        "Tone `brand`, light theme: background #f3e8ff → #fde68a; text contrast "
            + before
            + " → "
            + after
            + ".",
        c.message());
    assertEquals("light: background #f3e8ff", c.before());
    assertEquals("light: background #fde68a", c.after());
  }

  @Test
  void bothThemesOfATonePutLightBeforeDark() throws DefinitionException {
    List<Change> changes =
        diff(BASE.replace("foreground: \"#3b0764\"", "foreground: \"#4c1d95\"")
                .replace("foreground: \"#f5f3ff\"", "foreground: \"#ede9fe\""))
            .changes();
    assertEquals(2, changes.size());
    assertTrue(changes.get(0).message().contains("light theme"), changes.get(0).message());
    assertTrue(changes.get(1).message().contains("dark theme"), changes.get(1).message());
  }

  @Test
  void aRemovedValuesFixOffersAnAliasOrADeprecation() throws DefinitionException {
    Change c =
        diff(BASE.replace("      queued:    { label: Queued, tone: neutral, icon: clock }\n", ""))
            .changes()
            .get(0);
    assertEquals(ChangeKind.VALUE_REMOVED, c.kind());
    assertEquals("queued", c.value());
    assertTrue(c.fix().contains("add `aliases: [queued]` to the value that replaces it"), c.fix());
    assertTrue(c.fix().contains("`deprecated: {replacedBy: …, removeIn: …}`"), c.fix());
  }

  @Test
  void aRenameIsReportedUnderTheNewNameWithTheOldOneAsBefore() throws DefinitionException {
    Change c = diff(BASE.replace("partial:   {", "incomplete: {")).changes().get(0);
    assertEquals(ChangeKind.VALUE_RENAMED, c.kind());
    assertEquals("incomplete", c.value());
    assertEquals("partial", c.before());
    assertEquals("incomplete", c.after());
    assertTrue(c.fix().contains("add `aliases: [partial]` to `incomplete`"), c.fix());
  }

  @Test
  void aRenameWithAliasThatDropsAnotherAliasBreaksThatAlias() throws DefinitionException {
    CatalogChanges changes =
        diff(
            BASE.replace(
                "cancelled: { label: Cancelled, tone: neutral, icon: ban, aliases: [canceled] }",
                "aborted: { label: Cancelled, tone: neutral, icon: ban, aliases: [cancelled] }"));
    assertEquals(
        List.of(ChangeKind.ALIAS_REMOVED, ChangeKind.VALUE_RENAMED_WITH_ALIAS),
        changes.changes().stream().map(Change::kind).toList());
    assertEquals("aborted", changes.changes().get(0).value());
    assertEquals("canceled", changes.changes().get(0).before());
    assertEquals(Bump.MAJOR, changes.bump());
  }

  @Test
  void aValuesOwnCssClassChangeIsBreakingWhenTheBaseClassStays()
      throws DefinitionException, SnapshotException {
    byte[] written = SnapshotFormat.bytes(TestCatalogs.fromYaml(BASE), TokenOptions.defaults());
    String older =
        new String(written, StandardCharsets.UTF_8)
            .replace("badge--restore-run-status--failed", "badge--restore_run_status--failed");
    CatalogSnapshot before =
        CatalogSnapshot.parse(older.getBytes(StandardCharsets.UTF_8), "older.json");
    CatalogSnapshot after = ChangeClassificationTest.snapshot(BASE, TokenOptions.defaults());
    List<Change> changes = CatalogDiff.compare(before, after, "older").changes();
    assertEquals(1, changes.size());
    Change c = changes.get(0);
    assertEquals(ChangeKind.CSS_CLASS_CHANGED, c.kind());
    assertEquals("restore_run.status: failed", c.subject());
    assertEquals("badge--restore_run_status--failed", c.before());
    assertEquals("badge--restore-run-status--failed", c.after());
    assertTrue(c.fix() != null && c.fix().contains(".badge--restore_run_status--failed"));
  }

  @Test
  void aDeprecationsMessageEndsWithOnePeriod() throws DefinitionException {
    Change c =
        diff(BASE.replace(
                "    title: Backup kind\n",
                "    title: Backup kind\n    deprecated: { reason: Merged., removeIn: \"3\" }\n"))
            .changes()
            .get(0);
    assertEquals("Domain `backup.kind` is now deprecated, removed in 3: Merged.", c.message());
  }

  @Test
  void aChangeInAToneVariantColourIsAToneColoursChange() throws DefinitionException {
    String dark = "dark:  { background: \"#2e1065\", foreground: \"#f5f3ff\" }";
    String base =
        BASE.replace(
            dark,
            "dark:  { background: \"#2e1065\", foreground: \"#f5f3ff\","
                + " solid: { background: \"#d8b4fe\", foreground: \"#0f172a\" },"
                + " outline: { foreground: \"#f5f3ff\", border: \"#c084fc\" }, dot: \"#c084fc\" }");
    String edited =
        base.replace("solid: { background: \"#d8b4fe\"", "solid: { background: \"#e9d5ff\"")
            .replace("dot: \"#c084fc\"", "dot: \"#a855f7\"");
    CatalogChanges changes =
        CatalogDiff.compare(
            ChangeClassificationTest.snapshot(base, TokenOptions.defaults()),
            ChangeClassificationTest.snapshot(edited, TokenOptions.defaults()),
            "1.2.0");
    assertEquals(1, changes.changes().size(), changes.changes().toString());
    Change c = changes.changes().get(0);
    assertEquals(ChangeKind.TONE_COLORS_CHANGED, c.kind());
    assertEquals("dark: solid background #d8b4fe, dot #c084fc", c.before());
    assertEquals("dark: solid background #e9d5ff, dot #a855f7", c.after());
    assertTrue(
        c.message().contains("solid background #d8b4fe → #e9d5ff, dot #c084fc → #a855f7"),
        c.message());
  }

  @Test
  void aBaselineWrittenBeforeVariantsReportsNoVariantColourChanges() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode old =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            json.readTree(SnapshotFormat.bytes(TestCatalogs.builtin(), TokenOptions.defaults()));
    old.remove("surfaces");
    old.get("tones")
        .elements()
        .forEachRemaining(
            t ->
                t.elements()
                    .forEachRemaining(
                        c ->
                            ((com.fasterxml.jackson.databind.node.ObjectNode) c)
                                .remove(List.of("solid", "outline", "dot"))));
    CatalogSnapshot before = CatalogSnapshot.parse(json.writeValueAsBytes(old), "old");
    assertEquals(null, before.surfaces());
    assertEquals(null, before.tones().get("info").light().solid());
    CatalogSnapshot now = CatalogSnapshot.of(TestCatalogs.builtin(), TokenOptions.defaults());
    assertEquals("#ffffff", now.surfaces().light().background());
    assertEquals(List.of(), CatalogDiff.compare(before, now, "1.2.0").changes());
  }

  @Test
  void theSameSnapshotsGiveTheSameChangesInTheSameOrder() throws DefinitionException {
    String edited =
        BASE.replace("label: Failed", "label: Failure")
            .replace(", aliases: [canceled]", "")
            .replace("tone: warning", "tone: danger")
            .replace("background: \"#f3e8ff\"", "background: \"#ede9fe\"")
            .replace("title: Backup kind", "title: Kind of backup");
    CatalogChanges first = diff(edited);
    assertEquals(first, diff(edited));
    List<Change> list = first.changes();
    for (int i = 1; i < list.size(); i++) {
      assertTrue(
          list.get(i - 1).changeClass().compareTo(list.get(i).changeClass()) <= 0,
          "most severe first: " + list);
    }
    assertEquals(
        List.of(
            ChangeKind.ALIAS_REMOVED,
            ChangeKind.TONE_COLORS_CHANGED,
            ChangeKind.LABEL_CHANGED,
            ChangeKind.TONE_CHANGED,
            ChangeKind.DOMAIN_TITLE_CHANGED),
        list.stream().map(Change::kind).toList());
  }
}

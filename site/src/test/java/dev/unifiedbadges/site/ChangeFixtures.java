package dev.unifiedbadges.site;

import dev.unifiedbadges.diff.CatalogChanges;
import dev.unifiedbadges.diff.Change;
import dev.unifiedbadges.diff.ChangeKind;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.diff.snapshot.SnapshotBadge;
import dev.unifiedbadges.diff.snapshot.SnapshotColors;
import dev.unifiedbadges.diff.snapshot.SnapshotDomain;
import dev.unifiedbadges.diff.snapshot.SnapshotTone;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Deprecation;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.TokenExporter;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A realistic release to show on the changes page, built by hand (the diff itself is not this
 * module's): the current catalog is the built-in one with {@code tenant.status: archived}
 * deprecated; the baseline is its snapshot as an earlier release would have written it.
 *
 * <ul>
 *   <li>breaking: {@code restore_run.status: superseded} removed; {@code inventory_sync_run.status:
 *       ok} renamed to {@code success} without an alias;
 *   <li>visual: {@code finding.severity: high} went from warning to danger; {@code
 *       operation_run.outcome: partial} was labelled "Partly done"; the warning tone's light
 *       colours changed (background {@value #OLD_WARNING_BG});
 *   <li>additive: {@code restore_run.status: previewed} and the domain {@code
 *       entra_group_sync_run.safety_stop_triggered} are new; {@code tenant.status: archived} is
 *       deprecated;
 *   <li>documentation: {@code tenant.status}'s description changed.
 * </ul>
 */
public final class ChangeFixtures {

  public static final String BASELINE_NAME = "dev.example:badges:1.4.0";
  public static final String OLD_WARNING_BG = "#fde68a";
  public static final String OLD_WARNING_FG = "#713f12";

  private ChangeFixtures() {}

  /** The built-in catalog with {@code tenant.status: archived} deprecated. */
  public static BadgeCatalog current() {
    BadgeCatalog builtin = TestCatalogs.builtin();
    List<Domain> domains = new ArrayList<>();
    for (Domain d : builtin.domainList()) {
      if (!d.name().equals("tenant.status")) {
        domains.add(d);
        continue;
      }
      List<Badge> values = new ArrayList<>();
      for (Badge b : d.values()) {
        values.add(
            b.value().equals("archived")
                ? new Badge(
                    b.value(),
                    b.label(),
                    b.tone(),
                    b.icon(),
                    b.aliases(),
                    b.description(),
                    new Deprecation("Tenants are deleted now, not archived.", "1.5", null, "2.0"))
                : b);
      }
      domains.add(
          new Domain(d.name(), d.title(), d.description(), values, d.unknown(), d.deprecation()));
    }
    return BadgeCatalog.of(builtin.tones(), domains, builtin.unknown());
  }

  /** The baseline: the current catalog's snapshot, as release 1.4.0 had it. */
  public static CatalogSnapshot baseline() {
    CatalogSnapshot now = CatalogSnapshot.of(TestCatalogs.builtin(), TokenOptions.defaults());
    SortedMap<String, SnapshotTone> tones = new TreeMap<>(now.tones());
    SnapshotTone warning = tones.get("warning");
    tones.put(
        "warning",
        new SnapshotTone(
            "warning",
            new SnapshotColors(OLD_WARNING_BG, OLD_WARNING_FG, "#a16207", OLD_WARNING_FG),
            warning.dark()));
    SortedMap<String, SnapshotDomain> domains = new TreeMap<>(now.domains());
    domains.remove("entra_group_sync_run.safety_stop_triggered");
    edit(
        domains,
        "finding.severity",
        values -> replace(values, "high", b -> with(b, b.value(), b.label(), "warning")));
    edit(
        domains,
        "operation_run.outcome",
        values -> replace(values, "partial", b -> with(b, b.value(), "Partly done", b.tone())));
    edit(
        domains,
        "inventory_sync_run.status",
        values -> replace(values, "success", b -> with(b, "ok", "OK", b.tone())));
    edit(
        domains,
        "restore_run.status",
        values -> {
          List<SnapshotBadge> out = new ArrayList<>(values);
          out.removeIf(b -> b.value().equals("previewed"));
          out.add(
              new SnapshotBadge(
                  "superseded",
                  "Superseded",
                  "neutral",
                  "archive",
                  "",
                  List.of(),
                  "badge--restore-run-status--superseded",
                  null));
          return out;
        });
    SnapshotDomain tenant = domains.get("tenant.status");
    domains.put(
        "tenant.status",
        new SnapshotDomain(
            tenant.name(),
            tenant.title(),
            "Whether a tenant is active.",
            tenant.deprecated(),
            tenant.unknown(),
            tenant.ownUnknown(),
            tenant.values()));
    return new CatalogSnapshot(
        now.snapshotVersion(), "1.4.0", now.baseClass(), tones, domains, now.unknown());
  }

  /** The changes between {@link #baseline()} and {@link #current()}, in report order. */
  public static CatalogChanges changes() {
    return new CatalogChanges(
        BASELINE_NAME,
        List.of(
            new Change(
                ChangeKind.VALUE_REMOVED,
                "restore_run.status",
                "superseded",
                null,
                "superseded",
                null,
                "restore_run.status: superseded was removed; it now resolves to the unknown"
                    + " fallback.",
                "Deprecate superseded for a release before removing it, or make it an alias of the"
                    + " value that replaces it."),
            new Change(
                ChangeKind.VALUE_RENAMED,
                "inventory_sync_run.status",
                "success",
                null,
                "ok",
                "success",
                "inventory_sync_run.status: ok was renamed to success without an alias, so ok now"
                    + " resolves to the unknown fallback.",
                "Add ok to the aliases of success."),
            new Change(
                ChangeKind.TONE_CHANGED,
                "finding.severity",
                "high",
                null,
                "warning",
                "danger",
                "finding.severity: high uses tone danger instead of warning (text contrast, light:"
                    + " 7.5:1 to 8.4:1; dark: 13.4:1 to 12.6:1).",
                null),
            new Change(
                ChangeKind.LABEL_CHANGED,
                "operation_run.outcome",
                "partial",
                null,
                "Partly done",
                "Partial",
                "operation_run.outcome: partial is labelled Partial instead of Partly done.",
                null),
            new Change(
                ChangeKind.TONE_COLORS_CHANGED,
                null,
                null,
                "warning",
                "light: background " + OLD_WARNING_BG + ", text " + OLD_WARNING_FG,
                "light: background #fef3c7, text #78350f",
                "Tone warning changed its light colours: background "
                    + OLD_WARNING_BG
                    + " to #fef3c7, text "
                    + OLD_WARNING_FG
                    + " to #78350f (text contrast 6.8:1 to 8.4:1).",
                null),
            new Change(
                ChangeKind.DOMAIN_ADDED,
                "entra_group_sync_run.safety_stop_triggered",
                null,
                null,
                null,
                null,
                "New domain entra_group_sync_run.safety_stop_triggered with 2 values.",
                null),
            new Change(
                ChangeKind.VALUE_ADDED,
                "restore_run.status",
                "previewed",
                null,
                null,
                null,
                "New value restore_run.status: previewed.",
                null),
            new Change(
                ChangeKind.VALUE_DEPRECATED,
                "tenant.status",
                "archived",
                null,
                null,
                "deprecated since 1.5, removed in 2.0: Tenants are deleted now, not archived.",
                "tenant.status: archived is deprecated since 1.5 and will be removed in 2.0.",
                null),
            new Change(
                ChangeKind.DOMAIN_DESCRIPTION_CHANGED,
                "tenant.status",
                null,
                null,
                "Whether a tenant is active.",
                "Whether a tenant is in use or has been archived.",
                "tenant.status has a new description.",
                null)));
  }

  public static SiteChanges siteChanges() {
    return new SiteChanges(changes(), baseline());
  }

  /** The current catalog's site with the changes page. */
  public static SortedMap<String, byte[]> render(SiteOptions options) {
    return render(current(), options, siteChanges());
  }

  public static SortedMap<String, byte[]> render(
      BadgeCatalog catalog, SiteOptions options, SiteChanges changes) {
    TokenOptions tokenOptions =
        new TokenOptions(
            options.cssPrefix(), TokenOptions.defaults().colorFormat(), true, options.darkMode());
    return SiteRenderer.render(
        catalog, TokenExporter.export(catalog, tokenOptions), options, changes);
  }

  private static void edit(
      SortedMap<String, SnapshotDomain> domains,
      String name,
      UnaryOperator<List<SnapshotBadge>> values) {
    SnapshotDomain d = domains.get(name);
    domains.put(
        name,
        new SnapshotDomain(
            d.name(),
            d.title(),
            d.description(),
            d.deprecated(),
            d.unknown(),
            d.ownUnknown(),
            values.apply(d.values())));
  }

  private static List<SnapshotBadge> replace(
      List<SnapshotBadge> values, String value, UnaryOperator<SnapshotBadge> change) {
    return values.stream().map(b -> b.value().equals(value) ? change.apply(b) : b).toList();
  }

  private static SnapshotBadge with(SnapshotBadge b, String value, String label, String tone) {
    String className =
        value.equals(b.value())
            ? b.className()
            : b.className().substring(0, b.className().lastIndexOf("--") + 2) + value;
    return new SnapshotBadge(
        value, label, tone, b.icon(), b.description(), b.aliases(), className, b.deprecated());
  }
}

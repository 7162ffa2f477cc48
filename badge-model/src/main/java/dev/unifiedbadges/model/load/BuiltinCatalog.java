// Generated from builtin.badges.yaml by BuiltinCatalogCodeTest; do not edit. After changing the
// YAML: mvn -pl badge-model test -Dtest=BuiltinCatalogCodeTest -Dbadges.updateGolden=true
package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Surface;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The built-in catalog as code: a build that uses it loads no YAML parser (a cold start's largest cost). */
final class BuiltinCatalog {

  private BuiltinCatalog() {}

  static BadgeCatalog catalog() {
    Map<String, Tone> tones = new TreeMap<>();
    tones.put(
        "accent",
        new Tone(
            "accent",
            new ToneColors(rgb("#f3e8ff"), rgb("#581c87"), rgb("#9333ea"), rgb(null), new ToneColors.Solid(rgb("#6b21a8"), rgb("#ffffff")), new ToneColors.Outline(rgb("#581c87"), rgb("#9333ea")), rgb("#9333ea")),
            new ToneColors(rgb("#3b0764"), rgb("#e9d5ff"), rgb("#c084fc"), rgb(null), new ToneColors.Solid(rgb("#d8b4fe"), rgb("#0f172a")), new ToneColors.Outline(rgb("#e9d5ff"), rgb("#c084fc")), rgb("#c084fc"))));
    tones.put(
        "danger",
        new Tone(
            "danger",
            new ToneColors(rgb("#fee2e2"), rgb("#7f1d1d"), rgb("#dc2626"), rgb(null), new ToneColors.Solid(rgb("#991b1b"), rgb("#ffffff")), new ToneColors.Outline(rgb("#7f1d1d"), rgb("#dc2626")), rgb("#dc2626")),
            new ToneColors(rgb("#450a0a"), rgb("#fecaca"), rgb("#f87171"), rgb(null), new ToneColors.Solid(rgb("#fca5a5"), rgb("#0f172a")), new ToneColors.Outline(rgb("#fecaca"), rgb("#f87171")), rgb("#f87171"))));
    tones.put(
        "info",
        new Tone(
            "info",
            new ToneColors(rgb("#dbeafe"), rgb("#1e3a8a"), rgb("#2563eb"), rgb(null), new ToneColors.Solid(rgb("#1e40af"), rgb("#ffffff")), new ToneColors.Outline(rgb("#1e3a8a"), rgb("#2563eb")), rgb("#2563eb")),
            new ToneColors(rgb("#172554"), rgb("#bfdbfe"), rgb("#60a5fa"), rgb(null), new ToneColors.Solid(rgb("#93c5fd"), rgb("#0f172a")), new ToneColors.Outline(rgb("#bfdbfe"), rgb("#60a5fa")), rgb("#60a5fa"))));
    tones.put(
        "neutral",
        new Tone(
            "neutral",
            new ToneColors(rgb("#f1f5f9"), rgb("#334155"), rgb("#64748b"), rgb(null), new ToneColors.Solid(rgb("#475569"), rgb("#ffffff")), new ToneColors.Outline(rgb("#334155"), rgb("#64748b")), rgb("#64748b")),
            new ToneColors(rgb("#1e293b"), rgb("#e2e8f0"), rgb("#94a3b8"), rgb(null), new ToneColors.Solid(rgb("#cbd5e1"), rgb("#0f172a")), new ToneColors.Outline(rgb("#e2e8f0"), rgb("#94a3b8")), rgb("#94a3b8"))));
    tones.put(
        "success",
        new Tone(
            "success",
            new ToneColors(rgb("#dcfce7"), rgb("#14532d"), rgb("#15803d"), rgb(null), new ToneColors.Solid(rgb("#166534"), rgb("#ffffff")), new ToneColors.Outline(rgb("#14532d"), rgb("#15803d")), rgb("#16a34a")),
            new ToneColors(rgb("#052e16"), rgb("#bbf7d0"), rgb("#22c55e"), rgb(null), new ToneColors.Solid(rgb("#4ade80"), rgb("#0f172a")), new ToneColors.Outline(rgb("#bbf7d0"), rgb("#22c55e")), rgb("#22c55e"))));
    tones.put(
        "warning",
        new Tone(
            "warning",
            new ToneColors(rgb("#fef3c7"), rgb("#78350f"), rgb("#b45309"), rgb(null), new ToneColors.Solid(rgb("#92400e"), rgb("#ffffff")), new ToneColors.Outline(rgb("#78350f"), rgb("#b45309")), rgb("#d97706")),
            new ToneColors(rgb("#451a03"), rgb("#fde68a"), rgb("#f59e0b"), rgb(null), new ToneColors.Solid(rgb("#fbbf24"), rgb("#0f172a")), new ToneColors.Outline(rgb("#fde68a"), rgb("#f59e0b")), rgb("#f59e0b"))));
    List<Domain> domains =
        List.of(
            new Domain(
                "backup_schedule_run.status",
                "Backup schedule run status",
                "State of a scheduled backup run.",
                List.of(
                    new Badge("running", "Running", "info", "loader-circle", List.of(), ""),
                    new Badge("success", "Succeeded", "success", "circle-check", List.of(), ""),
                    new Badge("partial", "Partial", "warning", "triangle-alert", List.of(), "Some items were not backed up."),
                    new Badge("failed", "Failed", "danger", "circle-x", List.of(), ""),
                    new Badge("canceled", "Cancelled", "neutral", "ban", List.of("cancelled"), ""),
                    new Badge("skipped", "Skipped", "neutral", "skip-forward", List.of(), "")),
                null),
            new Domain(
                "entra_group_sync_run.safety_stop_triggered",
                "Entra group sync safety stop",
                "Whether the sync stopped itself because it would have changed too much at once.",
                List.of(
                    new Badge("true", "Safety stop", "danger", "octagon-alert", List.of(), ""),
                    new Badge("false", "No safety stop", "neutral", "shield", List.of(), "")),
                null),
            new Domain(
                "entra_group_sync_run.status",
                "Entra group sync run status",
                "State of a Microsoft Entra group synchronisation run.",
                List.of(
                    new Badge("pending", "Pending", "neutral", "hourglass", List.of(), ""),
                    new Badge("running", "Running", "info", "loader-circle", List.of(), ""),
                    new Badge("succeeded", "Succeeded", "success", "circle-check", List.of(), ""),
                    new Badge("partial", "Partial", "warning", "triangle-alert", List.of(), "Some groups could not be synchronised."),
                    new Badge("failed", "Failed", "danger", "circle-x", List.of(), "")),
                null),
            new Domain(
                "finding.severity",
                "Finding severity",
                "How serious a finding is.",
                List.of(
                    new Badge("low", "Low", "neutral", "signal-low", List.of(), ""),
                    new Badge("medium", "Medium", "warning", "signal-medium", List.of(), ""),
                    new Badge("high", "High", "danger", "signal-high", List.of(), "")),
                null),
            new Domain(
                "finding.status",
                "Finding status",
                "Whether someone has looked at a finding yet.",
                List.of(
                    new Badge("new", "New", "warning", "sparkles", List.of(), ""),
                    new Badge("acknowledged", "Acknowledged", "neutral", "eye", List.of(), "")),
                null),
            new Domain(
                "inventory_sync_run.status",
                "Inventory sync run status",
                "State of an inventory synchronisation run.",
                List.of(
                    new Badge("pending", "Pending", "neutral", "hourglass", List.of(), ""),
                    new Badge("running", "Running", "info", "loader-circle", List.of(), ""),
                    new Badge("success", "Succeeded", "success", "circle-check", List.of(), ""),
                    new Badge("partial", "Partial", "warning", "triangle-alert", List.of(), "Some items could not be synchronised."),
                    new Badge("failed", "Failed", "danger", "circle-x", List.of(), ""),
                    new Badge("skipped", "Skipped", "neutral", "skip-forward", List.of(), "")),
                null),
            new Domain(
                "operation_run.outcome",
                "Operation run outcome",
                "Result of a finished operation run.",
                List.of(
                    new Badge("pending", "Pending", "neutral", "hourglass", List.of(), ""),
                    new Badge("succeeded", "Succeeded", "success", "circle-check", List.of(), ""),
                    new Badge("partial", "Partial", "warning", "triangle-alert", List.of(), "Some items failed."),
                    new Badge("failed", "Failed", "danger", "circle-x", List.of(), ""),
                    new Badge("cancelled", "Cancelled", "neutral", "ban", List.of("canceled"), "")),
                null),
            new Domain(
                "operation_run.status",
                "Operation run status",
                "Where an operation run is in its lifecycle.",
                List.of(
                    new Badge("queued", "Queued", "neutral", "clock", List.of(), ""),
                    new Badge("running", "Running", "info", "loader-circle", List.of(), ""),
                    new Badge("completed", "Completed", "success", "circle-check", List.of(), "")),
                null),
            new Domain(
                "restore_run.status",
                "Restore run status",
                "Where a restore run is, from draft to its result.",
                List.of(
                    new Badge("draft", "Draft", "neutral", "pencil", List.of(), ""),
                    new Badge("scoped", "Scoped", "info", "crosshair", List.of(), ""),
                    new Badge("checked", "Checked", "info", "list-checks", List.of(), ""),
                    new Badge("previewed", "Previewed", "info", "scan-eye", List.of(), ""),
                    new Badge("pending", "Pending", "neutral", "hourglass", List.of(), ""),
                    new Badge("queued", "Queued", "neutral", "clock", List.of(), ""),
                    new Badge("running", "Running", "info", "loader-circle", List.of(), ""),
                    new Badge("completed", "Completed", "success", "circle-check", List.of(), ""),
                    new Badge("partial", "Partial", "warning", "triangle-alert", List.of(), "Some items were not restored."),
                    new Badge("failed", "Failed", "danger", "circle-x", List.of(), ""),
                    new Badge("cancelled", "Cancelled", "neutral", "ban", List.of("canceled"), "")),
                null),
            new Domain(
                "tenant.is_current",
                "Current tenant",
                "Whether this tenant is the one currently selected.",
                List.of(
                    new Badge("true", "Current", "accent", "star", List.of(), ""),
                    new Badge("false", "Not current", "neutral", "star-off", List.of(), "")),
                null),
            new Domain(
                "tenant.status",
                "Tenant status",
                "Whether a tenant is in use or has been archived.",
                List.of(
                    new Badge("active", "Active", "success", "circle-check", List.of(), ""),
                    new Badge("archived", "Archived", "neutral", "archive", List.of(), "")),
                null));
    return BadgeCatalog.of(tones, domains, new Badge("unknown", "Unknown", "neutral", "circle-help", List.of(), "A value this catalog does not define."))
        .withSurfaces(new Surface(rgb("#ffffff"), rgb("#1e293b")), new Surface(rgb("#0f172a"), rgb("#e2e8f0")));
  }

  private static Rgb rgb(String hex) {
    return hex == null ? null : Rgb.of(hex);
  }
}

package dev.unifiedbadges.testing;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.DefinitionSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Catalogs the tests run on, built in memory: the built-in one, one with awkward names, two
 * families of synthetic ones, and one from YAML text.
 *
 * <p>The two synthetic families differ on purpose and must never be merged: golden files, visual
 * baselines and byte-identical checks were recorded from each as it is, so the same arguments must
 * always give the same catalog.
 */
public final class TestCatalogs {

  private static volatile BadgeCatalog builtin;

  private TestCatalogs() {}

  /** The built-in catalog, loaded once per JVM (loading it parses the definitions each time). */
  public static BadgeCatalog builtin() {
    BadgeCatalog c = builtin;
    if (c == null) {
      c = new DefinitionLoader().loadBuiltin().catalog();
      builtin = c;
    }
    return c;
  }

  /**
   * Names that need care in every output: leading digits, non-ASCII, spaces, quotes, backslashes,
   * {@code </script>}, U+2028, {@code *}{@code /} (ends a CSS comment), {@code __proto__}, and a
   * tone that draws a border in only one theme and one with its own icon colour.
   */
  public static BadgeCatalog awkward() {
    Map<String, Tone> tones = new LinkedHashMap<>(builtin().tones());
    tones.put(
        "plain",
        new Tone(
            "plain",
            new ToneColors(Rgb.of("#ffffff"), Rgb.of("#111111"), null, Rgb.of("#0000ff")),
            new ToneColors(Rgb.of("#000000"), Rgb.of("#eeeeee"), Rgb.of("#808080"))));
    tones.put(
        "1st",
        new Tone(
            "1st",
            new ToneColors(Rgb.of("#010203"), Rgb.of("#fdfeff"), null),
            new ToneColors(Rgb.of("#fdfeff"), Rgb.of("#010203"), null)));
    Badge unknown =
        new Badge(
            "unknown",
            "Unbekannt \"?\"",
            "neutral",
            "circle-help",
            List.of(),
            "Kein Wert </script>");
    List<Domain> domains = new ArrayList<>();
    domains.add(
        new Domain(
            "2fa.status*/",
            "2FA status",
            "Digits first */ and a comment end",
            List.of(
                new Badge(
                    "404", "Not found", "danger", "circle-x", List.of("Not Found", "E404"), ""),
                new Badge("ÄÖ", "Umlaute ÄÖ", "plain", "star", List.of(), "non-ASCII value"),
                new Badge(
                    "in progress",
                    "In progress",
                    "info",
                    "loader-circle",
                    List.of("in_progress"),
                    ""),
                new Badge("ok", "OK", "1st", "circle-check", List.of(), "")),
            null));
    domains.add(
        new Domain(
            "Größe Status",
            null,
            "quotes \" and \\ backslash\nnew line \u2028 separator",
            List.of(
                new Badge(
                    "</script><b>",
                    "Tag \u2028 sep",
                    "warning",
                    "triangle-alert",
                    List.of("<!--"),
                    "a</script>b"),
                new Badge(
                    "__proto__",
                    "Proto",
                    "accent",
                    "sparkles",
                    List.of("constructor", "toString"),
                    ""),
                new Badge("日本", "日本語 🎌", "success", "archive", List.of("ニホン"), "")),
            new Badge("unknown", "Eigene Unbekannte", "accent", "circle-help", List.of(), "")));
    domains.add(
        new Domain(
            "__proto__",
            "Proto domain",
            "",
            List.of(
                new Badge("hasOwnProperty", "Own", "neutral", "eye", List.of("  SPACED  "), "")),
            null));
    return BadgeCatalog.of(tones, domains, unknown);
  }

  private static final String[] SERVICE_ICONS = {
    "circle-check", "circle-x", "triangle-alert", "loader-circle", "clock", "ban", "archive",
        "star",
    "hourglass", "eye", "pencil", "shield", "sparkles", "skip-forward", "signal-low", "signal-high"
  };

  /**
   * {@code domains} × {@code values} pairings named {@code service_NNNN.run_status} / {@code
   * value_V_state}, over the built-in tones and 16 icons: every fifth value has an alias, every
   * third a description, and every seventh domain its own unknown badge. The tokens tests' catalog
   * (its golden files and byte-identical checks come from it).
   */
  public static BadgeCatalog syntheticServices(int domainCount, int valueCount) {
    BadgeCatalog base = builtin();
    List<String> tones = new ArrayList<>(base.tones().keySet());
    List<Domain> domains = new ArrayList<>(domainCount);
    for (int d = 0; d < domainCount; d++) {
      List<Badge> values = new ArrayList<>(valueCount);
      for (int v = 0; v < valueCount; v++) {
        int k = d * 31 + v;
        values.add(
            new Badge(
                "value_" + v + "_state",
                "Value " + v,
                tones.get(k % tones.size()),
                SERVICE_ICONS[k % SERVICE_ICONS.length],
                v % 5 == 0 ? List.of("alias-" + v) : List.of(),
                v % 3 == 0 ? "Description of value " + v + " in domain " + d : ""));
      }
      domains.add(
          new Domain(
              String.format(Locale.ROOT, "service_%04d.run_status", d),
              "Service " + d + " run status",
              "Synthetic domain " + d,
              values,
              d % 7 == 0
                  ? new Badge("unknown", "Other", "neutral", "circle-help", List.of(), "")
                  : null));
    }
    return BadgeCatalog.of(base.tones(), domains, base.unknown());
  }

  private static final String[] STATUS_ICONS = {
    "circle-check", "circle-x", "triangle-alert", "clock", "ban", "hourglass", "archive", "eye"
  };

  /**
   * {@code domains} × {@code values} plain pairings named {@code synthetic_NNNN.status} / {@code
   * value_VV}, over the built-in tones and 8 icons: no aliases, no domain's own unknown badge, a
   * description on every fifth value. The site tests' catalog (scale and HTML checks).
   */
  public static BadgeCatalog syntheticStatuses(int domains, int values) {
    BadgeCatalog base = builtin();
    String[] tones = base.tones().keySet().toArray(String[]::new);
    List<Domain> list = new ArrayList<>(domains);
    for (int d = 0; d < domains; d++) {
      List<Badge> badges = new ArrayList<>(values);
      for (int v = 0; v < values; v++) {
        badges.add(
            new Badge(
                String.format(Locale.ROOT, "value_%02d", v),
                String.format(Locale.ROOT, "Value %d", v),
                tones[(d + v) % tones.length],
                STATUS_ICONS[(d * 7 + v) % STATUS_ICONS.length],
                List.of(),
                v % 5 == 0 ? "Synthetic value " + v + " of domain " + d + "." : ""));
      }
      list.add(
          new Domain(
              String.format(Locale.ROOT, "synthetic_%04d.status", d),
              String.format(Locale.ROOT, "Synthetic domain %d", d),
              "A generated domain for scale tests.",
              badges,
              null));
    }
    return BadgeCatalog.of(base.tones(), list, base.unknown());
  }

  /** Loads definitions from YAML text, as a user's file {@code x.badges.yaml} would be. */
  public static BadgeCatalog fromYaml(String yaml) throws DefinitionException {
    return new DefinitionLoader()
        .load(List.of(new DefinitionSource("x.badges.yaml", yaml.getBytes(StandardCharsets.UTF_8))))
        .catalog();
  }

  /**
   * Definitions with deprecations: a value with every part, a bare one, and a deprecated domain
   * replaced by another.
   */
  public static final String DEPRECATIONS_YAML =
      """
      domains:
        job.status:
          title: Job status
          values:
            succeeded: { label: Succeeded, tone: success, icon: circle-check }
            done:
              label: Done
              tone: success
              icon: circle-check
              deprecated: { reason: Renamed to succeeded., since: "1.4", replacedBy: succeeded, removeIn: "2.0" }
            old: { label: Old, tone: neutral, icon: circle-help, deprecated: true }
        run.status:
          title: Run status
          deprecated: { reason: Merged into job status., replacedBy: job.status }
          values:
            ok: { label: OK, tone: success, icon: check }
      """;

  /** The catalog of {@link #DEPRECATIONS_YAML}. */
  public static BadgeCatalog withDeprecations() {
    try {
      return fromYaml(DEPRECATIONS_YAML);
    } catch (DefinitionException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}

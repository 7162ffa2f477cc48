package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.model.color.Rgb;
import dev.unifiedbadges.model.load.DefinitionLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogs the tests export: the built-in one, one with awkward names, and large synthetic ones.
 */
final class TestCatalogs {

  private static volatile BadgeCatalog builtin;

  private TestCatalogs() {}

  static BadgeCatalog builtin() {
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
  static BadgeCatalog awkward() {
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

  private static final String[] ICONS = {
    "circle-check", "circle-x", "triangle-alert", "loader-circle", "clock", "ban", "archive",
        "star",
    "hourglass", "eye", "pencil", "shield", "sparkles", "skip-forward", "signal-low", "signal-high"
  };

  /** {@code domains} × {@code values} pairings over the built-in tones and a range of icons. */
  static BadgeCatalog synthetic(int domainCount, int valueCount) {
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
                ICONS[k % ICONS.length],
                v % 5 == 0 ? List.of("alias-" + v) : List.of(),
                v % 3 == 0 ? "Description of value " + v + " in domain " + d : ""));
      }
      domains.add(
          new Domain(
              String.format(java.util.Locale.ROOT, "service_%04d.run_status", d),
              "Service " + d + " run status",
              "Synthetic domain " + d,
              values,
              d % 7 == 0
                  ? new Badge("unknown", "Other", "neutral", "circle-help", List.of(), "")
                  : null));
    }
    return BadgeCatalog.of(base.tones(), domains, base.unknown());
  }
}

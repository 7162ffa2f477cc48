package dev.unifiedbadges.reliability;

import static dev.unifiedbadges.reliability.Catalogs.badge;
import static dev.unifiedbadges.reliability.Catalogs.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Definitions written to break outputs: markup in text, and names meant to escape or collide. */
final class Hostile {

  private Hostile() {}

  /**
   * Labels with markup, quotes, template syntax, bidi text, emoji sequences and invisible
   * characters.
   */
  static final List<String> LABELS =
      List.of(
          "<script>alert(1)</script>",
          "</script><img src=x onerror=alert(2)>",
          "\"double\" & 'single' quotes",
          "`tick` ${x} {{x}} #{x} <%= x %>",
          "</style><style>*{display:none}</style>",
          "*/ .badge{color:red} /*",
          "back\\slash \\u0041 \\n \\\\ end",
          "<!-- not a comment --> ]]> <![CDATA[x]]>",
          "&amp; &lt;b&gt; &#x3C;i&#x3E; &nbsp;",
          "مكتمل (Arabic) — הושלם (Hebrew)",
          "\u202Eoverride\u202C \u2067isolate\u2069 mixed עברית and English",
          "👩‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 🇹🇷 👍🏽",
          "zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFbom",
          "line\u2028separator\u2029paragraph",
          "İstanbul ı I i DİYARBAKIR");

  static final String DOMAIN_TITLE = "<script>alert(\"title\")</script> & </title><h1>x</h1>";
  static final String DOMAIN_DESCRIPTION =
      "</p><h1>desc</h1>\" onmouseover=\"alert(3)\"\n*/ } { `${x}` {{x}}";
  static final String UNKNOWN_LABEL = "<i>unknown</i> ${x} {{x}}";
  static final String SITE_TITLE = "<script>alert('site')</script> & \"Badges\" {{x}} ${x}";
  static final String CATALOG_UNKNOWN_LABEL = "Unknown \u200B\"${x}\"</span>";

  /** Value {@code v01} … of {@code hostile.labels} carries {@code LABELS[i]}. */
  static String valueName(int i) {
    return String.format(java.util.Locale.ROOT, "v%02d", i + 1);
  }

  /**
   * The hostile-content catalog: every label above, with hostile descriptions, titles and aliases.
   */
  static Map<String, Object> contentDocument() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < LABELS.size(); i++) {
      Map<String, Object> b =
          badge(
              LABELS.get(i),
              i % 2 == 0 ? "neutral" : "info",
              i % 2 == 0 ? "clock" : "loader-circle");
      b.put("description", "Description " + (i + 1) + ": " + LABELS.get((i + 3) % LABELS.size()));
      if (i == 0) {
        b.put("aliases", List.of("<b>alias</b>", "a\"b", "c'd", "${alias}"));
      }
      values.put(valueName(i), b);
    }
    Map<String, Object> domain = new LinkedHashMap<>();
    domain.put("title", DOMAIN_TITLE);
    domain.put("description", DOMAIN_DESCRIPTION);
    domain.put("values", values);
    Map<String, Object> unknown = badge(UNKNOWN_LABEL, "neutral", "circle-help");
    unknown.put("description", "<em>fallback</em>");
    domain.put("unknown", unknown);

    Map<String, Object> rtl = new LinkedHashMap<>();
    rtl.put("title", "حالة — מצב");
    rtl.put("description", "نص عربي وעברית");
    rtl.put(
        "values",
        map(
            "done",
            badge("تم ✅", "success", "circle-check"),
            "open",
            badge("פתוח", "warning", "triangle-alert")));

    Map<String, Object> domains = new LinkedHashMap<>();
    domains.put("hostile.labels", domain);
    domains.put("hostile.rtl", rtl);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("unknown", badge(CATALOG_UNKNOWN_LABEL, "neutral", "circle-help"));
    doc.put("domains", domains);
    return doc;
  }

  /**
   * Domain names meant to escape the output directory or break a name, none colliding once
   * sanitised.
   */
  static final List<String> DOMAIN_NAMES =
      List.of(
          "../../../../etc/passwd",
          "..\\..\\windows\\system32",
          "%2e%2e%2f%2e%2e%2fsecret",
          "a \"quoted\" {brace} 'name'",
          "$ref",
          "{badge.tone.success}",
          "con",
          "/absolute/path",
          "C:\\drive",
          // A tab would be refused: names may hold no control character
          // (EscapedControlCharactersTest).
          "name with   spaces and  more spaces",
          "Ünïcödé.Straße",
          "مجال.الحالة",
          "１２３ full-width digits",
          "9lives",
          "__proto__",
          "*/ evil { } /*");

  /** Value names for every hostile domain, none colliding within a domain once sanitised. */
  static final List<String> VALUE_NAMES =
      List.of(
          "../x",
          "\"q\"",
          "{v}",
          "a b",
          "back\\slash",
          "%2e%2e",
          "__proto__",
          "constructor",
          "toString",
          "1st",
          "-lead",
          "$value",
          "تم",
          "İstanbul",
          "ok😀emoji");

  static Map<String, Object> namesDocument() {
    Map<String, Object> domains = new LinkedHashMap<>();
    for (int d = 0; d < DOMAIN_NAMES.size(); d++) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int v = 0; v < VALUE_NAMES.size(); v++) {
        Map<String, Object> b = badge("Label " + d + "." + v, "neutral", "clock");
        if (v == 0) {
          b.put("aliases", List.of("../alias", "%2e%2e/alias"));
        }
        values.put(VALUE_NAMES.get(v), b);
      }
      domains.put(DOMAIN_NAMES.get(d), map("title", "Domain " + d, "values", values));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("domains", domains);
    return doc;
  }

  static Path writeContent(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("hostile.badges.json"), Catalogs.json(contentDocument()));
    return dir;
  }

  static Path writeNames(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("names.badges.yaml"), Catalogs.yaml(namesDocument()), StandardCharsets.UTF_8);
    return dir;
  }
}

package dev.unifiedbadges.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Definition files the suite generates from: small valid catalogs, hostile ones and a huge one. */
final class Catalogs {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One meaning per word (value word, tone, icon, label), so catalogs built from it are lint-clean:
   * the same word renders the same in every domain.
   */
  static final List<String[]> WORDS =
      List.of(
          new String[] {"queued", "neutral", "clock", "Queued"},
          new String[] {"running", "info", "loader-circle", "Running"},
          new String[] {"completed", "success", "circle-check", "Completed"},
          new String[] {"failed", "danger", "circle-x", "Failed"},
          new String[] {"partial", "warning", "triangle-alert", "Partial"},
          new String[] {"skipped", "neutral", "skip-forward", "Skipped"},
          new String[] {"draft", "neutral", "pencil", "Draft"},
          new String[] {"cancelled", "neutral", "ban", "Cancelled"},
          new String[] {"archived", "neutral", "archive", "Archived"},
          new String[] {"pending", "neutral", "hourglass", "Pending"},
          new String[] {"low", "neutral", "signal-low", "Low"},
          new String[] {"medium", "warning", "signal-medium", "Medium"},
          new String[] {"high", "danger", "signal-high", "High"},
          new String[] {"new", "warning", "sparkles", "New"},
          new String[] {"scoped", "info", "crosshair", "Scoped"},
          new String[] {"checked", "info", "list-checks", "Checked"},
          new String[] {"previewed", "info", "scan-eye", "Previewed"},
          new String[] {"acknowledged", "neutral", "eye", "Acknowledged"},
          new String[] {"paused", "info", "circle-pause", "Paused"},
          new String[] {"flagged", "accent", "flag", "Flagged"});

  private Catalogs() {}

  /** A small valid YAML catalog; {@code variant} changes its labels, domains and a tone. */
  static String small(String variant) {
    StringBuilder sb = new StringBuilder();
    sb.append("# small catalog ").append(variant).append('\n');
    sb.append("tones:\n");
    sb.append("  brand:\n");
    sb.append(
        "    light: { background: \"#f3e8ff\", foreground: \"#3b0764\", border: \"#7e22ce\" }\n");
    sb.append("    dark:  { background: \"#2e1065\", foreground: \"#f5f3ff\" }\n");
    sb.append("unknown: { label: Unknown ")
        .append(variant)
        .append(", tone: neutral, icon: circle-help }\n");
    sb.append("domains:\n");
    for (int d = 0; d < 3; d++) {
      sb.append("  ")
          .append(variant.toLowerCase(Locale.ROOT))
          .append("_run")
          .append(d)
          .append(".status:\n");
      sb.append("    title: Run ").append(d).append(" of ").append(variant).append('\n');
      sb.append("    description: Catalog ")
          .append(variant)
          .append(", domain ")
          .append(d)
          .append(".\n");
      sb.append("    values:\n");
      for (int v = 0; v < 5; v++) {
        String[] w = WORDS.get((d * 5 + v) % WORDS.size());
        sb.append("      ")
            .append(w[0])
            .append(": { label: \"")
            .append(w[3])
            .append(' ')
            .append(variant)
            .append("\", tone: ")
            .append(w[1])
            .append(", icon: ")
            .append(w[2])
            .append(" }\n");
      }
      sb.append("      flagged: { label: Flagged, tone: brand, icon: flag }\n");
    }
    return sb.toString();
  }

  /**
   * A valid catalog as a document, for splitting across files: a custom tone, a catalog-wide
   * unknown badge, and {@code domains} domains of five values each (plus one in the custom tone).
   */
  static Map<String, Object> document(String variant, int domains) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(
        "tones",
        map(
            "brand",
            map(
                "light", map("background", "#f3e8ff", "foreground", "#3b0764", "border", "#7e22ce"),
                "dark", map("background", "#2e1065", "foreground", "#f5f3ff"))));
    Map<String, Object> unknown = badge("Unknown " + variant, "neutral", "circle-help");
    unknown.put("description", "Not defined in catalog " + variant + ".");
    doc.put("unknown", unknown);
    Map<String, Object> ds = new LinkedHashMap<>();
    for (int d = 0; d < domains; d++) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (int v = 0; v < 5; v++) {
        String[] w = WORDS.get((d * 3 + v) % WORDS.size());
        Map<String, Object> b = badge(w[3] + " " + variant, w[1], w[2]);
        if (v == 0) {
          b.put("aliases", List.of(w[0] + "_alias"));
        }
        values.put(w[0], b);
      }
      values.put("flagged", badge("Flagged", "brand", "flag"));
      ds.put(
          String.format(Locale.ROOT, "%s_area%d.status", variant.toLowerCase(Locale.ROOT), d),
          map(
              "title",
              "Area " + d + " (" + variant + ")",
              "description",
              "Domain " + d + " of " + variant + ".",
              "values",
              values));
    }
    doc.put("domains", ds);
    return doc;
  }

  /** Writes {@link #small} as {@code dir/catalog.badges.yaml} and returns the directory. */
  static Path writeSmall(Path dir, String variant) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("catalog.badges.yaml"), small(variant), StandardCharsets.UTF_8);
    return dir;
  }

  /**
   * A definitions document as JSON text: Jackson does the escaping, so any string goes in as is.
   */
  static byte[] json(Map<String, Object> document) {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> badge(String label, String tone, String icon) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("label", label);
    b.put("tone", tone);
    b.put("icon", icon);
    return b;
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /**
   * A definitions document as block-style YAML, every key and scalar a double-quoted string (JSON
   * escapes are valid YAML escapes), lists in flow style.
   */
  static String yaml(Map<String, Object> document) {
    StringBuilder sb = new StringBuilder();
    yamlMap(sb, document, 0);
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static void yamlMap(StringBuilder sb, Map<String, Object> map, int indent) {
    for (Map.Entry<String, Object> e : map.entrySet()) {
      sb.append(" ".repeat(indent)).append(quote(e.getKey())).append(':');
      Object v = e.getValue();
      if (v instanceof Map<?, ?> m) {
        sb.append('\n');
        yamlMap(sb, (Map<String, Object>) m, indent + 2);
      } else if (v instanceof List<?> list) {
        sb.append(" [");
        for (int i = 0; i < list.size(); i++) {
          sb.append(i == 0 ? "" : ", ").append(quote((String) list.get(i)));
        }
        sb.append("]\n");
      } else {
        sb.append(' ').append(quote((String) v)).append('\n');
      }
    }
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes a lint-clean catalog of {@code domains × values} pairings as YAML, at most {@code
   * domainsPerFile} domains per file (one file is capped at 8 MiB). Returns the files written.
   */
  static List<Path> writeLarge(Path dir, int domains, int values, int domainsPerFile)
      throws IOException {
    if (values > WORDS.size()) {
      throw new IllegalArgumentException("at most " + WORDS.size() + " values per domain");
    }
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int start = 0; start < domains; start += domainsPerFile) {
      StringBuilder sb = new StringBuilder(domainsPerFile * values * 64);
      sb.append("domains:\n");
      for (int d = start; d < Math.min(domains, start + domainsPerFile); d++) {
        String name = String.format(Locale.ROOT, "area%05d.status", d);
        sb.append("  ").append(name).append(":\n");
        sb.append("    title: Area ").append(d).append(" status\n");
        sb.append("    values:\n");
        for (int v = 0; v < values; v++) {
          String[] w = WORDS.get(v);
          sb.append("      ")
              .append(w[0])
              .append(": { label: ")
              .append(w[3])
              .append(", tone: ")
              .append(w[1])
              .append(", icon: ")
              .append(w[2])
              .append(" }\n");
        }
      }
      Path file =
          dir.resolve(String.format(Locale.ROOT, "part%03d.badges.yaml", start / domainsPerFile));
      Files.writeString(file, sb, StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }
}

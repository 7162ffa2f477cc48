package dev.unifiedbadges.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.unifiedbadges.testing.CatalogFiles;
import dev.unifiedbadges.testing.Word;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Definition documents built as maps, written as JSON or quoted YAML: split layouts, hostile text.
 */
final class Catalogs {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Catalogs() {}

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
        Word w = CatalogFiles.WORDS.get((d * 3 + v) % CatalogFiles.WORDS.size());
        Map<String, Object> b = badge(w.label() + " " + variant, w.tone(), w.icon());
        if (v == 0) {
          b.put("aliases", List.of(w.value() + "_alias"));
        }
        values.put(w.value(), b);
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
}

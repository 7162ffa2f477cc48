package dev.unifiedbadges.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The changes as JSON for tools (a CI step that fails on breaking changes, a release script that
 * picks the bump), in the shape {@link #SCHEMA_RESOURCE} describes. Members come in a fixed order,
 * absent parts are left out rather than null, and the bytes depend only on the changes.
 */
public final class JsonReport {

  /** The report's JSON Schema (draft 2020-12) on the classpath. */
  public static final String SCHEMA_RESOURCE = "dev/unifiedbadges/diff/badges.diff.schema.json";

  /** The file name the report's {@code $schema} names. */
  public static final String SCHEMA_NAME = "badges.diff.schema.json";

  /** The report shape's major version, {@code reportVersion}; members are only added within it. */
  public static final int REPORT_VERSION = 1;

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    WRITER = JsonMapper.builder().build().writer(printer);
  }

  private JsonReport() {}

  /** The report as UTF-8 JSON, ending with one newline. */
  public static byte[] render(CatalogChanges changes) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("$schema", SCHEMA_NAME);
    root.put("reportVersion", REPORT_VERSION);
    root.put("baseline", changes.baseline());
    root.put("summary", changes.summary());
    root.put("bump", changes.bump().id());
    ObjectNode counts = root.putObject("counts");
    for (ChangeClass cc : ChangeClass.values()) {
      counts.put(cc.id(), changes.count(cc));
    }
    ArrayNode list = root.putArray("changes");
    for (Change c : changes.changes()) {
      ObjectNode o = list.addObject();
      o.put("class", c.changeClass().id());
      o.put("kind", c.kind().id());
      o.put("subject", c.subject());
      optional(o, "domain", c.domain());
      optional(o, "value", c.value());
      optional(o, "tone", c.tone());
      optional(o, "before", c.before());
      optional(o, "after", c.after());
      o.put("message", c.message());
      optional(o, "fix", c.fix());
    }
    try {
      return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers cannot fail to write", e);
    }
  }

  private static void optional(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  /** The schema's bytes, from the jar. */
  public static byte[] schema() {
    try (InputStream in = JsonReport.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.unifiedbadges.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.DefinitionSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in the jar (draft 2020-12) accepts the built-in definitions and valid
 * examples, and refuses the shapes the loader refuses, so editors flag what a build would.
 */
class DefinitionSchemaTest {

  static final String SCHEMA = "dev/unifiedbadges/model/badges.schema.json";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;
  private static JsonNode schemaNode;

  @BeforeAll
  static void loadSchema() throws IOException {
    byte[] bytes = resource(SCHEMA);
    schemaNode = JSON.readTree(bytes);
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
  }

  static byte[] resource(String path) throws IOException {
    try (InputStream in = DefinitionSchemaTest.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path + " is on the classpath");
      return in.readAllBytes();
    }
  }

  private static Set<ValidationMessage> validate(String name, byte[] bytes) throws IOException {
    JsonNode instance = name.endsWith(".json") ? JSON.readTree(bytes) : YAML.readTree(bytes);
    return schema.validate(instance);
  }

  private static String messages(Set<ValidationMessage> errors) {
    return errors.stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  @Test
  void isAValidDraft202012Schema() {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));
    Set<ValidationMessage> errors = meta.validate(schemaNode);
    assertEquals("", messages(errors));
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema", schemaNode.get("$schema").asText());
  }

  @Test
  void theBuiltInDefinitionsReferenceAndPassTheSchema() throws IOException {
    byte[] builtin = resource(DefinitionLoader.BUILTIN_RESOURCE);
    assertTrue(new String(builtin, StandardCharsets.UTF_8).contains("$schema: badges.schema.json"));
    assertEquals("", messages(validate("builtin.badges.yaml", builtin)));
  }

  static Stream<Arguments> goodExamples() {
    return Stream.of(
        Arguments.of(
            "readme.badges.yaml",
            """
            # The README's example
            tones:
              success:
                light: { background: "#dcfce7", foreground: "#14532d", border: "#15803d" }
                dark:  { background: "#052e16", foreground: "#bbf7d0", border: "#22c55e" }
            domains:
              operation_run.outcome:
                title: Operation run outcome
                description: Result of a finished operation run.
                values:
                  succeeded: { label: Succeeded, tone: success, icon: circle-check }
                  partial:   { label: Partial,   tone: warning, icon: triangle-alert, description: Some items failed. }
                  cancelled: { label: Cancelled, tone: neutral, icon: ban, aliases: [canceled] }
                unknown: { label: Unknown, tone: neutral, icon: circle-help }
            unknown: { label: Unknown, tone: neutral, icon: circle-help }
            """),
        Arguments.of(
            "every-key.badges.yaml",
            """
            $schema: ../schema/badges.schema.json
            tones:
              brand-strong:
                light: { background: "#fff", foreground: "#1e3a8a", border: "#2563eb", icon: "#1D4ED8" }
                dark: { background: "#172554", foreground: "#bfdbfe", border: "#60a5fa", icon: "#93c5fd" }
            unknown: { label: Not known, tone: neutral, icon: circle-help, description: Any other value. }
            domains:
              job.state:
                title: Job state
                description: Where a job is.
                values:
                  "true": { label: Yes, tone: brand-strong, icon: check, aliases: ["1", "yes"], description: On. }
                  "false": { label: No, tone: neutral, icon: x }
                unknown: { label: Unknown, tone: neutral, icon: circle-help, description: Missing. }
            """),
        Arguments.of(
            "json.badges.json",
            """
            {
              "$schema": "badges.schema.json",
              "domains": {
                "finding.severity": {
                  "values": {
                    "low": {"label": "Low", "tone": "neutral", "icon": "arrow-down"},
                    "high": {"label": "High", "tone": "danger", "icon": "arrow-up", "aliases": ["critical"]}
                  }
                }
              }
            }
            """),
        Arguments.of(
            "deprecations.badges.yaml",
            """
            domains:
              job.state:
                deprecated: { reason: Use run.state., since: "1.2", replacedBy: run.state, removeIn: 2.0.0-rc.1 }
                values:
                  done: { label: Done, tone: success, icon: check }
                  old: { label: Old, tone: neutral, icon: x, deprecated: true }
                  gone: { label: Gone, tone: neutral, icon: x, deprecated: Nobody reads it. }
              run.state:
                values:
                  ok: { label: OK, tone: success, icon: check }
                  okay: { label: Okay, tone: success, icon: check, deprecated: { replacedBy: ok, since: 3, removeIn: 4.1 } }
            """),
        Arguments.of(
            "tones-only.badges.yaml",
            """
            tones:
              neutral:
                light: { background: "#f8fafc", foreground: "#0f172a" }
                dark: { background: "#0f172a", foreground: "#f8fafc" }
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodExamples")
  void validExamplesPassTheSchemaAndTheLoader(String name, String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertEquals("", messages(validate(name, bytes)));
    new DefinitionLoader().load(List.of(new DefinitionSource(name, bytes)));
  }

  static Stream<Arguments> badExamples() {
    String ok = "{ label: X, tone: neutral, icon: ban }";
    return Stream.of(
        Arguments.of(
            "unknown top-level key",
            "domain: { d: { values: { x: " + ok + " } } }",
            "$: property 'domain' is not defined"),
        Arguments.of(
            "unknown domain key",
            "domains: { d: { titel: D, values: { x: " + ok + " } } }",
            "$.domains.d: property 'titel' is not defined"),
        Arguments.of(
            "unknown value key",
            "domains: { d: { values: { x: { label: X, tone: neutral, icon: ban, color: red } } } }",
            "$.domains.d.values.x: property 'color' is not defined"),
        Arguments.of(
            "missing icon",
            "domains: { d: { values: { x: { label: X, tone: neutral } } } }",
            "$.domains.d.values.x: required property 'icon'"),
        Arguments.of(
            "missing label",
            "domains: { d: { values: { x: { tone: neutral, icon: ban } } } }",
            "required property 'label'"),
        Arguments.of(
            "missing values", "domains: { d: { title: D } }", "required property 'values'"),
        Arguments.of(
            "empty values",
            "domains: { d: { values: {} } }",
            "$.domains.d.values: must have at least 1 properties"),
        Arguments.of(
            "value named unknown",
            "domains: { d: { values: { unknown: " + ok + " } } }",
            "$.domains.d.values: property 'unknown' name is not valid"),
        Arguments.of(
            "value named Unknown",
            "domains: { d: { values: { Unknown: " + ok + " } } }",
            "$.domains.d.values: property 'Unknown' name is not valid"),
        Arguments.of(
            "values as a list",
            "domains: { d: { values: [x, y] } }",
            "$.domains.d.values: array found, object expected"),
        Arguments.of(
            "empty label",
            "domains: { d: { values: { x: { label: '  ', tone: neutral, icon: ban } } } }",
            "$.domains.d.values.x.label: does not match the regex pattern"),
        Arguments.of(
            "aliases not a list",
            "domains: { d: { values: { x: { label: X, tone: neutral, icon: ban, aliases: y } } } }",
            "$.domains.d.values.x.aliases: string found, array expected"),
        Arguments.of(
            "alias not text",
            "domains: { d: { values: { x: { label: X, tone: neutral, icon: ban, aliases: [[y]] } } } }",
            "$.domains.d.values.x.aliases[0]: array found"),
        Arguments.of(
            "icon not a Lucide-style name",
            "domains: { d: { values: { x: { label: X, tone: neutral, icon: Circle Check } } } }",
            "$.domains.d.values.x.icon: does not match the regex pattern"),
        Arguments.of(
            "aliases on the unknown badge",
            "unknown: { label: U, tone: neutral, icon: ban, aliases: [u] }",
            "$.unknown: property 'aliases' is not defined"),
        Arguments.of(
            "colour #12",
            tone("\"#12\""),
            "$.tones.brand.light.background: does not match the regex pattern"),
        Arguments.of(
            "colour red",
            tone("red"),
            "$.tones.brand.light.background: does not match the regex pattern"),
        Arguments.of(
            "colour #gggggg",
            tone("\"#gggggg\""),
            "$.tones.brand.light.background: does not match the regex pattern"),
        Arguments.of(
            "tone without dark",
            "tones: { brand: { light: { background: \"#fff\", foreground: \"#000\" } } }",
            "required property 'dark'"),
        Arguments.of(
            "tone name not kebab",
            "tones: { Brand_X: { light: { background: \"#fff\", foreground: \"#000\" }, dark: { background: \"#000\", foreground: \"#fff\" } } }",
            "Brand_X"),
        Arguments.of(
            "unknown colour key",
            "tones: { brand: { light: { background: \"#fff\", foreground: \"#000\", bordr: \"#000\" }, dark: { background: \"#000\", foreground: \"#fff\" } } }",
            "$.tones.brand.light: property 'bordr' is not defined"),
        Arguments.of(
            "deprecation with an unknown key",
            "domains: { d: { values: { x: { label: X, tone: neutral, icon: ban, deprecated: { raeson: r } } } } }",
            "$.domains.d.values.x.deprecated: property 'raeson' is not defined"),
        Arguments.of(
            "removeIn not a version",
            "domains: { d: { values: { x: { label: X, tone: neutral, icon: ban, deprecated: { removeIn: next } } } } }",
            "$.domains.d.values.x.deprecated.removeIn: does not match the regex pattern"),
        Arguments.of(
            "deprecated on the unknown badge",
            "unknown: { label: U, tone: neutral, icon: ban, deprecated: true }",
            "$.unknown: property 'deprecated' is not defined"));
  }

  private static String tone(String background) {
    return "tones: { brand: { light: { background: "
        + background
        + ", foreground: \"#000\" },"
        + " dark: { background: \"#000\", foreground: \"#fff\" } } }";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badExamples")
  void badExamplesFailTheSchemaAndTheLoaderAlike(String what, String yaml, String expected)
      throws Exception {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    Set<ValidationMessage> errors = validate("bad.badges.yaml", bytes);
    assertFalse(errors.isEmpty(), what + " passes the schema");
    assertTrue(
        messages(errors).contains(expected),
        "expected \"" + expected + "\" in:\n" + messages(errors));
    assertThrows(
        DefinitionException.class,
        () -> new DefinitionLoader().load(List.of(new DefinitionSource("bad.badges.yaml", bytes))),
        what + " passes the loader");
  }
}

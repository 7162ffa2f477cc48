package dev.unifiedbadges.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.Theme;
import dev.unifiedbadges.model.Tone;
import dev.unifiedbadges.model.ToneColors;
import dev.unifiedbadges.testing.TestCatalogs;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog snapshot: the JSON Schema shipped in the jar accepts what the format writes for every
 * test catalog and refuses what it does not describe; the snapshot holds the resolved catalog with
 * sorted members.
 */
class CatalogSnapshotTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        CatalogSnapshotTest.class
            .getClassLoader()
            .getResourceAsStream(SnapshotFormat.SCHEMA_RESOURCE)) {
      assertNotNull(in, SnapshotFormat.SCHEMA_RESOURCE + " is on the classpath");
      schemaNode = JSON.readTree(in);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
  }

  @Test
  void theSchemaIsAValidDraft202012SchemaAndIsWrittenNextToTheSnapshot() throws IOException {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));
    assertEquals("", messages(meta.validate(schemaNode)));
    byte[] written = export(TestCatalogs.builtin()).get(SnapshotFormat.SCHEMA);
    assertArrayEquals(SnapshotFormat.schema(), written);
    assertEquals(
        SnapshotFormat.SCHEMA.substring("snapshot/".length()),
        snapshot(TestCatalogs.builtin()).get("$schema").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"builtin", "awkward", "synthetic"})
  void everyTestCatalogsSnapshotPassesTheSchema(String name) throws IOException {
    JsonNode snapshot = snapshot(ForkedExport.catalog(name));
    assertEquals("", messages(schema.validate(snapshot)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"builtin", "awkward"})
  void everyObjectsMembersAreSortedAndTheFileEndsWithOneNewline(String name) throws IOException {
    byte[] bytes = export(ForkedExport.catalog(name)).get(SnapshotFormat.SNAPSHOT);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"));
    assertFalse(text.contains("\r"));
    assertSorted("", JSON.readTree(bytes));
  }

  @Test
  void theSnapshotHoldsTheResolvedCatalog() throws IOException {
    BadgeCatalog catalog = TestCatalogs.builtin();
    JsonNode s = snapshot(catalog);
    assertEquals(1, s.get("snapshotVersion").intValue());
    assertEquals(SnapshotFormat.GENERATOR_VERSION, s.get("generator").get("version").asText());
    assertFalse(SnapshotFormat.GENERATOR_VERSION.startsWith("$"), "the version is filtered");
    assertEquals("badge", s.get("css").get("baseClass").asText());

    assertEquals(List.copyOf(catalog.tones().keySet()), names(s.get("tones")));
    for (Tone tone : catalog.tones().values()) {
      for (Theme theme : Theme.values()) {
        JsonNode c = s.get("tones").get(tone.name()).get(theme.name().toLowerCase(Locale.ROOT));
        ToneColors expected = tone.colors(theme);
        assertEquals(expected.background().hex(), c.get("background").asText());
        assertEquals(expected.foreground().hex(), c.get("foreground").asText());
        assertEquals(expected.iconColor().hex(), c.get("icon").asText());
        assertEquals(
            expected.borderColor().map(b -> b.hex()).orElse(null),
            c.has("border") ? c.get("border").asText() : null);
        assertEquals(expected.solidColors().background().hex(), c.at("/solid/background").asText());
        assertEquals(expected.solidColors().foreground().hex(), c.at("/solid/foreground").asText());
        assertEquals(
            expected.outlineColors().foreground().hex(), c.at("/outline/foreground").asText());
        assertEquals(expected.outlineColors().border().hex(), c.at("/outline/border").asText());
        assertEquals(expected.dotColor().hex(), c.get("dot").asText());
      }
    }
    for (Theme theme : Theme.values()) {
      JsonNode surface = s.get("surfaces").get(theme.name().toLowerCase(Locale.ROOT));
      assertEquals(catalog.surface(theme).background().hex(), surface.get("background").asText());
      assertEquals(catalog.surface(theme).foreground().hex(), surface.get("foreground").asText());
    }

    assertEquals(List.copyOf(catalog.domains().keySet()), names(s.get("domains")));
    for (Domain domain : catalog.domains().values()) {
      JsonNode d = s.get("domains").get(domain.name());
      assertEquals(domain.name(), d.get("name").asText());
      assertEquals(domain.title(), d.get("title").asText());
      assertEquals(domain.description(), d.get("description").asText());
      assertEquals(
          domain.ownUnknown().isPresent() ? "domain" : "catalog", d.get("unknownFrom").asText());
      assertBadge(catalog.unknownFor(domain), d.get("unknown"));
      assertEquals(domain.values().size(), d.get("values").size());
      for (int i = 0; i < domain.values().size(); i++) {
        assertBadge(domain.values().get(i), d.get("values").get(i));
      }
    }
    assertBadge(catalog.unknown(), s.get("unknown"));
    assertEquals("badge--unknown", s.get("unknown").get("className").asText());
    assertEquals(
        "badge--operation-run-outcome--partial",
        s.get("domains")
            .get("operation_run.outcome")
            .get("values")
            .get(2)
            .get("className")
            .asText());
  }

  @Test
  void theCssPrefixNamesTheClasses() throws IOException {
    JsonNode s =
        JSON.readTree(
            SnapshotFormat.render(
                    ExportModel.of(
                        TestCatalogs.builtin(),
                        new TokenOptions("ui-badge", TokenOptions.defaults().colorFormat(), false)))
                .toByteArray());
    assertEquals("ui-badge", s.get("css").get("baseClass").asText());
    assertTrue(s.get("unknown").get("className").asText().startsWith("ui-badge--"));
  }

  @Test
  void theSchemaRefusesWhatTheSnapshotDoesNotDescribe() throws IOException {
    JsonNode good = snapshot(TestCatalogs.builtin());
    List<Consumer<ObjectNode>> breakages = new ArrayList<>();
    breakages.add(s -> s.put("snapshotVersion", 2));
    breakages.add(s -> s.remove("tones"));
    breakages.add(s -> s.put("generatedAt", "2026-01-01T00:00:00Z"));
    breakages.add(s -> tone(s).put("background", "#FFF"));
    breakages.add(s -> value(s).remove("className"));
    breakages.add(s -> value(s).putObject("deprecated").put("replacedBy", 3));
    breakages.add(s -> value(s).putObject("deprecated").put("until", "2.0"));
    breakages.add(s -> domain(s).put("unknownFrom", "parent"));
    breakages.add(s -> ((ObjectNode) tone(s).get("solid")).remove("foreground"));
    breakages.add(s -> ((ObjectNode) tone(s).get("outline")).put("background", "#ffffff"));
    breakages.add(s -> tone(s).put("dot", "red"));
    breakages.add(s -> ((ObjectNode) s.get("surfaces")).remove("dark"));
    for (int i = 0; i < breakages.size(); i++) {
      ObjectNode broken = good.deepCopy();
      breakages.get(i).accept(broken);
      assertFalse(schema.validate(broken).isEmpty(), "breakage " + i + " passed the schema");
    }
  }

  @Test
  void theSchemaAcceptsASnapshotWrittenBeforeVariantsAndSurfaces() throws IOException {
    ObjectNode s = snapshot(TestCatalogs.builtin()).deepCopy();
    s.remove("surfaces");
    s.get("tones")
        .elements()
        .forEachRemaining(
            t ->
                t.elements()
                    .forEachRemaining(
                        c -> ((ObjectNode) c).remove(List.of("solid", "outline", "dot"))));
    assertEquals("", messages(schema.validate(s)));
  }

  @Test
  void theSchemaAcceptsDeprecationsOnValuesAndDomains() throws IOException {
    ObjectNode s = snapshot(TestCatalogs.builtin()).deepCopy();
    value(s)
        .putObject("deprecated")
        .put("reason", "Use cancelled.")
        .put("since", "1.2.0")
        .put("replacedBy", "cancelled")
        .put("removeIn", "2.0.0");
    domain(s).putObject("deprecated");
    assertEquals("", messages(schema.validate(s)));
  }

  @Test
  void deprecationsAreInTheSnapshotWithOnlyTheGivenPartsAndPassTheSchema() throws IOException {
    JsonNode snapshot = snapshot(TestCatalogs.withDeprecations());
    assertEquals("", messages(schema.validate(snapshot)));
    JsonNode jobs = snapshot.get("domains").get("job.status");
    assertNull(jobs.get("deprecated"), "a current domain has none");
    assertNull(jobs.get("values").get(0).get("deprecated"), "nor a current value");
    assertEquals(
        JSON.readTree(
            "{\"reason\":\"Renamed to succeeded.\",\"removeIn\":\"2.0\","
                + "\"replacedBy\":\"succeeded\",\"since\":\"1.4\"}"),
        jobs.get("values").get(1).get("deprecated"));
    assertEquals(JSON.readTree("{}"), jobs.get("values").get(2).get("deprecated"), "bare: true");
    assertEquals(
        JSON.readTree("{\"reason\":\"Merged into job status.\",\"replacedBy\":\"job.status\"}"),
        snapshot.get("domains").get("run.status").get("deprecated"));
    assertSorted("", snapshot);
  }

  private static void assertBadge(Badge expected, JsonNode actual) {
    assertEquals(expected.value(), actual.get("value").asText());
    assertEquals(expected.label(), actual.get("label").asText());
    assertEquals(expected.tone(), actual.get("tone").asText());
    assertEquals(expected.icon(), actual.get("icon").asText());
    assertEquals(expected.description(), actual.get("description").asText());
    List<String> aliases = new ArrayList<>();
    actual.get("aliases").forEach(a -> aliases.add(a.asText()));
    assertEquals(expected.aliases(), aliases);
  }

  private static void assertSorted(String pointer, JsonNode node) {
    if (node.isObject()) {
      List<String> names = names(node);
      assertEquals(names.stream().sorted().toList(), names, "members of " + pointer);
      node.fields().forEachRemaining(e -> assertSorted(pointer + "/" + e.getKey(), e.getValue()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertSorted(pointer + "/" + i, node.get(i));
      }
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = object.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  private static ObjectNode tone(ObjectNode s) {
    return (ObjectNode) s.get("tones").elements().next().get("light");
  }

  private static ObjectNode domain(ObjectNode s) {
    return (ObjectNode) s.get("domains").elements().next();
  }

  private static ObjectNode value(ObjectNode s) {
    return (ObjectNode) ((ArrayNode) domain(s).get("values")).get(0);
  }

  private static SortedMap<String, byte[]> export(BadgeCatalog catalog) {
    return ForkedExport.export(catalog, TokenOptions.defaults());
  }

  private static JsonNode snapshot(BadgeCatalog catalog) throws IOException {
    return JSON.readTree(export(catalog).get(SnapshotFormat.SNAPSHOT));
  }

  private static String messages(Set<ValidationMessage> errors) {
    return errors.stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .collect(Collectors.joining("\n"));
  }
}

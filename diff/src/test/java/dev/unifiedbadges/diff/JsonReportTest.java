package dev.unifiedbadges.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unifiedbadges.diff.snapshot.CatalogSnapshot;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report: its schema accepts every report and refuses what it does not describe. */
class JsonReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in =
        JsonReportTest.class.getClassLoader().getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      assertNotNull(in, JsonReport.SCHEMA_RESOURCE + " is on the classpath");
      schemaNode = JSON.readTree(in);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
  }

  private static String messages(Set<ValidationMessage> messages) {
    return messages.stream()
        .map(ValidationMessage::toString)
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theSchemaIsAValidDraft202012SchemaAndSchemaReturnsItsBytes() throws IOException {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));
    assertEquals("", messages(meta.validate(schemaNode)));
    assertEquals(schemaNode, JSON.readTree(JsonReport.schema()));
    assertEquals(
        JsonReport.SCHEMA_NAME,
        JSON.readTree(JsonReport.render(new CatalogChanges("x", List.of())))
            .get("$schema")
            .asText());
  }

  @Test
  void theSchemaNamesEveryKindWithItsClass() {
    List<String> kinds = new ArrayList<>();
    schemaNode.at("/$defs/change/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
    assertEquals(java.util.Arrays.stream(ChangeKind.values()).map(ChangeKind::id).toList(), kinds);
    for (ChangeKind kind : ChangeKind.values()) {
      ObjectNode change = JSON.createObjectNode();
      change.put("class", kind.changeClass().id());
      change.put("kind", kind.id());
      change.put("subject", "catalog");
      change.put("message", "m");
      if (kind.changeClass() == ChangeClass.BREAKING) {
        change.put("fix", "f");
      }
      assertEquals("", messages(schema.validate(report(change))), kind.id());
      ChangeClass other =
          kind.changeClass() == ChangeClass.VISUAL ? ChangeClass.ADDITIVE : ChangeClass.VISUAL;
      change.put("class", other.id());
      change.remove("fix");
      assertFalse(schema.validate(report(change)).isEmpty(), kind.id() + " as " + other.id());
    }
  }

  private static JsonNode report(ObjectNode change) {
    ObjectNode root = (ObjectNode) readTree(JsonReport.render(new CatalogChanges("x", List.of())));
    root.withArray("/changes").add(change);
    return root;
  }

  private static JsonNode readTree(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyReportPassesTheSchema() throws DefinitionException {
    List<CatalogChanges> reports = new ArrayList<>();
    reports.add(new CatalogChanges("1.2.0", List.of()));
    reports.add(Fixtures.mixed());
    reports.add(Fixtures.awkward());
    for (ChangeClassificationTest.Case c : ChangeClassificationTest.cases().toList()) {
      CatalogSnapshot before =
          ChangeClassificationTest.snapshot(c.baseline(), TokenOptions.defaults());
      CatalogSnapshot after =
          ChangeClassificationTest.snapshot(c.edit().apply(c.baseline()), c.afterOptions());
      reports.add(CatalogDiff.compare(before, after, c.name()));
    }
    for (CatalogChanges changes : reports) {
      assertEquals(
          "", messages(schema.validate(readTree(JsonReport.render(changes)))), changes.baseline());
    }
  }

  @Test
  void membersComeInAFixedOrderAndAbsentPartsAreLeftOut() throws DefinitionException {
    byte[] bytes = JsonReport.render(Fixtures.mixed());
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n") && !text.contains("\r"));
    assertTrue(text.contains("\"bump\": \"major\""), "one space after the colon");
    JsonNode root = readTree(bytes);
    assertEquals(
        List.of("$schema", "reportVersion", "baseline", "summary", "bump", "counts", "changes"),
        names(root));
    assertEquals(1, root.get("reportVersion").intValue());
    assertEquals("1.2.0", root.get("baseline").asText());
    assertEquals(Fixtures.mixed().summary(), root.get("summary").asText());
    assertEquals(
        List.of("breaking", "visual", "additive", "documentation"), names(root.get("counts")));
    assertEquals(2, root.get("counts").get("visual").intValue());
    JsonNode removed = root.get("changes").get(0);
    assertEquals(
        List.of("class", "kind", "subject", "domain", "value", "before", "message", "fix"),
        names(removed));
    assertEquals("alias-removed", removed.get("kind").asText());
    JsonNode tone = root.get("changes").get(1);
    assertEquals(
        List.of("class", "kind", "subject", "tone", "before", "after", "message"), names(tone));
    assertFalse(text.contains("null"), "absent parts are left out, not null");
  }

  @Test
  void aBrokenReportFailsTheSchema() throws DefinitionException {
    JsonNode good = readTree(JsonReport.render(Fixtures.mixed()));
    List<java.util.function.Consumer<ObjectNode>> breakages =
        List.of(
            r -> r.remove("bump"),
            r -> r.put("bump", "huge"),
            r -> r.put("reportVersion", 2),
            r -> ((ObjectNode) r.get("changes").get(0)).remove("fix"),
            r -> ((ObjectNode) r.get("changes").get(1)).put("fix", "not breaking"),
            r -> ((ObjectNode) r.get("changes").get(1)).putNull("domain"),
            r -> ((ObjectNode) r.get("changes").get(1)).put("kind", "tone-renamed"),
            r -> ((ObjectNode) r.get("counts")).put("visual", -1),
            r -> r.put("extra", true));
    for (int i = 0; i < breakages.size(); i++) {
      ObjectNode broken = good.deepCopy();
      breakages.get(i).accept(broken);
      assertFalse(schema.validate(broken).isEmpty(), "breakage " + i + " passed the schema");
    }
  }

  @Test
  void theSameChangesGiveTheSameBytes() throws DefinitionException {
    assertArrayEquals(JsonReport.render(Fixtures.mixed()), JsonReport.render(Fixtures.mixed()));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}

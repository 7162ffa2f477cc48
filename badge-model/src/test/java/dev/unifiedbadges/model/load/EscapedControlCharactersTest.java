package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.Defs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Control characters and noncharacters written as escapes are refused where they land (labels,
 * descriptions, titles, aliases, domain and value names) with the file, line and column; raw ones
 * were already refused when the file is read. Tabs and line ends stay allowed in text.
 */
class EscapedControlCharactersTest {

  private static void refusedAt(String escaped, String codePoint) {
    String yaml =
        "domains:\n"
            + "  job.status:\n"
            + "    values:\n"
            + "      failed: { label: \"Fa"
            + escaped
            + "iled\", tone: danger, icon: circle-x }\n";
    DefinitionException e = Defs.fails(yaml);
    assertEquals(1, e.diagnostics().size(), e.report());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(4, d.location().line(), e.report());
    assertEquals("/domains/job.status/values/failed/label", d.path());
    assertTrue(
        d.message()
            .startsWith("'label' contains the character " + codePoint + ", a control character"),
        d.message());
  }

  @Test
  void yamlEscapesOfControlCharactersAndNoncharactersAreRefusedInALabel() {
    refusedAt("\\0", "U+0000");
    refusedAt("\\e", "U+001B");
    refusedAt("\\x7f", "U+007F");
    refusedAt("\\N", "U+0085");
    refusedAt("\\uffff", "U+FFFF");
    refusedAt("\\ufdd0", "U+FDD0");
  }

  @Test
  void jsonEscapesAreRefusedInTitlesDescriptionsAliasesAndNames() {
    String json =
        "{\"domains\": {\"job.st\\u0007atus\": {\"values\": {\"ok\": {\"label\": \"OK\", \"tone\": \"success\","
            + " \"icon\": \"circle-check\"}}},"
            + " \"other\": {\"title\": \"T\\u001bitle\", \"description\": \"line\\nbreak\\tand tab are fine\","
            + " \"values\": {\"x\\u0000\": {\"label\": \"X\", \"tone\": \"neutral\", \"icon\": \"circle\"},"
            + " \"y\": {\"label\": \"Y\", \"tone\": \"neutral\", \"icon\": \"circle\", \"aliases\": [\"y\\u009b\"]}}}}}";
    DefinitionException e = Defs.fails("esc.badges.json", json.getBytes(StandardCharsets.UTF_8));
    List<String> messages = e.diagnostics().stream().map(Diagnostic::message).toList();
    assertEquals(4, messages.size(), e.report());
    assertTrue(
        messages.contains(
            "the domain name contains the character U+0007, a control character or noncharacter that no page or snippet can show"),
        e.report());
    assertTrue(
        messages.stream().anyMatch(m -> m.startsWith("'title' contains the character U+001B")),
        e.report());
    assertTrue(
        messages.stream()
            .anyMatch(m -> m.startsWith("the value name contains the character U+0000")),
        e.report());
    assertTrue(
        messages.stream().anyMatch(m -> m.startsWith("'alias' contains the character U+009B")),
        e.report());
  }

  @Test
  void ordinaryTextWithTabsLineEndsAndAstralCharactersStillLoads() throws Exception {
    String yaml =
        "domains:\n"
            + "  job.status:\n"
            + "    description: \"first line\\nsecond\\tline\"\n"
            + "    values:\n"
            + "      done: { label: \"Done \\U0001F389\", tone: success, icon: circle-check }\n";
    var loaded = Defs.load(yaml);
    assertEquals(
        "Done \uD83C\uDF89", loaded.catalog().domains().get("job.status").values().get(0).label());
  }
}

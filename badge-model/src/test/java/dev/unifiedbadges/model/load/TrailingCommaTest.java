package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.Defs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A trailing comma in a JSON list is named as such, not taken for an unquoted word. */
class TrailingCommaTest {

  @Test
  void aTrailingCommaInAListSaysToRemoveIt() {
    String json =
        "{\"domains\": {\"a.b\": {\"values\": {\"x\": {\"label\": \"X\", \"tone\": \"neutral\","
            + " \"icon\": \"circle\", \"aliases\": [\"y\",]}}}}}";
    DefinitionException e = Defs.fails("t.badges.json", json.getBytes(StandardCharsets.UTF_8));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(
        "remove the ',' before the closing bracket: JSON allows no trailing comma",
        d.fix(),
        e.report());
    assertEquals(1, d.location().line());
  }
}

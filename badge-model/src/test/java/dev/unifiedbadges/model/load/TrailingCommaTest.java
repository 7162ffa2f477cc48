package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trailing comma in a JSON list is named as such, not taken for an unquoted word. */
class TrailingCommaTest {

  @Test
  void aTrailingCommaInAListSaysToRemoveIt() {
    String json =
        "{\"domains\": {\"a.b\": {\"values\": {\"x\": {\"label\": \"X\", \"tone\": \"neutral\","
            + " \"icon\": \"circle\", \"aliases\": [\"y\",]}}}}}";
    DefinitionException e =
        assertThrows(
            DefinitionException.class,
            () ->
                new DefinitionLoader()
                    .load(
                        List.of(
                            new DefinitionSource(
                                "t.badges.json", json.getBytes(StandardCharsets.UTF_8)))));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(
        "remove the ',' before the closing bracket: JSON allows no trailing comma",
        d.fix(),
        e.report());
    assertEquals(1, d.location().line());
  }
}

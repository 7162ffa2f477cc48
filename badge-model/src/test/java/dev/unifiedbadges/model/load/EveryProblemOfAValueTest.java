package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.Defs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One problem of a value does not hide its others: all are reported at once. */
class EveryProblemOfAValueTest {

  private static List<String> messages(String value) {
    String yaml = "domains:\n  job.status:\n    values:\n      failed: " + value + "\n";
    DefinitionException e = Defs.fails(yaml);
    return e.diagnostics().stream().map(Diagnostic::message).toList();
  }

  @Test
  void anEmptyLabelDoesNotHideAnUnknownIcon() {
    List<String> m = messages("{ label: \"\", tone: danger, icon: nope }");
    assertEquals(2, m.size(), m.toString());
    assertEquals("the label is empty", m.get(0));
    assertEquals(true, m.get(1).startsWith("unknown icon 'nope'"), m.toString());
  }

  @Test
  void anUnknownKeyDoesNotHideAnUnknownTone() {
    List<String> m = messages("{ label: Failed, tone: infoo, icon: circle-x, colour: red }");
    assertEquals(2, m.size(), m.toString());
    assertEquals(
        true, m.stream().anyMatch(x -> x.startsWith("unknown key 'colour'")), m.toString());
    assertEquals(
        true, m.stream().anyMatch(x -> x.startsWith("unknown tone 'infoo'")), m.toString());
  }
}

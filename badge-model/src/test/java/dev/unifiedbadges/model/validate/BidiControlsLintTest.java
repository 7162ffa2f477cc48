package dev.unifiedbadges.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.LoadedCatalog;
import dev.unifiedbadges.model.testing.Defs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bidirectional overrides and isolates in definitions are warned about where they stand. */
class BidiControlsLintTest {

  @Test
  void anOverrideInALabelIsAWarningAtTheLabel() throws Exception {
    LoadedCatalog loaded =
        Defs.load(
            "domains:\n"
                + "  job.status:\n"
                + "    values:\n"
                + "      failed: { label: \"\\u202Edeliaf\", tone: danger, icon: circle-x }\n");
    assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
    Diagnostic w = loaded.warnings().get(0);
    assertEquals("/domains/job.status/values/failed/label", w.path());
    assertEquals(4, w.location().line());
    assertTrue(
        w.message().startsWith("the label contains the bidirectional control character U+202E"),
        w.message());
  }

  @Test
  void rightToLeftTextAndItsMarksAreNoWarning() throws Exception {
    LoadedCatalog loaded =
        Defs.load(
            "domains:\n"
                + "  job.status:\n"
                + "    values:\n"
                + "      done: { label: \"\\u05D4\\u05D5\\u05E9\\u05DC\\u05DD\\u200F\", tone: success, icon: circle-check }\n");
    assertEquals(List.of(), loaded.warnings());
  }
}

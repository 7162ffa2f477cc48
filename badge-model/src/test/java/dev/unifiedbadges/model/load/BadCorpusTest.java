package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.BadCorpus;
import dev.unifiedbadges.model.testing.BadCorpus.Case;
import dev.unifiedbadges.model.testing.BadCorpus.Expected;
import dev.unifiedbadges.model.testing.Defs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reliability corpus: every file under {@code src/test/resources/bad/} is a broken definition
 * file that must be refused with exactly the errors it declares, each at its line and column, and
 * never with any other exception.
 *
 * <p>A YAML file declares its errors in header lines {@code # expect: LINE:COL fragment}; files
 * that cannot hold a comment (JSON, empty, UTF-16) are listed in {@code bad/expect.tsv}.
 */
class BadCorpusTest {

  static Path corpus() throws URISyntaxException {
    URL url = BadCorpusTest.class.getClassLoader().getResource("bad/expect.tsv");
    assertNotNull(url, "bad/expect.tsv is on the test classpath");
    return Path.of(url.toURI()).getParent();
  }

  static List<Case> cases() throws IOException, URISyntaxException {
    return BadCorpus.cases(corpus());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadFileIsRefusedWithExactlyItsErrors(Case c) {
    String file = "bad/" + c.name();
    DefinitionException e = Defs.fails(file, c.bytes());
    for (Expected x : c.expected()) {
      Diagnostic d = Defs.error(e, x.at(), x.fragment());
      assertEquals(file, d.location().file());
      assertFalse(d.fix().isBlank(), "every error says how to fix it: " + d.format());
    }
    assertEquals(
        c.expected().size(), e.errors().size(), "other errors:\n" + Defs.list(e.diagnostics()));
    String report = e.report();
    assertFalse(
        report.contains("Exception")
            || report.contains("org.yaml")
            || report.contains("com.fasterxml"),
        report);
  }

  @Test
  void theCorpusIsLargeAndCoversEveryRuleAndParseFailure() throws Exception {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 40, "at least 40 bad files, found " + cases.size());
    assertTrue(
        cases.stream().filter(c -> c.name().endsWith(".json")).count() >= 10,
        "at least 10 JSON files");
    StringBuilder all = new StringBuilder();
    cases.forEach(c -> c.expected().forEach(x -> all.append(x.fragment()).append('\n')));
    List<String> rules =
        List.of(
            // parse failures
            "malformed YAML",
            "malformed JSON",
            "not valid UTF-8",
            "the file is empty",
            "control character",
            "anchors and aliases",
            "nested more than",
            "a second YAML document",
            "after the end of the JSON",
            // structure
            "unknown top-level key",
            "unknown key",
            "must be a map",
            "must be text",
            "must be a list",
            "missing '",
            "has no values",
            "has no 'values:' map",
            "has no 'dark' colours",
            "is not a lower-case kebab name",
            // validation rules of the design
            "duplicate domain",
            "duplicate value",
            "duplicate tone",
            "collides with value",
            "collides with alias",
            "unknown tone",
            "unknown icon",
            "malformed colour",
            "colour is empty",
            "the label is empty",
            "both become",
            "is reserved",
            "has no letters or digits",
            "text contrast",
            "border contrast",
            "icon contrast",
            "in the light theme",
            "in the dark theme");
    for (String rule : rules) {
      assertTrue(all.indexOf(rule) >= 0, "no corpus file covers \"" + rule + "\"");
    }
  }
}

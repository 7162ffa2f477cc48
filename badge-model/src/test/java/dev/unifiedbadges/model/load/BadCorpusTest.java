package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.testing.Defs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+:\\d+) (.+)$");

  record Expected(String at, String fragment) {}

  record Case(String file, byte[] bytes, List<Expected> expected) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path corpus() throws URISyntaxException {
    URL url = BadCorpusTest.class.getClassLoader().getResource("bad/expect.tsv");
    assertNotNull(url, "bad/expect.tsv is on the test classpath");
    return Path.of(url.toURI()).getParent();
  }

  static List<Case> cases() throws IOException, URISyntaxException {
    Path dir = corpus();
    Map<String, List<Expected>> table = new TreeMap<>();
    for (String line : Files.readAllLines(dir.resolve("expect.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 3);
      assertEquals(3, cols.length, "expect.tsv line: " + line);
      table.computeIfAbsent(cols[0], f -> new ArrayList<>()).add(new Expected(cols[1], cols[2]));
    }
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.equals("expect.tsv")) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        List<Expected> expected = new ArrayList<>();
        // Header lines are ASCII; reading as Latin-1 never fails, even for the non-UTF-8 cases.
        for (String line : new String(bytes, StandardCharsets.ISO_8859_1).split("\n")) {
          Matcher m = EXPECT.matcher(line);
          if (!m.matches()) {
            break;
          }
          expected.add(new Expected(m.group(1), m.group(2)));
        }
        List<Expected> listed = table.remove(name);
        if (listed != null) {
          assertTrue(expected.isEmpty(), name + " has both a header and an expect.tsv entry");
          expected = listed;
        }
        assertFalse(expected.isEmpty(), name + " declares no expected error");
        cases.add(new Case("bad/" + name, bytes, expected));
      }
    }
    assertEquals(Map.of(), table, "expect.tsv lists files that do not exist");
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadFileIsRefusedWithExactlyItsErrors(Case c) {
    DefinitionException e = Defs.fails(c.file(), c.bytes());
    for (Expected x : c.expected()) {
      Diagnostic d = Defs.error(e, x.at(), x.fragment());
      assertEquals(c.file(), d.location().file());
      assertFalse(d.fix().isBlank(), "every error says how to fix it: " + d.format());
    }
    assertEquals(c.expected().size(), e.errors().size(), "other errors:\n" + Defs.list(e.diagnostics()));
    String report = e.report();
    assertFalse(report.contains("Exception") || report.contains("org.yaml") || report.contains("com.fasterxml"), report);
  }

  @Test
  void theCorpusIsLargeAndCoversEveryRuleAndParseFailure() throws Exception {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 40, "at least 40 bad files, found " + cases.size());
    assertTrue(cases.stream().filter(c -> c.file().endsWith(".json")).count() >= 10, "at least 10 JSON files");
    StringBuilder all = new StringBuilder();
    cases.forEach(c -> c.expected().forEach(x -> all.append(x.fragment()).append('\n')));
    List<String> rules =
        List.of(
            // parse failures
            "malformed YAML", "malformed JSON", "not valid UTF-8", "the file is empty", "control character",
            "anchors and aliases", "nested more than", "a second YAML document", "after the end of the JSON",
            // structure
            "unknown top-level key", "unknown key", "must be a map", "must be text", "must be a list", "missing '",
            "has no values", "has no 'values:' map", "has no 'dark' colours", "is not a lower-case kebab name",
            // validation rules of the design
            "duplicate domain", "duplicate value", "duplicate tone", "collides with value", "collides with alias",
            "unknown tone", "unknown icon", "malformed colour", "colour is empty", "the label is empty",
            "both become", "is reserved", "has no letters or digits",
            "text contrast", "border contrast", "icon contrast", "in the light theme", "in the dark theme");
    for (String rule : rules) {
      assertTrue(all.indexOf(rule) >= 0, "no corpus file covers \"" + rule + "\"");
    }
  }
}

package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.site.generate.GenerationRequest;
import dev.unifiedbadges.site.generate.Generator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * badge-model's reliability corpus, driven through the generator core against an output directory
 * that already holds a good output: every bad file is refused with a {@link DefinitionException}
 * (never another exception) naming its error at its line and column, and the previous output is
 * left byte for byte as it was, with no temporary directory left next to it.
 */
class CorpusAgainstOutputsTest {

  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+:\\d+) (.+)$");

  record Expected(String at, String fragment) {}

  record Case(String name, byte[] bytes, List<Expected> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @TempDir static Path work;

  private static Path out;
  private static SortedMap<String, String> previous;

  /** The corpus directory: {@code reliability.corpus} (set by the POM), else next to this module. */
  static Path corpus() {
    String configured = System.getProperty("reliability.corpus");
    Path dir =
        configured != null
            ? Path.of(configured)
            : Path.of(System.getProperty("basedir", ".")).resolve("../badge-model/src/test/resources/bad");
    assertTrue(Files.isRegularFile(dir.resolve("expect.tsv")), "badge-model's corpus is at " + dir.toAbsolutePath());
    return dir.toAbsolutePath().normalize();
  }

  static List<Case> cases() throws IOException {
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
        for (String line : new String(bytes, StandardCharsets.ISO_8859_1).split("\n")) {
          Matcher m = EXPECT.matcher(line);
          if (!m.matches()) {
            break;
          }
          expected.add(new Expected(m.group(1), m.group(2)));
        }
        List<Expected> listed = table.remove(name);
        if (listed != null) {
          expected = listed;
        }
        assertFalse(expected.isEmpty(), name + " declares no expected error");
        cases.add(new Case(name, bytes, expected));
      }
    }
    assertEquals(Map.of(), table, "expect.tsv lists files that do not exist");
    return cases;
  }

  @BeforeAll
  static void generateAGoodOutputFirst() throws Exception {
    Path good = Catalogs.writeSmall(work.resolve("good"), "A");
    out = work.resolve("previous").resolve("badges");
    new Generator().generate(GenerationRequest.of(good, out));
    previous = Trees.snapshot(out);
    assertTrue(previous.containsKey("site/index.html") && previous.containsKey("css/badges.css"), previous.keySet()::toString);
  }

  @Test
  void theWholeBadgeModelCorpusIsUsed() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 90, "badge-model's corpus has at least 90 bad files, found " + cases.size());
    assertTrue(cases.stream().anyMatch(c -> c.name().endsWith(".json")), "JSON cases are included");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadFileIsRefusedAtItsLineAndColumnAndThePreviousOutputStaysByteIdentical(Case c) throws IOException {
    // The corpus names every file *.badges.yaml|json already; anything else is renamed so the
    // directory loader picks it up.
    String name = c.name().matches(".*\\.badges\\.(yaml|yml|json)") ? c.name()
        : c.name().endsWith(".json") ? "x.badges.json" : "x.badges.yaml";
    Path dir = work.resolve("cases").resolve(c.name().replace('.', '_'));
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.write(file, c.bytes());

    for (Path definitions : List.of(dir, file)) {
      DefinitionException e = refused(definitions, c);
      for (Expected x : c.expected()) {
        Diagnostic d = find(e, x);
        assertEquals(file.toString(), d.location().file(), "the diagnostic names the file: " + d.format());
        assertFalse(d.fix().isBlank(), "every error says how to fix it: " + d.format());
      }
      assertEquals(c.expected().size(), e.errors().size(), "unexpected other errors:\n" + list(e));
      String report = e.report();
      assertFalse(
          report.contains("Exception") || report.contains("org.yaml") || report.contains("com.fasterxml"),
          "the report leaks parser internals:\n" + report);
    }
    Trees.assertSame(previous, Trees.snapshot(out), c.name() + " changed the previous output");
    Trees.assertNoLeftovers(out);
  }

  private static DefinitionException refused(Path definitions, Case c) {
    Throwable thrown = null;
    try {
      new Generator().generate(GenerationRequest.of(definitions, out));
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown == null) {
      fail(c.name() + " was accepted; expected " + c.expected());
    }
    if (!(thrown instanceof DefinitionException)) {
      throw new AssertionError(
          c.name() + " must be refused with a DefinitionException, not " + thrown.getClass().getName(), thrown);
    }
    return assertInstanceOf(DefinitionException.class, thrown);
  }

  private static Diagnostic find(DefinitionException e, Expected x) {
    Diagnostic found = null;
    for (Diagnostic d : e.errors()) {
      if ((d.location().line() + ":" + d.location().column()).equals(x.at()) && d.message().contains(x.fragment())) {
        found = d;
        break;
      }
    }
    if (found == null) {
      fail("no error at " + x.at() + " containing \"" + x.fragment() + "\"; got:\n" + list(e));
    }
    return found;
  }

  private static String list(DefinitionException e) {
    return e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }
}

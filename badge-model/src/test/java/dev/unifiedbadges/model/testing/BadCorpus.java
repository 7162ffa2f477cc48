package dev.unifiedbadges.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/**
 * Reads the reliability corpus ({@code src/test/resources/bad/}): each broken definition file with
 * the errors it declares, in header lines {@code # expect: LINE:COL fragment} or, for files that
 * cannot hold a comment (JSON, empty, UTF-16), in {@code expect.tsv}. Shared with the reliability
 * module through this module's test jar.
 */
public final class BadCorpus {

  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+:\\d+) (.+)$");

  /** One error a file must be refused with: {@code at} is {@code LINE:COL}. */
  public record Expected(String at, String fragment) {}

  /** One bad file: its name in the corpus directory, its bytes and its expected errors. */
  public record Case(String name, byte[] bytes, List<Expected> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private BadCorpus() {}

  /** Every case in the directory, sorted by name; fails if a file declares nothing or twice. */
  public static List<Case> cases(Path dir) throws IOException {
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
        cases.add(new Case(name, bytes, List.copyOf(expected)));
      }
    }
    assertEquals(Map.of(), table, "expect.tsv lists files that do not exist");
    return cases;
  }
}

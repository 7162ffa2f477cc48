package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random edits of the built-in definitions (as YAML and as JSON): whatever the damage, the
 * loader either loads the result or refuses it with a {@link DefinitionException} whose errors each
 * have a position inside the file, a message and a fix, and no parser internals.
 */
class MutationFuzzTest {

  private static final String ALPHABET =
      "{}[]:,-#&*!|>'\"\\ \t\n?%@`~0123456789abcXYZé😀\u0000\u200d";
  private static final int MUTANTS = 200;

  @Test
  void mutatedDefinitionsLoadOrFailCleanly() throws Exception {
    byte[] yaml;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(DefinitionLoader.BUILTIN_RESOURCE)) {
      yaml = in.readAllBytes();
    }
    String json =
        new ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    String[] texts = {new String(yaml, StandardCharsets.UTF_8), json};
    String[] names = {"fuzz.badges.yaml", "fuzz.badges.json"};
    Random random = new Random(8_675_309L);
    int refused = 0;
    for (int i = 0; i < MUTANTS; i++) {
      int kind = i % 2;
      StringBuilder sb = new StringBuilder(texts[kind]);
      for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
        int at = random.nextInt(sb.length());
        switch (random.nextInt(4)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          case 2 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          default -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(40)));
        }
      }
      String text = sb.toString();
      long lines = text.lines().count() + 1;
      try {
        new DefinitionLoader()
            .load(
                List.of(new DefinitionSource(names[kind], text.getBytes(StandardCharsets.UTF_8))));
      } catch (DefinitionException e) {
        refused++;
        assertFalse(e.errors().isEmpty());
        for (Diagnostic d : e.errors()) {
          String f = d.format();
          assertTrue(d.location().line() >= 1 && d.location().line() <= lines, f);
          assertTrue(d.location().column() >= 1, f);
          assertFalse(d.message().isBlank() || d.fix().isBlank(), f);
          assertFalse(
              f.contains("Exception") || f.contains("org.yaml") || f.contains("com.fasterxml"), f);
        }
      } catch (RuntimeException | Error e) {
        fail("mutant " + i + " escaped as " + e + ":\n" + text, e);
      }
    }
    assertTrue(refused > MUTANTS / 2, "most mutants are refused: " + refused);
  }
}

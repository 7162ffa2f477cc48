package dev.unifiedbadges.model.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.DefinitionLoader;
import dev.unifiedbadges.model.load.DefinitionSource;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Loads definitions held in test code and checks the diagnostics they produce. */
public final class Defs {

  /** The file name in-memory definitions are loaded under. */
  public static final String FILE = "defs.badges.yaml";

  private Defs() {}

  /** Loads YAML text that must be valid. */
  public static LoadedCatalog load(String yaml) throws DefinitionException {
    return new DefinitionLoader()
        .load(List.of(new DefinitionSource(FILE, yaml.getBytes(StandardCharsets.UTF_8))));
  }

  /** Loads YAML text that must be refused; any exception but DefinitionException fails the test. */
  public static DefinitionException fails(String yaml) {
    return fails(FILE, yaml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Loads a file's bytes that must be refused; any exception but DefinitionException fails the
   * test.
   */
  public static DefinitionException fails(String name, byte[] bytes) {
    return fails(LoadOptions.defaults(), name, bytes);
  }

  public static DefinitionException fails(LoadOptions options, String name, byte[] bytes) {
    return assertThrows(
        DefinitionException.class,
        () -> new DefinitionLoader(options).load(List.of(new DefinitionSource(name, bytes))),
        "expected the definitions to be refused with a DefinitionException");
  }

  /**
   * The error at {@code at} ("line:column") whose message contains {@code fragment}; fails with
   * every diagnostic listed if there is none.
   */
  public static Diagnostic error(DefinitionException e, String at, String fragment) {
    for (Diagnostic d : e.errors()) {
      if (position(d).equals(at) && d.message().contains(fragment)) {
        return d;
      }
    }
    return fail(
        "no error at " + at + " containing \"" + fragment + "\"; got:\n" + list(e.diagnostics()));
  }

  /** "line:column" of a diagnostic. */
  public static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  public static String list(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }
}

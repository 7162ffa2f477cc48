package dev.unifiedbadges.reliability;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Generation runs that must be refused with diagnostics, and nothing else. */
final class Refusals {

  private Refusals() {}

  /**
   * Generates {@code definitions} into {@code out} and returns the {@link DefinitionException} the
   * run ends with; acceptance or any other exception fails the test.
   */
  static DefinitionException refused(Path definitions, Path out) {
    Throwable thrown = null;
    try {
      new Generator().generate(GenerationRequest.of(definitions, out));
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown == null) {
      throw new AssertionError(definitions + " was accepted; it must be refused");
    }
    if (!(thrown instanceof DefinitionException e)) {
      throw new AssertionError(
          definitions
              + " was refused with "
              + thrown.getClass().getName()
              + ", not a DefinitionException",
          thrown);
    }
    return e;
  }

  /** Every diagnostic, one formatted line each. */
  static String report(DefinitionException e) {
    return e.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  /**
   * The first error whose message contains {@code fragment}; fails, showing the report, if none
   * does.
   */
  static Diagnostic error(DefinitionException e, String fragment) {
    return e.errors().stream()
        .filter(d -> d.message().contains(fragment))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no error containing \"" + fragment + "\":\n" + report(e)));
  }
}

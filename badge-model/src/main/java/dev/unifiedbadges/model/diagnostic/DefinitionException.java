package dev.unifiedbadges.model.diagnostic;

import java.util.List;

/** Definitions that cannot be used: carries every error found, not just the first. */
public final class DefinitionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public DefinitionException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** All diagnostics, errors first in file order, then any warnings. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Only the errors. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** One line: how many errors, in how many files. */
  public String summary() {
    return summary(diagnostics);
  }

  private static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long files =
        diagnostics.stream()
            .filter(Diagnostic::isError)
            .map(d -> d.location().file())
            .distinct()
            .count();
    return errors
        + (errors == 1 ? " error" : " errors")
        + " in badge definitions ("
        + files
        + (files == 1 ? " file" : " files")
        + ")";
  }

  /** The summary line followed by one line per diagnostic. */
  public String report() {
    StringBuilder sb = new StringBuilder(summary());
    for (Diagnostic d : diagnostics) {
      sb.append('\n').append(d.format());
    }
    return sb.toString();
  }
}

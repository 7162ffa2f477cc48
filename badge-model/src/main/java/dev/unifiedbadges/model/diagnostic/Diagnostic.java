package dev.unifiedbadges.model.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in the definitions: where it is (file, line, column and the path in the document),
 * what is wrong, and how to fix it.
 */
public record Diagnostic(
    Severity severity, Location location, String path, String message, String fix) {

  /** Orders diagnostics by file, line and column, then message, so reports are stable. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    path = path == null ? "" : path;
    Objects.requireNonNull(message, "message");
    fix = fix == null ? "" : fix;
  }

  public static Diagnostic error(Location at, String path, String message, String fix) {
    return new Diagnostic(Severity.ERROR, at, path, message, fix);
  }

  public static Diagnostic warning(Location at, String path, String message, String fix) {
    return new Diagnostic(Severity.WARNING, at, path, message, fix);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code file:line:column: error: message (at path). Fix: …}, the shape compilers use, so IDEs
   * and terminals link it to the position.
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(location).append(": ").append(severity.label()).append(": ").append(message);
    if (!path.isEmpty()) {
      sb.append(" (at ").append(path).append(')');
    }
    if (!fix.isEmpty()) {
      sb.append(" Fix: ").append(fix);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}

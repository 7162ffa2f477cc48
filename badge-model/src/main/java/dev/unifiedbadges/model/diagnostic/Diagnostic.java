package dev.unifiedbadges.model.diagnostic;

import dev.unifiedbadges.model.Characters;
import java.util.Comparator;
import java.util.Locale;
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
    printable(sb, location.toString(), Integer.MAX_VALUE);
    sb.append(": ").append(severity.label()).append(": ");
    printable(sb, message, MAX_WORD);
    if (!path.isEmpty()) {
      sb.append(" (at ");
      printable(sb, path, MAX_WORD);
      sb.append(')');
    }
    if (!fix.isEmpty()) {
      sb.append(" Fix: ");
      printable(sb, fix, MAX_WORD);
    }
    return sb.toString();
  }

  /**
   * Words (runs without a space) longer than this are cut with an ellipsis: a name of 10,000
   * characters would otherwise make a 10 KB error line. Above the 120-character name limit, so a
   * valid name is always shown whole.
   */
  static final int MAX_WORD = 200;

  /** Where a long word is cut: enough to recognise it. */
  private static final int KEPT = 160;

  /**
   * Appends text from the definitions so that a terminal shows it as written: control characters (a
   * carriage return would overwrite the line) and bidirectional controls as escapes, and long words
   * cut.
   */
  private static void printable(StringBuilder sb, String text, int maxWord) {
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf(' ', start);
      end = end < 0 ? text.length() : end;
      int length = text.codePointCount(start, end);
      if (length > maxWord) {
        escaped(sb, text, start, text.offsetByCodePoints(start, KEPT));
        sb.append("\u2026[").append(length - KEPT).append(" more characters]");
      } else {
        escaped(sb, text, start, end);
      }
      if (end < text.length()) {
        sb.append(' ');
      }
      start = end + 1;
    }
  }

  private static void escaped(StringBuilder sb, String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Characters.isControl(cp) || Characters.isBidiControl(cp)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return format();
  }
}

package dev.unifiedbadges.model.diagnostic;

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
    int wordStart = sb.length();
    int wordLength = 0;
    int cut = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        wordStart = flushCut(sb, wordStart, cut);
        sb.append(' ');
        wordStart = sb.length();
        wordLength = 0;
        cut = 0;
        continue;
      }
      wordLength++;
      if (wordLength > KEPT
          && maxWord != Integer.MAX_VALUE
          && longWord(text, i, wordLength, maxWord)) {
        cut++;
        continue;
      }
      switch (cp) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (cp < 0x20
              || (cp >= 0x7F && cp <= 0x9F)
              || (cp >= 0x202A && cp <= 0x202E)
              || (cp >= 0x2066 && cp <= 0x2069)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    flushCut(sb, wordStart, cut);
  }

  /** True if the word that has reached {@code length} at {@code i} goes on past {@code maxWord}. */
  private static boolean longWord(String text, int i, int length, int maxWord) {
    int total = length;
    for (int j = i; j < text.length() && text.charAt(j) != ' ' && total <= maxWord; j++) {
      total++;
    }
    return total > maxWord;
  }

  private static int flushCut(StringBuilder sb, int wordStart, int cut) {
    if (cut > 0) {
      sb.append("…[").append(cut).append(" more characters]");
    }
    return wordStart;
  }

  @Override
  public String toString() {
    return format();
  }
}

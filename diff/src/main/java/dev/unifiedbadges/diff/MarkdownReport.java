package dev.unifiedbadges.diff;

import java.util.List;

/**
 * The changes as Markdown for a pull-request comment: the summary as a heading, the suggested bump,
 * and one table per class of change, the breaking one with the fix for each. User text is escaped
 * so a name cannot break a table or turn into markup.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** The report; {@code \n} line ends, the same text for the same changes on every platform. */
  public static String render(CatalogChanges changes) {
    StringBuilder sb = new StringBuilder();
    if (changes.isEmpty()) {
      sb.append("## No changes against ").append(escape(changes.baseline())).append(".\n");
      return sb.toString();
    }
    sb.append("## Badge catalog diff: ").append(escape(changes.counts())).append("\n\n");
    sb.append("Suggested bump: **").append(changes.bump().id()).append("**\n");
    for (ChangeClass cc : ChangeClass.values()) {
      List<Change> list = changes.of(cc);
      if (list.isEmpty()) {
        continue;
      }
      boolean fixes = cc == ChangeClass.BREAKING;
      sb.append("\n### ").append(title(cc)).append(" (").append(list.size()).append(")\n\n");
      sb.append(
          fixes
              ? "| Subject | Change | Before | After | Fix |\n"
              : "| Subject | Change | Before | After |\n");
      sb.append(fixes ? "| --- | --- | --- | --- | --- |\n" : "| --- | --- | --- | --- |\n");
      for (Change c : list) {
        sb.append("| ")
            .append(code(c.subject()))
            .append(" | ")
            .append(c.kind().id())
            .append(": ")
            .append(prose(c.message()))
            .append(" | ")
            .append(prose(c.before()))
            .append(" | ")
            .append(prose(c.after()))
            .append(" |");
        if (fixes) {
          sb.append(' ').append(prose(c.fix())).append(" |");
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String title(ChangeClass cc) {
    return switch (cc) {
      case BREAKING -> "Breaking";
      case VISUAL -> "Visual";
      case ADDITIVE -> "Additive";
      case DOCUMENTATION -> "Documentation";
    };
  }

  /**
   * A sentence of the diff, whose {@code `backtick`} spans are names or YAML: those become code
   * spans ({@link #code}), the rest is {@link #escape escaped}; a backtick that opens no closed
   * span stays a literal, escaped backtick.
   */
  static String prose(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (CodeSpans.Span span : CodeSpans.of(text)) {
      sb.append(span.code() ? code(span.text()) : escape(span.text()));
    }
    return sb.toString();
  }

  /**
   * A subject as a code span, its pipes escaped (GitHub reads {@code \|} in a table cell's code
   * span as a pipe); as escaped text when a backtick, backslash or line break would end or split
   * the span, or spaces at its ends would be lost.
   */
  static String code(String text) {
    if (text.isEmpty()
        || text.matches("(?s).*[`\\\\\r\n\u2028\u2029].*")
        || text.startsWith(" ")
        || text.endsWith(" ")) {
      return escape(text);
    }
    return "`" + text.replace("|", "\\|") + "`";
  }

  /**
   * Text safe in a table cell: Markdown punctuation escaped with a backslash, HTML's {@code <},
   * {@code >} and {@code &} as entities, every line break as {@code <br>}; null as empty.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\', '|', '`', '*', '_', '[', ']', '~', '#' -> sb.append('\\').append(ch);
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\r' -> {
          sb.append("<br>");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\u2028', '\u2029' -> sb.append("<br>");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}

package dev.unifiedbadges.tokens;

import dev.unifiedbadges.model.Characters;

/**
 * Writes a string as a quoted JSON / JavaScript literal, escaped for where the literal goes.
 *
 * <p>The one set of escaping rules for the token files and the site, so their literals cannot drift
 * apart: quote, backslash and control characters as {@code JSON.stringify} writes them ({@code \b
 * \t \n \f \r}, other controls as hex escapes), lone surrogates as hex escapes (UTF-8 cannot encode
 * them), hex in lower case. Each {@link Context} adds what its surroundings need.
 */
public final class JsString {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsString() {}

  /** Where a literal goes, which decides what it escapes beyond JSON's own escapes. */
  public enum Context {
    /** Exactly as {@code JSON.stringify}. */
    JSON(""),

    /**
     * Also U+2028, U+2029 and {@code <}: older engines end a line at the separators, and without
     * {@code <} no {@code </script} or {@code <!--} can end the module when a page inlines it. And
     * the bidirectional embedding, override and isolate controls, which would otherwise reorder the
     * source code around a literal in every editor and review tool ("Trojan Source").
     */
    JS_MODULE("<\u2028\u2029"),

    /**
     * Also {@code >} and {@code &}, so the literal holds no markup or character reference at all,
     * however a page embeds it.
     */
    HTML_SCRIPT("<>&\u2028\u2029");

    /** The escape of each ASCII character, null where it is written as is. */
    private final String[] ascii = new String[0x80];

    /** Whether line separators and bidi controls are escaped: literals in source code. */
    private final boolean sourceText;

    Context(String alsoEscaped) {
      for (char c = 0; c < 0x20; c++) {
        ascii[c] = unicodeEscape(c);
      }
      ascii['\b'] = "\\b";
      ascii['\t'] = "\\t";
      ascii['\n'] = "\\n";
      ascii['\f'] = "\\f";
      ascii['\r'] = "\\r";
      ascii['"'] = "\\\"";
      ascii['\\'] = "\\\\";
      boolean separators = false;
      for (char c : alsoEscaped.toCharArray()) {
        if (c < 0x80) {
          ascii[c] = unicodeEscape(c);
        } else {
          separators = true;
        }
      }
      sourceText = separators;
    }
  }

  /** Appends {@code s} as a quoted literal: the exporters' fast path, straight into UTF-8. */
  public static void append(Utf8Builder out, String s, Context context) {
    out.append('"');
    int run = 0;
    for (int i = nextEscape(s, 0, context); i < s.length(); i = nextEscape(s, run, context)) {
      out.append(s, run, i).append(escape(s, i, context));
      run = i + 1;
    }
    out.append(s, run, s.length()).append('"');
  }

  /** Appends {@code s} as a quoted literal. */
  public static void append(StringBuilder out, String s, Context context) {
    out.append('"');
    int run = 0;
    for (int i = nextEscape(s, 0, context); i < s.length(); i = nextEscape(s, run, context)) {
      out.append(s, run, i).append(escape(s, i, context));
      run = i + 1;
    }
    out.append(s, run, s.length()).append('"');
  }

  /** {@code s} as a quoted literal. */
  public static String quote(String s, Context context) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    append(out, s, context);
    return out.toString();
  }

  /** The index of the first character from {@code from} on that needs an escape, or the length. */
  private static int nextEscape(String s, int from, Context context) {
    // The hot loop of large exports: locals, and one range test for the rare non-ASCII cases.
    String[] ascii = context.ascii;
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? ascii[c] != null : c >= '\u2028' && escape(s, i, context) != null) {
        return i;
      }
    }
    return n;
  }

  /** The escape of {@code s.charAt(i)}, or null when it is written as is. */
  private static String escape(String s, int i, Context context) {
    char c = s.charAt(i);
    if (c < 0x80) {
      return context.ascii[c];
    }
    if (Character.isSurrogate(c)) {
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
              : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      return paired ? null : unicodeEscape(c);
    }
    if (context.sourceText && (c == '\u2028' || c == '\u2029' || Characters.isBidiControl(c))) {
      return unicodeEscape(c);
    }
    return null;
  }

  private static String unicodeEscape(char c) {
    return new String(
        new char[] {
          '\\', 'u', HEX[c >> 12], HEX[(c >> 8) & 0xf], HEX[(c >> 4) & 0xf], HEX[c & 0xf]
        });
  }
}

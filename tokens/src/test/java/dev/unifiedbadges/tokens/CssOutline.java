package dev.unifiedbadges.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent, minimal reading of a style sheet: the rules (nested ones included, in document
 * order) and the property names each declares. Knows comments, strings, escapes and parentheses;
 * enough to count what the browser should keep.
 */
final class CssOutline {

  record Rule(int depth, String prelude, List<String> properties) {}

  private final String css;
  private int pos;
  private final List<Rule> rules = new ArrayList<>();

  private CssOutline(String css) {
    this.css = css;
  }

  static List<Rule> parse(String css) {
    CssOutline o = new CssOutline(css);
    o.block(0, true);
    if (o.pos < css.length()) {
      throw new IllegalStateException("unbalanced '}' at " + o.pos);
    }
    return o.rules;
  }

  /** Reads rules until '}' or the end. {@code rulesOnly}: a sheet or group rule body. */
  private void block(int depth, boolean rulesOnly) {
    StringBuilder prelude = new StringBuilder();
    while (pos < css.length()) {
      char c = css.charAt(pos);
      if (skipCommentOrString(prelude)) {
        continue;
      }
      if (c == '\\' && pos + 1 < css.length()) {
        prelude.append(c).append(css.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (c == '}') {
        return;
      }
      if (c == '{') {
        pos++;
        String p = prelude.toString().strip();
        prelude.setLength(0);
        if (p.startsWith("@media") || p.startsWith("@supports") || p.startsWith("@layer")) {
          rules.add(new Rule(depth, p, List.of()));
          block(depth + 1, true);
        } else if (p.startsWith("@keyframes")) {
          rules.add(new Rule(depth, p, List.of()));
          block(depth + 1, true);
        } else {
          Rule rule = new Rule(depth, p, new ArrayList<>());
          rules.add(rule);
          declarations(rule.properties());
        }
        expect('}');
        continue;
      }
      prelude.append(c);
      pos++;
    }
    if (!rulesOnly) {
      throw new IllegalStateException("unterminated block");
    }
  }

  /** Reads declarations up to (not including) the closing '}'. */
  private void declarations(List<String> properties) {
    StringBuilder decl = new StringBuilder();
    int parens = 0;
    while (pos < css.length()) {
      char c = css.charAt(pos);
      if (skipCommentOrString(decl)) {
        continue;
      }
      if (c == '(') {
        parens++;
      } else if (c == ')') {
        parens--;
      } else if (c == '\\') {
        decl.append(c).append(css.charAt(pos + 1));
        pos += 2;
        continue;
      } else if (parens == 0 && (c == ';' || c == '}')) {
        addProperty(decl.toString(), properties);
        decl.setLength(0);
        if (c == '}') {
          return;
        }
        pos++;
        continue;
      }
      decl.append(c);
      pos++;
    }
  }

  private static void addProperty(String declaration, List<String> properties) {
    String d = declaration.strip();
    if (d.isEmpty()) {
      return;
    }
    int colon = d.indexOf(':');
    if (colon < 0) {
      throw new IllegalStateException("not a declaration: " + d);
    }
    properties.add(d.substring(0, colon).strip());
  }

  /** Copies a comment (dropped) or string (kept) if one starts here. */
  private boolean skipCommentOrString(StringBuilder into) {
    char c = css.charAt(pos);
    if (c == '/' && pos + 1 < css.length() && css.charAt(pos + 1) == '*') {
      int end = css.indexOf("*/", pos + 2);
      if (end < 0) {
        throw new IllegalStateException("unterminated comment at " + pos);
      }
      pos = end + 2;
      return true;
    }
    if (c == '"' || c == '\'') {
      int start = pos++;
      while (pos < css.length() && css.charAt(pos) != c) {
        if (css.charAt(pos) == '\\') {
          pos++;
        } else if (css.charAt(pos) == '\n') {
          throw new IllegalStateException("newline in string at " + pos);
        }
        pos++;
      }
      pos++;
      into.append(css, start, Math.min(pos, css.length()));
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (pos >= css.length() || css.charAt(pos) != c) {
      throw new IllegalStateException("expected '" + c + "' at " + pos);
    }
    pos++;
  }
}

package dev.unifiedbadges.tokens;

import java.util.Arrays;

/**
 * A small streaming JSON writer into a {@link Utf8Builder}, pretty-printed exactly like
 * JavaScript's {@code JSON.stringify(value, null, 2)}: two-space indent, {@code '\n'}, {@code "a":
 * 1}, empty containers as {@code {}} and {@code []}. Strings are escaped by {@link JsString}, as
 * {@code JSON.stringify} does; {@link #appendQuoted} can also escape for a JavaScript module.
 *
 * <p>Hand-written: Jackson writes to streams, not into a shared {@link Utf8Builder}, and its
 * default pretty printer differs from {@code JSON.stringify} ({@code "a" : 1}); a printer matching
 * it byte for byte would be as long as this writer, and the exporters' speed depends on it.
 */
final class JsonWriter {

  private static final int MAX_CACHED_INDENT = 64;
  private static final String[] NEWLINE_INDENT = new String[MAX_CACHED_INDENT];

  static {
    for (int i = 0; i < MAX_CACHED_INDENT; i++) {
      char[] c = new char[1 + 2 * i];
      Arrays.fill(c, ' ');
      c[0] = '\n';
      NEWLINE_INDENT[i] = new String(c);
    }
  }

  private final Utf8Builder sb;

  /** Per open container: has it any member yet. Index 0 is the top level. */
  private boolean[] nonEmpty = new boolean[16];

  private int depth;
  private boolean afterName;

  private JsonWriter(Utf8Builder sb) {
    this.sb = sb;
  }

  /** A pretty-printing JSON writer. */
  static JsonWriter pretty(Utf8Builder sb) {
    return new JsonWriter(sb);
  }

  /**
   * A pretty writer that continues inside containers someone else opened: {@code depth} open
   * containers, the innermost already holding members. Used to render a shared fragment once and
   * splice its bytes into several documents.
   */
  static JsonWriter prettyFragment(Utf8Builder sb, int depth) {
    JsonWriter w = new JsonWriter(sb);
    w.ensure(depth + 1);
    w.depth = depth;
    for (int i = 1; i <= depth; i++) {
      w.nonEmpty[i] = true;
    }
    return w;
  }

  JsonWriter beginObject() {
    beforeValue();
    sb.append('{');
    push();
    return this;
  }

  JsonWriter endObject() {
    pop('}');
    return this;
  }

  JsonWriter beginArray() {
    beforeValue();
    sb.append('[');
    push();
    return this;
  }

  JsonWriter endArray() {
    pop(']');
    return this;
  }

  JsonWriter name(String name) {
    separator();
    appendString(name);
    sb.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    appendString(value);
    return this;
  }

  JsonWriter nullValue() {
    beforeValue();
    sb.append("null");
    return this;
  }

  /** A number or literal already in JSON syntax. */
  JsonWriter rawValue(String json) {
    beforeValue();
    sb.append(json);
    return this;
  }

  /**
   * Starts a value the caller appends to the returned builder directly, formatted exactly as this
   * writer would format it at the current {@link #depth()} (for templated hot paths).
   */
  Utf8Builder rawValueStart() {
    beforeValue();
    return sb;
  }

  /** The current nesting depth: the indent level of the members being written. */
  int depth() {
    return depth;
  }

  /** {@code '\n'} followed by the indentation of nesting level {@code level}. */
  static String newlineIndent(int level) {
    if (level < MAX_CACHED_INDENT) {
      return NEWLINE_INDENT[level];
    }
    return "\n" + "  ".repeat(level);
  }

  /** Shorthand for {@code name(n).value(v)}. */
  JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      separator();
    }
  }

  private void separator() {
    if (depth == 0) {
      return;
    }
    if (nonEmpty[depth]) {
      sb.append(',');
    } else {
      nonEmpty[depth] = true;
    }
    newline(depth);
  }

  private void push() {
    depth++;
    ensure(depth + 1);
    nonEmpty[depth] = false;
  }

  private void pop(char close) {
    boolean had = nonEmpty[depth];
    depth--;
    if (had) {
      newline(depth);
    }
    sb.append(close);
  }

  private void ensure(int size) {
    if (nonEmpty.length < size) {
      nonEmpty = Arrays.copyOf(nonEmpty, Math.max(size, nonEmpty.length * 2));
    }
  }

  private void newline(int level) {
    if (level < MAX_CACHED_INDENT) {
      sb.append(NEWLINE_INDENT[level]);
    } else {
      sb.append('\n');
      for (int i = 0; i < level; i++) {
        sb.append("  ");
      }
    }
  }

  private void appendString(String s) {
    appendQuoted(sb, s, false);
  }

  /**
   * Appends {@code s} as a JSON string literal (escaped as {@code JSON.stringify} would), with
   * {@code javaScript} also safe in a JavaScript module: see {@link JsString.Context#JS_MODULE}.
   */
  static void appendQuoted(Utf8Builder sb, String s, boolean javaScript) {
    JsString.append(sb, s, javaScript ? JsString.Context.JS_MODULE : JsString.Context.JSON);
  }
}
